package org.rassegna.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.SharedData;
import org.rassegna.model.Article;

/**
 * The NER step as the annotator runs it (the {@linkplain CompactNerModel compact model}, its
 * gazette restricted to the document) gives the stock model's labels on 200 DICE articles: each
 * article is tokenized and tagged once, then labelled by the CRF with ours. The stock labels (the
 * CRF as shipped, with its full gazette, about 100 tokens/s, six minutes for the 200) are read from
 * a golden file of labels only, no text; {@code -Drassegna.stockLabels=live} computes them instead,
 * and {@code -Drassegna.regenerate=true} computes them and rewrites the file (review the diff).
 * {@link DocumentGazetteTest} compares the whole stock pipeline, the same way, on the seeds and 5
 * DICE articles.
 */
class DocumentGazetteEval {

  static final int DICE_ARTICLES = 200;

  private static final Path GOLDEN =
      Path.of(System.getProperty("rassegna.root", "..") + "/annotate/src/test/resources")
          .resolve("org/rassegna/annotate/corenlp/dice200-stock-labels.tsv");

  /** One article's labels: its token count, a digest of its words, its labels other than O. */
  record Labels(int tokens, String words, String entities) {

    static Labels of(List<List<CoreLabel>> sentences, List<String> labels) throws Exception {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      StringBuilder entities = new StringBuilder();
      int i = 0;
      for (List<CoreLabel> sentence : sentences) {
        for (CoreLabel token : sentence) {
          md.update((token.word() + "\n").getBytes(StandardCharsets.UTF_8));
          if (!labels.get(i).equals("O")) {
            entities.append(entities.length() == 0 ? "" : " ").append(i + ":" + labels.get(i));
          }
          i++;
        }
      }
      return new Labels(i, HexFormat.of().formatHex(md.digest(), 0, 8), entities.toString());
    }

    long entityTokens() {
      return entities.isEmpty() ? 0 : entities.split(" ").length;
    }

    String line(String id) {
      return id + "\t" + tokens + "\t" + words + "\t" + entities;
    }

    static Labels parse(String[] fields) {
      return new Labels(Integer.parseInt(fields[1]), fields[2], fields.length > 3 ? fields[3] : "");
    }
  }

  @Test
  void restrictingTheGazetteKeepsTheStockLabelsOn200DiceArticles() throws Exception {
    List<Article> articles = SharedData.dice(DICE_ARTICLES);
    boolean regenerate = Boolean.getBoolean("rassegna.regenerate");
    boolean live = regenerate || "live".equals(System.getProperty("rassegna.stockLabels"));
    ItalianModels models = ItalianModels.shared();
    ItalianEntityTagger ours = new ItalianEntityTagger(models);
    CRFClassifier<CoreLabel> stockCrf =
        live
            ? CRFClassifier.getClassifier(
                ItalianModels.shippedProperties().getProperty("ner.model"))
            : null;
    Map<String, Labels> stock = live ? new LinkedHashMap<>() : golden();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Labels[]>> results = new ArrayList<>();
      for (Article article : articles) {
        results.add(threads.submit(() -> label(models, ours, stockCrf, article)));
      }
      int tokens = 0;
      int entityTokens = 0;
      for (int a = 0; a < articles.size(); a++) {
        String id = articles.get(a).id();
        Labels[] both = results.get(a).get();
        if (live) {
          stock.put(id, both[1]);
        }
        assertThat(both[0]).as(id).isEqualTo(stock.get(id));
        tokens += both[0].tokens();
        entityTokens += both[0].entityTokens();
      }
      assertThat(stock).hasSize(DICE_ARTICLES);
      assertThat(tokens).isGreaterThan(40_000);
      assertThat(entityTokens).isGreaterThan(1_000);
      if (regenerate) {
        List<String> lines = new ArrayList<>();
        stock.forEach((id, labels) -> lines.add(labels.line(id)));
        Files.write(GOLDEN, lines, StandardCharsets.UTF_8);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static Map<String, Labels> golden() throws Exception {
    Map<String, Labels> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t", -1);
      out.put(fields[0], Labels.parse(fields));
    }
    return out;
  }

  /** Our labels for one article and, given the stock CRF, the stock ones (else null). */
  private static Labels[] label(
      ItalianModels models,
      ItalianEntityTagger ours,
      @Nullable CRFClassifier<CoreLabel> stockCrf,
      Article article)
      throws Exception {
    Annotation doc = new Annotation(article.text().replaceAll("\\s+", " ").strip());
    models.tokensAndTags.annotate(doc);
    List<List<CoreLabel>> sentences = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      sentences.add(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    List<String> restricted = ours.label(sentences).stream().flatMap(List::stream).toList();
    Labels stock = null;
    if (stockCrf != null) {
      List<String> full = new ArrayList<>();
      for (List<CoreLabel> sentence : sentences) { // the model as shipped, its full gazette
        for (CoreLabel answer : stockCrf.classifySentence(sentence)) {
          String label = answer.get(CoreAnnotations.AnswerAnnotation.class);
          full.add(label == null ? "O" : label);
        }
      }
      stock = Labels.of(sentences, full);
    }
    return new Labels[] {Labels.of(sentences, restricted), stock};
  }
}
