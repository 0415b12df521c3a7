package org.rassegna.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.SharedData;
import org.rassegna.annotate.time.TimeTagger;
import org.rassegna.model.Article;

/**
 * The gazette restriction alone leaves the stock model's labels unchanged. The stock pipeline runs
 * at about 100 tokens/s, so this compares the seeds and the first 5 DICE articles (about 4,000
 * tokens); {@code DocumentGazetteEval} compares the NER step alone on 200 DICE articles.
 */
class DocumentGazetteTest {

  static final int DICE_ARTICLES = 5;

  static void assertSameLabelsAsStock(List<Article> articles) {
    CoreNlpItalianAnnotator ours =
        new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE, false);
    StockItalianPipeline stock = new StockItalianPipeline();
    int tokens = 0;
    int entityTokens = 0;
    for (Article article : articles) {
      // one paragraph, white space compacted: the stock tokenizer's input is then ours
      String text = article.text().replaceAll("\\s+", " ").strip();
      List<String> expected = stock.labels(text);
      List<String> actual = ours.labels(Article.of(article.id(), text));
      assertThat(actual).as(article.id()).isEqualTo(expected);
      tokens += expected.size();
      entityTokens += (int) expected.stream().filter(l -> !l.equals("O")).count();
    }
    assertThat(tokens).isGreaterThan(1000);
    assertThat(entityTokens).isGreaterThan(50);
  }

  @Test
  void restrictingTheGazetteToTheDocumentKeepsTheStockLabels() throws Exception {
    List<Article> articles = new ArrayList<>(SharedData.seeds());
    articles.addAll(SharedData.dice(DICE_ARTICLES));
    assertSameLabelsAsStock(articles);
  }
}
