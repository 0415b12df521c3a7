package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.ArticleDay;
import org.rassegna.model.DatedEvent;
import org.rassegna.model.Published;
import org.rassegna.model.Span;
import org.rassegna.model.TimeExpression;

class ClauseEventExtractorTest {

  private static Article published(String text, String when) {
    return new Article("a", "a", null, new Published(when), null, text, "it", Map.of());
  }

  /** {@code text}, published on 12 February 2025, with each {@code times} pair a DATE. */
  private static AnnotatedArticle annotated(String text, String... times) {
    return annotated(published(text, "2025-02-12"), times);
  }

  /** {@code article} with the words of each {@code times} pair tagged as a DATE of that value. */
  private static AnnotatedArticle annotated(Article article, String... times) {
    String text = article.text();
    AnnotatedArticle words = LuceneAnnotator.italian().annotate(article);
    List<TimeExpression> found = new ArrayList<>();
    for (int i = 0; i < times.length; i += 2) {
      int at = text.indexOf(times[i]);
      found.add(
          new TimeExpression(new Span(at, at + times[i].length()), times[i], "DATE", times[i + 1]));
    }
    return new AnnotatedArticle(
        words.article(), "it", words.sentences(), words.tokens(), List.of(), found);
  }

  private static List<DatedEvent> events(AnnotatedArticle article) {
    return new ClauseEventExtractor().extract(article, article.day());
  }

  @Test
  void aDayPrecisionDateGivesTheClauseThatHoldsIt() {
    String text =
        "Il contesto è noto. Mercoledì 12 febbraio Trump ha telefonato a Putin; il giorno dopo"
            + " ne ha parlato con Zelensky.";
    List<DatedEvent> events = events(annotated(text, "Mercoledì 12 febbraio", "2025-02-12"));
    assertThat(events)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.day()).isEqualTo("2025-02-12");
              assertThat(e.text()).isEqualTo("Mercoledì 12 febbraio Trump ha telefonato a Putin");
              assertThat(e.span().of(text)).isEqualTo(e.text());
              assertThat(e.time().of(text)).isEqualTo("Mercoledì 12 febbraio");
              assertThat(e.terms()).contains("trump", "putin").doesNotContain("febbraio");
            });
  }

  @Test
  void twoDaysInOneSentenceAreTwoEventsAndVagueDatesNone() {
    String text =
        "L'11 febbraio Fogel è stato liberato: il 12 febbraio Trump lo ha accolto. A febbraio"
            + " si vedrà.";
    List<DatedEvent> events =
        events(
            annotated(
                text,
                "L'11 febbraio",
                "2025-02-11",
                "il 12 febbraio",
                "2025-02-12",
                "A febbraio",
                "2025-02"));
    assertThat(events)
        .extracting(DatedEvent::day, DatedEvent::text)
        .containsExactly(
            tuple("2025-02-11", "L'11 febbraio Fogel è stato liberato"),
            tuple("2025-02-12", "il 12 febbraio Trump lo ha accolto."));
  }

  @Test
  void relativeDaysNeedTheArticlesDay() {
    String text = "Ieri Fogel è stato liberato. L'11 febbraio Witkoff era a Mosca, il 3 a Kiev.";
    // two days stated in a month-dated article: no day of its own, "Ieri" rests on a guess
    AnnotatedArticle undated =
        annotated(
            published(text, "2025-02"),
            "Ieri",
            "2025-02-10",
            "L'11 febbraio",
            "2025-02-11",
            "il 3",
            "2025-02-03");
    assertThat(undated.day().known()).isEmpty();
    assertThat(events(undated))
        .extracting(DatedEvent::day)
        .containsExactly("2025-02-11", "2025-02-03");
    // its story places it on 13 February, two days after the anchor: "Ieri" moves with it
    ArticleDay placed =
        new ArticleDay(LocalDate.of(2025, 2, 13), ArticleDay.Basis.STORY, undated.day().anchor());
    assertThat(new ClauseEventExtractor().extract(undated, placed))
        .extracting(DatedEvent::day)
        .containsExactly("2025-02-12", "2025-02-11", "2025-02-03");
    assertThat(events(annotated(text, "Ieri", "2025-02-11", "L'11 febbraio", "2025-02-11")))
        .hasSize(2);
  }

  @Test
  void aDayThatDoesNotExistIsPassedOver() {
    // HeidelTime normalises "31 novembre" (a slip in a DICE article) to 2017-11-31
    String text = "Il 31 novembre è stato arrestato. Il 30 novembre era libero.";
    List<DatedEvent> events =
        events(annotated(text, "Il 31 novembre", "2017-11-31", "Il 30 novembre", "2017-11-30"));
    assertThat(events).extracting(DatedEvent::day).containsExactly("2017-11-30");
  }
}
