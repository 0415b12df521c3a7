package org.rassegna.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Brief.TimelineEntry;
import org.rassegna.model.DatedEvent;
import org.rassegna.model.Published;
import org.rassegna.model.Span;
import org.rassegna.model.TimeExpression;

class TimelineBuilderTest {

  private static final LuceneAnnotator WORDS = LuceneAnnotator.italian();

  /**
   * An article annotated with Lucene's words, plus the time expressions given as (words, value);
   * the annotator resolved relative words of a month-dated article against the 1st.
   */
  private static AnnotatedArticle article(
      String id, String published, String text, String... timex) {
    Article article =
        new Article(
            id, id, null, Published.parse(published).orElseThrow(), null, text, "it", Map.of());
    AnnotatedArticle words = WORDS.annotate(article);
    List<TimeExpression> times = new ArrayList<>();
    for (int i = 0; i < timex.length; i += 2) {
      int start = text.indexOf(timex[i]);
      times.add(
          new TimeExpression(
              new Span(start, start + timex[i].length()), timex[i], "DATE", timex[i + 1]));
    }
    return new AnnotatedArticle(article, "it", words.sentences(), words.tokens(), List.of(), times);
  }

  private final AnnotatedArticle dayDated =
      article(
          "a",
          "2025-02-12",
          "Mercoledì 12 febbraio Trump e Putin hanno avuto una lunga telefonata sulla guerra.",
          "Mercoledì 12 febbraio",
          "2025-02-12");
  private final AnnotatedArticle monthDated =
      article(
          "b",
          "2025-02",
          "Trump e Putin hanno avuto oggi una lunga telefonata sulla guerra in Ucraina. Ieri Marc"
              + " Fogel è stato liberato e riportato a casa dall'inviato Witkoff.",
          "oggi",
          "2025-02-01",
          "Ieri",
          "2025-01-31");

  @Test
  void relativeDatesOfAMonthDatedArticleMoveToTheDayItsStoryTellsOf() {
    List<TimelineEntry> timeline =
        TimelineBuilder.build(
            List.of(dayDated, monthDated), new StoryDates(List.of(dayDated, monthDated)), id -> id);
    assertThat(timeline).extracting(TimelineEntry::day).containsExactly("2025-02-11", "2025-02-12");
    assertThat(timeline.get(0).text()).contains("Fogel");
    // the call: one entry, backed by both sources, whichever names the day
    assertThat(timeline.get(1).citations())
        .extracting(c -> c.articleId())
        .containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void withoutADayInItsStoryAMonthDatedArticleKeepsOnlyItsExplicitDates() {
    List<TimelineEntry> timeline =
        TimelineBuilder.build(List.of(monthDated), new StoryDates(List.of(monthDated)), id -> id);
    assertThat(timeline).isEmpty();
  }

  @Test
  void articlesOfOneGroupCountOnce() {
    AnnotatedArticle copy =
        article(
            "c",
            "2025-02-12",
            "Mercoledì 12 febbraio Trump e Putin hanno avuto una lunga telefonata sulla guerra.",
            "Mercoledì 12 febbraio",
            "2025-02-12");
    List<TimelineEntry> timeline =
        TimelineBuilder.build(
            List.of(dayDated, copy),
            new StoryDates(List.of(dayDated, copy)),
            id -> id.equals("c") ? "a" : id);
    assertThat(timeline).singleElement().satisfies(e -> assertThat(e.citations()).hasSize(1));
  }

  @Test
  void theExtractStagesDatedEventsAreTheTimelineAndTheStorysDayBacksThem() {
    String text = dayDated.article().text();
    int end = text.indexOf(" sulla guerra");
    DatedEvent call =
        new DatedEvent(
            "a",
            "2025-02-12",
            new Span(0, "Mercoledì 12 febbraio".length()),
            new Span(0, end),
            text.substring(0, end),
            List.of("trump", "putin", "telefonata"));
    String other = monthDated.article().text();
    int ieri = other.indexOf("Ieri");
    // the extract stage read "Ieri" with the day the story gives the month-dated article
    DatedEvent fogel =
        new DatedEvent(
            "b",
            "2025-02-11",
            new Span(ieri, ieri + 4),
            new Span(ieri, other.length()),
            other.substring(ieri),
            List.of("fogel", "liberato"));
    List<TimelineEntry> timeline =
        TimelineBuilder.build(
            List.of(dayDated, monthDated),
            List.of(call, fogel),
            new StoryDates(List.of(dayDated, monthDated)),
            id -> id);
    assertThat(timeline).extracting(TimelineEntry::day).containsExactly("2025-02-11", "2025-02-12");
    assertThat(timeline.get(0).text()).isEqualTo(other.substring(ieri));
    assertThat(timeline.get(1).text()).isEqualTo(text.substring(0, end));
    // b names no day in the call's sentence, but its story's day is the call's: it backs it
    assertThat(timeline.get(1).citations())
        .extracting(c -> c.articleId())
        .containsExactlyInAnyOrder("a", "b");
    assertThat(
            TimelineBuilder.build(
                List.of(dayDated), List.of(call), new StoryDates(List.of(dayDated)), id -> id))
        .singleElement();
  }
}
