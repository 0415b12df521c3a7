package org.rassegna.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.Article;
import org.rassegna.model.Brief;
import org.rassegna.model.Clustering;
import org.rassegna.pipeline.Pipeline;
import org.rassegna.pipeline.PipelineConfig;
import org.rassegna.pipeline.Pipelines;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;

/**
 * The seeds with the standard annotators (CoreNLP, HeidelTime) through the Spark job in local mode
 * and through the single-machine pipeline: the same groups, stories and storylines, and each
 * story's brief (who said what, claims, citations) the pipeline's brief of that story.
 */
class SparkJobSeedsIT {

  private static final Path SEEDS =
      Path.of(System.getProperty("rassegna.root", "..")).resolve("examples/seeds");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JavaSparkContext sc;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    sc = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    sc.close();
  }

  @Test
  void theSeedsGiveThePipelinesGroupsStoriesAndBriefs() throws Exception {
    Path out = tmp.resolve("out");
    SparkJob.Result spark =
        SparkJob.run(sc, List.of(SEEDS), out.toUri().toString(), SparkJob.Settings.DEFAULT);

    List<Article> seeds = Ingest.read(List.of(SEEDS), IngestLimits.DEFAULT, a -> {}).articles();
    try (Store store = Stores.inMemory()) {
      Pipeline p =
          Pipelines.withAnnotator(PipelineConfig.DEFAULT, store, JobAnnotator.STANDARD.get());
      Pipeline.Update u = p.add(seeds);
      assertThat(p.refresh(u.touchedStories())).isEmpty();
      Clustering single = p.clustering();

      assertThat(spark.articles()).isEqualTo(5);
      assertThat(spark.skipped()).isEmpty();
      assertThat(spark.groups()).isEqualTo(p.deduplication().groups());
      assertThat(spark.clustering()).isEqualTo(single);
      assertThat(single.stories()).hasSize(2);

      Map<String, JsonNode> briefs = new HashMap<>();
      for (String line : LocalSpark.lines(out, "briefs")) {
        JsonNode b = JSON.readTree(line);
        briefs.put(b.get("id").asText(), b);
      }
      assertThat(briefs).hasSize(single.stories().size());
      for (var story : single.stories()) {
        Brief.StoryBrief expected = p.story(story.id()).orElseThrow();
        assertThat(briefs.get(story.id())).isEqualTo(JSON.valueToTree(expected));
      }
      assertThat(LocalSpark.lines(out, "stories")).hasSize(2);
      assertThat(LocalSpark.lines(out, "extractions")).hasSize(2);
    }
  }
}
