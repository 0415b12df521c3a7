package org.rassegna.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.ArticleDay;
import org.rassegna.model.Brief;
import org.rassegna.model.Citation;
import org.rassegna.model.Claim;
import org.rassegna.model.DatedEvent;
import org.rassegna.model.Story;
import org.rassegna.model.StoryExtraction;
import org.rassegna.model.TimeExpression;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;
import org.rassegna.store.StoryQuery;
import org.rassegna.store.StoryRow;

/**
 * One day per seed article, read alike by every stage, on the dated copies ({@code examples/seeds})
 * and the originals ({@code ../shared/seeds}: no dates but {@code 003}'s month): the annotator's
 * (HeidelTime resolved "oggi" against its anchor), the one stored with the article and restored
 * with its analysis, the story rows', and, as {@link ArticleDay#inStory} places each article of a
 * story, the extraction's dated events, the claims and the timeline. On the dated copies {@code
 * 003} (February only) is placed on its story's day, 12 February, and so its "oggi" enters the
 * claims table and the timeline.
 */
class SeedsDayTest {

  private static final Path ROOT = Path.of(System.getProperty("rassegna.root", ".."));
  private static final String MONTH_ONLY = "003_e474d6073c75c2ee";
  private static final LocalDate CALL = LocalDate.of(2025, 2, 12);

  @TempDir Path tmp;

  private static Path folder(String copy) {
    return copy.equals("dated")
        ? ROOT.resolve("examples/seeds")
        : Path.of(System.getProperty("rassegna.shared", "../../shared")).resolve("seeds");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dated", "undated"})
  void everyStageReadsTheSameDay(String copy) throws Exception {
    Path folder = folder(copy);
    assumeThat(Files.isDirectory(folder)).as(folder + " beside the checkout").isTrue();
    List<Article> seeds = Ingest.read(List.of(folder), IngestLimits.DEFAULT, a -> {}).articles();
    assertThat(seeds).hasSize(5);
    Batches batches = new Batches(); // its annotations are cached by id: one per copy
    try (Store store = Stores.sqlite(tmp.resolve(copy + ".db"))) {
      Batches.addAndRefresh(batches.pipeline(store), seeds);
    }
    try (Store store = Stores.sqlite(tmp.resolve(copy + ".db"))) {
      Brief brief = batches.pipeline(store).brief(Pipeline.BriefQuery.ALL);
      Map<String, ArticleDay> own = new HashMap<>();
      for (Article a : seeds) {
        AnnotatedArticle annotated = batches.annotator().annotate(a);
        ArticleDay day = annotated.day();
        own.put(a.id(), day);
        assertThat(store.annotation(a.id()).orElseThrow().day()).isEqualTo(day);
        assertThat(store.article(a.id()).orElseThrow().day()).isEqualTo(day.day());
        for (TimeExpression x : annotated.times()) {
          if (x.text().equalsIgnoreCase("oggi") && x.calendarDay().isPresent()) {
            assertThat(x.calendarDay()).as(a.id() + " 'oggi'").contains(day.anchor());
          }
        }
      }
      assertThat(own.get(MONTH_ONLY).known()).isEmpty();
      for (StoryRow row : store.stories(StoryQuery.all())) {
        Set<LocalDate> days = new HashSet<>();
        store.story(row.id()).orElseThrow().articleIds().stream()
            .map(id -> own.get(id).day())
            .filter(d -> d != null)
            .forEach(days::add);
        assertThat(row.firstDay()).isEqualTo(days.stream().min(LocalDate::compareTo).orElse(null));
        assertThat(row.lastDay()).isEqualTo(days.stream().max(LocalDate::compareTo).orElse(null));
      }
      Map<String, ArticleDay> placed = new HashMap<>();
      for (Story story : store.stories()) {
        List<AnnotatedArticle> members = store.annotations(story.articleIds());
        Map<String, ArticleDay> days = ArticleDay.inStory(members);
        placed.putAll(days);
        StoryExtraction x = store.extraction(story.id()).orElseThrow();
        for (AnnotatedArticle a : members) {
          Set<String> expected = new HashSet<>();
          a.times().stream()
              .filter(TimeExpression::wholeDay)
              .forEach(t -> days.get(a.id()).dayOf(t).ifPresent(d -> expected.add(d.toString())));
          Set<String> found = new HashSet<>();
          x.events().stream()
              .filter(e -> e.articleId().equals(a.id()))
              .forEach(e -> found.add(e.day()));
          assertThat(found).as("days of the events of " + a.id()).isEqualTo(expected);
        }
      }
      for (Brief.StoryBrief s : brief.stories()) {
        StoryExtraction x = store.extraction(s.id()).orElseThrow();
        for (Brief.TimelineEntry entry : s.timeline()) {
          for (Citation c : entry.citations()) {
            boolean event =
                x.events().stream()
                    .anyMatch(
                        e ->
                            e.articleId().equals(c.articleId())
                                && e.span().equals(c.span())
                                && e.day().equals(entry.day()));
            assertThat(event || entry.day().equals(String.valueOf(placed.get(c.articleId()).day())))
                .as("timeline %s cites %s", entry.day(), c)
                .isTrue();
          }
        }
      }
      List<DatedEvent> monthOnly =
          store.stories().stream()
              .flatMap(st -> store.extraction(st.id()).orElseThrow().events().stream())
              .filter(e -> e.articleId().equals(MONTH_ONLY))
              .toList();
      if (copy.equals("dated")) {
        assertThat(placed.get(MONTH_ONLY))
            .isEqualTo(new ArticleDay(CALL, ArticleDay.Basis.STORY, LocalDate.of(2025, 2, 1)));
        assertThat(monthOnly).extracting(DatedEvent::day).contains(CALL.toString());
        assertThat(
                store.stories().stream()
                    .flatMap(st -> store.comparison(st.id()).orElseThrow().claims().stream())
                    .filter(c -> c.kind() == Claim.Kind.EVENT)
                    .flatMap(c -> c.backings().stream())
                    .flatMap(b -> b.citations().stream()))
            .as("003 in the claims table")
            .anyMatch(c -> c.articleId().equals(MONTH_ONLY));
        assertThat(brief.stories())
            .flatExtracting(Brief.StoryBrief::timeline)
            .filteredOn(e -> e.day().equals(CALL.toString()))
            .flatExtracting(Brief.TimelineEntry::citations)
            .anyMatch(c -> c.articleId().equals(MONTH_ONLY));
      } else {
        assertThat(placed.values()).allMatch(d -> d.basis() != ArticleDay.Basis.STORY);
        assertThat(monthOnly).as("003's 'oggi' rests on a guess").isEmpty();
      }
    }
  }
}
