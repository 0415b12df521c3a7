package org.rassegna.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.annotate.ParallelAnnotator;
import org.rassegna.annotate.ParallelAnnotator.Annotated;
import org.rassegna.annotate.ParallelAnnotator.Outcome;
import org.rassegna.cluster.OnlineStoryClusterer;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Brief;

/**
 * 300 real DICE articles (undated: they go in id order) added in three batches of 100, each into a
 * store file reopened by a new pipeline, give the brief of adding them at once, to the byte of
 * brief.json; the stories of each batch keep their ids. Annotating them takes minutes, so this runs
 * under failsafe.
 */
class PipelineDiceIT {

  private static final String DICE_SHA256 =
      "9812e4adecb123805a1e1b74d8e1fb68f732f9d5dcf30e3daf2e3fe313bee139";

  @TempDir Path tmp;

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
    List<Article> all = Ingest.read(List.of(f), IngestLimits.DEFAULT, a -> {}).articles();
    return new ArrayList<>(all.subList(0, n));
  }

  @Test
  void threeBatchesOf300DiceArticlesGiveTheBriefOfOne() throws Exception {
    List<Article> articles = dice(300);
    Batches batches = new Batches();
    // batches in publication order: by the day the text names, else by id (DICE has no dates);
    // annotated on all cores, as the pipelines' own adds do
    List<Outcome> outcomes;
    try (ParallelAnnotator threads =
        new ParallelAnnotator(batches.annotator(), ParallelAnnotator.defaultThreads())) {
      outcomes = threads.annotateAll(articles);
    }
    assertThat(outcomes).allMatch(o -> o instanceof Annotated);
    List<Article> ordered =
        outcomes.stream()
            .map(o -> ((Annotated) o).annotated())
            .sorted(OnlineStoryClusterer.PUBLICATION_ORDER)
            .map(AnnotatedArticle::article)
            .toList();
    Brief once = batches.oneShot(articles);
    Batches.Run thrice =
        batches.batched(
            tmp.resolve("dice.db"),
            List.of(ordered.subList(0, 100), ordered.subList(100, 200), ordered.subList(200, 300)));
    assertThat(once.stories()).hasSizeGreaterThan(50);
    assertThat(Batches.json(thrice.brief())).isEqualTo(Batches.json(once));
    // a story of each batch is there after the next under its id, with all its articles, or was a
    // part the split pass cut off an open event that has since regrouped with another part of it:
    // a part is named after its event and first article (s12.7), never numbered after every
    // event opened so far, which a later event would take again
    for (int k = 1; k < thrice.afterEachBatch().size(); k++) {
      int merged =
          Batches.assertIdsKeptOrMergedInTheirEvent(
              thrice.afterEachBatch().get(k - 1), thrice.afterEachBatch().get(k));
      System.out.printf(Locale.ROOT, "batch %d: %d parts merged in their event%n", k, merged);
    }
    // the pipelines asked for each article once: no article was annotated twice by a pipeline
    assertThat(batches.calls()).isEqualTo(900);
  }
}
