package org.rassegna.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.SharedData;
import org.rassegna.model.Article;

/**
 * The gazette restricted to the document gives the NER step the stock model's labels on 200 DICE
 * articles: each article is tokenized and tagged once, then labelled by the CRF with the full
 * gazette (the stock feature, about 100 tokens/s) and with ours, over two threads. {@link
 * DocumentGazetteTest} compares the whole stock pipeline on fewer articles.
 */
class DocumentGazetteEval {

  static final int DICE_ARTICLES = 200;

  @Test
  void restrictingTheGazetteKeepsTheStockLabelsOn200DiceArticles() throws Exception {
    List<Article> articles = SharedData.dice(DICE_ARTICLES);
    ItalianModels models = ItalianModels.shared();
    ItalianEntityTagger ours = new ItalianEntityTagger(models);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<int[]>> counts = new ArrayList<>();
      for (Article article : articles) {
        counts.add(threads.submit(() -> compare(models, ours, article)));
      }
      int tokens = 0;
      int entityTokens = 0;
      for (Future<int[]> c : counts) {
        tokens += c.get()[0];
        entityTokens += c.get()[1];
      }
      assertThat(tokens).isGreaterThan(40_000);
      assertThat(entityTokens).isGreaterThan(1_000);
    } finally {
      threads.shutdownNow();
    }
  }

  /** Asserts equal labels for one article; returns its token and entity-token counts. */
  private static int[] compare(ItalianModels models, ItalianEntityTagger ours, Article article) {
    Annotation doc = new Annotation(article.text().replaceAll("\\s+", " ").strip());
    models.tokensAndTags.annotate(doc);
    List<List<CoreLabel>> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    List<String> stock = new ArrayList<>();
    for (List<CoreLabel> sentence : sentences) { // no restriction in scope: the full gazette
      for (CoreLabel answer : models.entities.classifySentence(sentence)) {
        String label = answer.get(CoreAnnotations.AnswerAnnotation.class);
        stock.add(label == null ? "O" : label);
      }
    }
    List<String> restricted = ours.label(sentences).stream().flatMap(List::stream).toList();
    assertThat(restricted).as(article.id()).isEqualTo(stock);
    return new int[] {stock.size(), (int) stock.stream().filter(l -> !l.equals("O")).count()};
  }
}
