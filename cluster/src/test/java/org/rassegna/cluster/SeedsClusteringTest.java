package org.rassegna.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Clustering;
import org.rassegna.model.Published;

/**
 * The five seed articles (the originals in ../shared/seeds): four tell the call of 12 February
 * 2025, {@code 002} the call of 18 March. Words alone do not tell the two calls apart (same actors,
 * same topic); the evidence that does is time: with publication dates the March call is a new event
 * of the same storyline. Without dates (the files carry none, but {@code 003}'s month), the
 * clusterer has no such evidence and, honestly, makes one event.
 */
class SeedsClusteringTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("rassegna.shared", "../../shared")).resolve("seeds");

  /**
   * Publication days as the texts state them: {@code 003} "ha avuto oggi una telefonata" (the call
   * of 12 February, per its "date 2025-02" line and the CIA/Waltz/Witkoff team it names), {@code
   * 000} "Mercoledì 12 febbraio", {@code 001} and {@code 004} the same call; {@code 002} "il
   * colloquio si è svolto oggi" about the 18 March call (the Black Sea truce, 175 prisoners).
   */
  private static final Map<String, String> DAYS =
      Map.of(
          "000_c383cbd319f7ce4f", "2025-02-12",
          "001_5d5f1c6bd4a7931f", "2025-02-12",
          "002_576877c26158e17b", "2025-03-18",
          "003_e474d6073c75c2ee", "2025-02-12",
          "004_0ac7530cb76e1d5e", "2025-02-12");

  private static List<AnnotatedArticle> seeds(boolean dated) throws IOException {
    LuceneAnnotator italian = LuceneAnnotator.italian();
    List<AnnotatedArticle> out = new ArrayList<>();
    for (Map.Entry<String, String> e : DAYS.entrySet()) {
      String text = Files.readString(SEEDS.resolve(e.getKey() + ".txt"));
      @Nullable Published day = dated ? new Published(e.getValue()) : null;
      out.add(
          italian.annotate(
              new Article(e.getKey(), e.getKey(), null, day, null, text, "it", Map.of())));
    }
    return out;
  }

  private static List<List<String>> stories(Clustering c) {
    return c.stories().stream().map(s -> s.articleIds().stream().sorted().toList()).toList();
  }

  @Test
  void withTheirDatesTheTwoCallsAreTwoEventsInOneStoryline() throws IOException {
    Clustering c = new OnlineStoryClusterer().cluster(seeds(true));
    assertThat(stories(c))
        .containsExactly(
            List.of(
                "000_c383cbd319f7ce4f",
                "001_5d5f1c6bd4a7931f",
                "003_e474d6073c75c2ee",
                "004_0ac7530cb76e1d5e"),
            List.of("002_576877c26158e17b"));
    assertThat(c.storylines()).hasSize(1);
  }

  @Test
  void withoutDatesTheWordsMakeOneEvent() throws IOException {
    Clustering c = new OnlineStoryClusterer().cluster(seeds(false));
    assertThat(stories(c)).hasSize(1);
    assertThat(c.storylines()).hasSize(1);
  }
}
