package org.rassegna.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.annotate.corenlp.ItalianModels;
import org.rassegna.annotate.time.HeidelTimeTagger;
import org.rassegna.cluster.OnlineStoryClusterer;
import org.rassegna.extract.StoryExtractor;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Claim;
import org.rassegna.model.Comparison;
import org.rassegna.model.Story;

/** Golden test: the seeds' comparison tables, through the real pipeline. */
class SeedsComparisonEval {

  private static final Path SEEDS =
      Path.of(System.getProperty("rassegna.root", "..")).resolve("examples/seeds");

  private static List<Comparison> tables;

  @BeforeAll
  static void run() {
    List<Article> articles = Ingest.read(List.of(SEEDS), IngestLimits.DEFAULT, a -> {}).articles();
    Annotator annotator =
        new CoreNlpItalianAnnotator(ItalianModels.shared(), HeidelTimeTagger.italian());
    List<AnnotatedArticle> annotated = new ArrayList<>();
    articles.forEach(a -> annotated.add(annotator.annotate(a)));
    Map<String, String> sources =
        articles.stream().collect(Collectors.toMap(Article::id, Article::source));
    Function<String, String> group = sources::get; // no copies among the seeds: one group each
    tables = new ArrayList<>();
    for (Story s : new OnlineStoryClusterer().cluster(annotated).stories()) {
      tables.add(
          new ClaimComparator().compare(StoryExtractor.italian().extract(s, annotated), group));
    }
  }

  private static List<Claim> claims(String key) {
    return tables.stream()
        .flatMap(t -> t.claims().stream())
        .filter(c -> c.key().equals(key))
        .toList();
  }

  @Test
  void theCallsDurationIsCorroboratedByTheOutletsThatStateIt() {
    List<Claim> duration = claims("MINUTE durata");
    assertThat(duration)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.status()).isEqualTo(Claim.Status.CORROBORATED);
              assertThat(c.backings())
                  .extracting(Claim.Backing::value)
                  .allMatch(v -> v.endsWith("90 MINUTE"));
              assertThat(c.backings())
                  .extracting(b -> b.sourceGroup().substring(0, 3))
                  .containsExactlyInAnyOrder("000", "003", "004");
            });
  }

  @Test
  void theMarchCallsFiguresAreSingleSource() {
    for (String key : List.of("COUNT prigionieri", "COUNT feriti", "MINUTE tregua")) {
      assertThat(claims(key))
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.status()).isEqualTo(Claim.Status.SINGLE_SOURCE);
                assertThat(c.backings())
                    .singleElement()
                    .satisfies(b -> assertThat(b.sourceGroup()).startsWith("002"));
              });
    }
    assertThat(claims("COUNT prigionieri").get(0).backings().get(0).value()).isEqualTo("175 COUNT");
  }

  @Test
  void noClaimOfTheSeedsConflicts() {
    // the outlets do not contradict one another; "decine di milioni di persone" (Russia's dead in
    // the Second World War) and "milioni di persone" (dead of this war) count different things
    assertThat(tables)
        .allSatisfy(
            t -> assertThat(t.claims()).noneMatch(c -> c.status() == Claim.Status.CONFLICTING));
  }

  @Test
  void datedEventsAreClaimsOfTheirDay() {
    List<Claim> events =
        tables.stream()
            .flatMap(t -> t.claims().stream())
            .filter(c -> c.kind() == Claim.Kind.EVENT)
            .toList();
    assertThat(events)
        .anySatisfy(
            c -> {
              assertThat(c.key()).startsWith("2025-02-12: Mercoledì 12 febbraio");
              assertThat(c.backings())
                  .singleElement()
                  .satisfies(b -> assertThat(b.sourceGroup()).startsWith("000"));
            })
        .anySatisfy(c -> assertThat(c.key()).startsWith("2025-03-18: Il colloquio si è svolto"))
        .allSatisfy(c -> assertThat(c.key()).doesNotStartWith("2025-02-01"));
  }

  @Test
  void everyBackingIsCitedBySpansThatExist() {
    assertThat(tables)
        .allSatisfy(
            t ->
                assertThat(t.claims())
                    .allSatisfy(
                        c ->
                            assertThat(c.backings())
                                .allSatisfy(b -> assertThat(b.citations()).isNotEmpty())));
  }
}
