package org.rassegna.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Clustering;

/**
 * The five seed articles, read as the CLI reads them: four tell the call of 12 February 2025,
 * {@code 002} the call of 18 March. Words alone do not tell the two calls apart (same actors, same
 * topic); the evidence that does is time. {@code examples/seeds} carries each file's publication
 * day as a metadata line, and there the March call is a new event of the same storyline. The
 * originals ({@code ../shared/seeds}) carry none but {@code 003}'s month, and no text names a day
 * with its year ({@code 000} says "12 febbraio", {@code 002} only "oggi"), so the clusterer has no
 * such evidence in time. What tells them apart there is {@link SpecificContent specific content}:
 * the four February reports share quotation words and rare names pairwise, the March one at most
 * one key with any of them, so the second pass ({@link EventSplitter}) splits it off, and the
 * shared actors and topic keep both events in one storyline. Without that pass they make one event.
 */
class SeedsClusteringTest {

  private static final Path EXAMPLES =
      Path.of(System.getProperty("rassegna.root", "..")).resolve("examples/seeds");
  private static final Path ORIGINALS =
      Path.of(System.getProperty("rassegna.shared", "../../shared")).resolve("seeds");

  private static Clustering cluster(Path folder) {
    Ingest.Result read = Ingest.read(List.of(folder), IngestLimits.DEFAULT, a -> {});
    assertThat(read.skipped()).isEmpty();
    assertThat(read.articles()).hasSize(5);
    LuceneAnnotator italian = LuceneAnnotator.italian();
    List<AnnotatedArticle> annotated = read.articles().stream().map(italian::annotate).toList();
    return new OnlineStoryClusterer().cluster(annotated);
  }

  private static List<List<String>> stories(Clustering c) {
    return c.stories().stream().map(s -> s.articleIds().stream().sorted().toList()).toList();
  }

  @Test
  void withTheirDatesTheTwoCallsAreTwoEventsInOneStoryline() {
    Clustering c = cluster(EXAMPLES);
    assertThat(stories(c))
        .containsExactly(
            List.of(
                "000_c383cbd319f7ce4f",
                "001_5d5f1c6bd4a7931f",
                "003_e474d6073c75c2ee",
                "004_0ac7530cb76e1d5e"),
            List.of("002_576877c26158e17b"));
    assertThat(c.storylines()).hasSize(1);
    assertThat(c.storylines().get(0).storyIds()).hasSize(2);
  }

  @Test
  void withoutDatesTheSpecificContentTellsTheTwoCallsApartInOneStoryline() {
    Clustering c = cluster(ORIGINALS);
    assertThat(stories(c))
        .containsExactly(
            List.of(
                "000_c383cbd319f7ce4f",
                "001_5d5f1c6bd4a7931f",
                "003_e474d6073c75c2ee",
                "004_0ac7530cb76e1d5e"),
            List.of("002_576877c26158e17b"));
    assertThat(c.storylines()).hasSize(1);
    assertThat(c.storylines().get(0).storyIds()).hasSize(2);
  }

  @Test
  void withoutTheSplitPassTheUndatedOriginalsMakeOneEvent() {
    Ingest.Result read = Ingest.read(List.of(ORIGINALS), IngestLimits.DEFAULT, a -> {});
    LuceneAnnotator italian = LuceneAnnotator.italian();
    List<AnnotatedArticle> annotated = read.articles().stream().map(italian::annotate).toList();
    Clustering c =
        new OnlineStoryClusterer(ClusterParameters.DEFAULT.withMinSharedSpecific(0))
            .cluster(annotated);
    assertThat(c.stories()).hasSize(1);
  }
}
