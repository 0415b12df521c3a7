package org.rassegna.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.SharedData;
import org.rassegna.annotate.time.TimeTagger;
import org.rassegna.model.Article;

/**
 * The gazette restriction alone leaves the labels of the stock pipeline (tokenizer, tagger and NER
 * as shipped) unchanged, on the seeds and the first 5 DICE articles (about 4,000 tokens). The stock
 * pipeline runs at about 100 tokens/s, so its labels are read from a golden file (labels only, no
 * text); {@code -Drassegna.stockLabels=live} runs it instead, and {@code
 * -Drassegna.regenerate=true} runs it and rewrites the file (review the diff). {@code
 * DocumentGazetteEval} compares the NER step alone on 200 DICE articles.
 */
class DocumentGazetteTest {

  static final int DICE_ARTICLES = 5;

  private static final Path GOLDEN =
      Path.of(System.getProperty("rassegna.root", "..") + "/annotate/src/test/resources")
          .resolve("org/rassegna/annotate/corenlp/seeds-dice5-stock-labels.tsv");

  @Test
  void restrictingTheGazetteToTheDocumentKeepsTheStockLabels() throws Exception {
    List<Article> articles = new ArrayList<>(SharedData.seeds());
    articles.addAll(SharedData.dice(DICE_ARTICLES));
    boolean regenerate = Boolean.getBoolean("rassegna.regenerate");
    boolean live = regenerate || "live".equals(System.getProperty("rassegna.stockLabels"));
    StockItalianPipeline stock = live ? new StockItalianPipeline() : null;
    Map<String, String> expected = live ? new LinkedHashMap<>() : golden();
    CoreNlpItalianAnnotator ours =
        new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE, false);
    int tokens = 0;
    int entityTokens = 0;
    for (Article article : articles) {
      // one paragraph, white space compacted: the stock tokenizer's input is then ours
      String text = article.text().replaceAll("\\s+", " ").strip();
      if (stock != null) {
        expected.put(article.id(), line(stock.labels(text)));
      }
      List<String> actual = ours.labels(Article.of(article.id(), text));
      assertThat(line(actual)).as(article.id()).isEqualTo(expected.get(article.id()));
      tokens += actual.size();
      entityTokens += (int) actual.stream().filter(l -> !l.equals("O")).count();
    }
    assertThat(expected).hasSize(articles.size());
    assertThat(tokens).isGreaterThan(1000);
    assertThat(entityTokens).isGreaterThan(50);
    if (regenerate) {
      List<String> lines = new ArrayList<>();
      expected.forEach((id, labels) -> lines.add(id + "\t" + labels));
      Files.write(GOLDEN, lines, StandardCharsets.UTF_8);
    }
  }

  /** An article's labels as a line of the golden file: the token count, then each label not O. */
  private static String line(List<String> labels) {
    StringBuilder out = new StringBuilder().append(labels.size()).append('\t');
    for (int i = 0; i < labels.size(); i++) {
      if (!labels.get(i).equals("O")) {
        out.append(out.charAt(out.length() - 1) == '\t' ? "" : " ");
        out.append(i).append(':').append(labels.get(i));
      }
    }
    return out.toString();
  }

  private static Map<String, String> golden() throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t", 2);
      out.put(fields[0], fields[1]);
    }
    return out;
  }
}
