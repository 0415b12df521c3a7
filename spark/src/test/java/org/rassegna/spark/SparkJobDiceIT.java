package org.rassegna.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.cluster.ClusterAgreement;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.JsonLinesArticleWriter;
import org.rassegna.model.Article;
import org.rassegna.model.Clustering;
import org.rassegna.pipeline.Pipeline;
import org.rassegna.pipeline.PipelineConfig;
import org.rassegna.pipeline.Pipelines;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;

/**
 * 300 real DICE articles, split over three JSON Lines files (three ingest tasks), through the Spark
 * job in local mode and through the single-machine pipeline, both with Lucene's Italian analysis
 * (CoreNLP on 300 articles would take most of the build's time, and the equivalence is of the
 * stages after annotation): the same independent-source groups, and stories that agree at B-cubed
 * F1 ≥ 0.99 (the bar; the figure is printed).
 */
class SparkJobDiceIT {

  private static final String DICE_SHA256 =
      "9812e4adecb123805a1e1b74d8e1fb68f732f9d5dcf30e3daf2e3fe313bee139";

  @TempDir Path tmp;

  @Test
  void threeHundredDiceArticlesGiveThePipelinesGroupsAndStories() throws Exception {
    List<Article> articles = dice(300);
    for (int f = 0; f < 3; f++) {
      try (JsonLinesArticleWriter w =
          new JsonLinesArticleWriter(tmp.resolve("in/" + f + ".jsonl"))) {
        for (Article a : articles.subList(f * 100, f * 100 + 100)) {
          w.write(a);
        }
      }
    }
    Path out = tmp.resolve("out");
    SparkJob.Result spark = LocalSpark.runLucene(tmp.resolve("in"), out);
    List<Article> read =
        Ingest.read(List.of(tmp.resolve("in")), IngestLimits.DEFAULT, a -> {}).articles();
    assertThat(read).hasSize(300);
    try (Store store = Stores.inMemory()) {
      Pipeline p =
          Pipelines.withAnnotator(PipelineConfig.DEFAULT, store, JobAnnotator.LUCENE.get());
      p.add(read);
      Clustering single = p.clustering();
      assertThat(spark.articles()).isEqualTo(300);
      assertThat(spark.groups()).isEqualTo(p.deduplication().groups());
      assertThat(spark.groups()).anyMatch(g -> g.size() > 1);
      ClusterAgreement agreement =
          ClusterAgreement.of(storyOf(spark.clustering()), storyOf(single));
      System.out.printf(
          Locale.ROOT,
          "SparkJobDiceIT: %d stories (pipeline %d), B-cubed F1 %.4f%n",
          spark.clustering().stories().size(),
          single.stories().size(),
          agreement.bcubedF1());
      assertThat(single.stories()).hasSizeGreaterThan(50);
      assertThat(agreement.bcubedF1()).isGreaterThanOrEqualTo(0.99);
      assertThat(LocalSpark.lines(out, "briefs")).hasSize(spark.clustering().stories().size());
    }
  }

  private static Map<String, String> storyOf(Clustering c) {
    Map<String, String> m = new HashMap<>();
    c.stories().forEach(s -> s.articleIds().forEach(a -> m.put(a, s.id())));
    return m;
  }

  private static List<Article> dice(int n) throws Exception {
    Path f =
        Path.of(System.getProperty("rassegna.shared", "../../shared"))
            .resolve("data/dice/dice_articles.jsonl");
    assumeTrue(Files.isRegularFile(f), "shared data absent: " + f);
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(f)) {
      md.update(in.readAllBytes());
    }
    assertThat(HexFormat.of().formatHex(md.digest())).isEqualTo(DICE_SHA256);
    return Ingest.read(List.of(f), IngestLimits.DEFAULT, a -> {}).articles().subList(0, n);
  }
}
