package org.rassegna.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.rassegna.model.ArticleDay.Basis;

class ArticleDayTest {

  /** An article whose time expressions are the given (surface, value) pairs, found in its text. */
  private static AnnotatedArticle member(
      String id, @Nullable String published, String text, String... times) {
    Article a =
        new Article(
            id,
            id,
            null,
            published == null ? null : new Published(published),
            null,
            text,
            "it",
            Map.of());
    List<TimeExpression> found = new ArrayList<>();
    for (int i = 0; i < times.length; i += 2) {
      int at = text.indexOf(times[i]);
      found.add(
          new TimeExpression(new Span(at, at + times[i].length()), times[i], "DATE", times[i + 1]));
    }
    return new AnnotatedArticle(a, "it", List.of(), List.of(), List.of(), found);
  }

  private static AnnotatedArticle article(
      @Nullable String published, String text, String... times) {
    return member("a", published, text, times);
  }

  @Test
  void thePublicationDayComesFirst() {
    ArticleDay day =
        article("2025-03-18", "Il 12 febbraio 2025.", "12 febbraio 2025", "2025-02-12").day();
    LocalDate published = LocalDate.of(2025, 3, 18);
    assertThat(day).isEqualTo(new ArticleDay(published, Basis.PUBLISHED, published));
  }

  @Test
  void anUndatedArticleTakesTheOneFullDateItsTextNames() {
    String text = "Il 12 febbraio 2025 Trump ha chiamato Putin. Il 12/2/2025 resterà.";
    ArticleDay day =
        article(null, text, "12 febbraio 2025", "2025-02-12", "12/2/2025", "2025-02-12").day();
    assertThat(day.known()).contains(LocalDate.of(2025, 2, 12));
    assertThat(day.basis()).isEqualTo(Basis.TEXT);
    assertThat(day.anchor()).isEqualTo(day.day());
  }

  @Test
  void aDayWithoutYearTakesTheYearOfTheMonthInTheMetadata() {
    String text = "Mercoledì 12 febbraio Trump ha chiamato Putin.";
    assertThat(article("2025-02", text, "12 febbraio", "XXXX-02-12").day().known())
        .contains(LocalDate.of(2025, 2, 12));
    assertThat(article(null, text, "12 febbraio", "XXXX-02-12").day())
        .as("no year anywhere")
        .isEqualTo(new ArticleDay(null, Basis.NONE, null));
    assertThat(article("2025-03", text, "12 febbraio", "XXXX-02-12").day())
        .as("a day outside the stated month is not the publication day; its 1st is the guess")
        .isEqualTo(new ArticleDay(null, Basis.NONE, LocalDate.of(2025, 3, 1)));
  }

  @Test
  void twoDifferentDaysOrOnlyRelativeWordsGiveNoDay() {
    String text = "Arrestato il 3 marzo 2021, processato il 9 aprile 2021. Ieri la sentenza.";
    ArticleDay two =
        article(null, text, "3 marzo 2021", "2021-03-03", "9 aprile 2021", "2021-04-09").day();
    assertThat(two.known()).isEmpty();
    assertThat(two.anchor())
        .as("the first stated day is the guess")
        .isEqualTo(LocalDate.of(2021, 3, 3));
    assertThat(article("2021-04", "Ieri la sentenza.", "Ieri", "2021-04-09").day().known())
        .isEmpty();
  }

  @Test
  void relativeWordsCountOnlyWhenTheyRestOnADay() {
    String text = "Ieri la sentenza, il 9 aprile 2021.";
    TimeExpression ieri = new TimeExpression(new Span(0, 4), "Ieri", "DATE", "2021-04-08");
    TimeExpression stated =
        new TimeExpression(new Span(21, 34), "9 aprile 2021", "DATE", "2021-04-09");
    ArticleDay own = article("2021-04", text, "9 aprile 2021", "2021-04-09").day();
    assertThat(own.dayOf(ieri)).contains(LocalDate.of(2021, 4, 8));
    ArticleDay none = new ArticleDay(null, Basis.NONE, LocalDate.of(2021, 4, 1));
    assertThat(none.dayOf(ieri)).isEmpty();
    assertThat(none.dayOf(stated)).contains(LocalDate.of(2021, 4, 9));
    ArticleDay placed =
        new ArticleDay(LocalDate.of(2021, 4, 10), Basis.STORY, LocalDate.of(2021, 4, 9));
    assertThat(placed.dayOf(ieri))
        .as("moved a day, as the anchor was")
        .contains(LocalDate.of(2021, 4, 9));
    assertThat(none.dayOf(new TimeExpression(new Span(0, 4), "31 novembre", "DATE", "2017-11-31")))
        .as("no such day")
        .isEmpty();
  }

  @Test
  void anArticleWithoutADayTakesItsStorysDayWhenItsMonthHoldsIt() {
    AnnotatedArticle a = member("a", "2025-02-12", "Telefonata.");
    AnnotatedArticle b = member("b", "2025-02-12", "Telefonata.");
    AnnotatedArticle c = member("c", "2025-02-13", "Telefonata.");
    AnnotatedArticle month = member("m", "2025-02", "Oggi la telefonata.", "Oggi", "2025-02-01");
    AnnotatedArticle march = member("x", "2025-03", "Oggi la telefonata.", "Oggi", "2025-03-01");
    AnnotatedArticle undated = member("u", null, "Oggi la telefonata.");
    Map<String, ArticleDay> days = ArticleDay.inStory(List.of(a, b, c, month, march, undated));
    assertThat(days.get("m"))
        .isEqualTo(
            new ArticleDay(LocalDate.of(2025, 2, 12), Basis.STORY, LocalDate.of(2025, 2, 1)));
    assertThat(days.get("m").dayOf(month.times().get(0))).contains(LocalDate.of(2025, 2, 12));
    assertThat(days.get("c")).isEqualTo(c.day());
    assertThat(days.get("x").known()).as("March does not hold 12 February").isEmpty();
    assertThat(days.get("u").known()).as("no period at all").isEmpty();
    assertThat(ArticleDay.inStory(List.of(month)).get("m")).isEqualTo(month.day());
  }

  @Test
  void aDayAndItsBasisMustAgree() {
    LocalDate d = LocalDate.of(2025, 2, 12);
    assertThatThrownBy(() -> new ArticleDay(null, Basis.TEXT, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ArticleDay(d, Basis.NONE, d))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ArticleDay(d, Basis.PUBLISHED, d.plusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
    Article other =
        new Article("a", "a", null, new Published("2025-02-13"), null, "x", "it", Map.of());
    assertThatThrownBy(
            () ->
                new AnnotatedArticle(
                    other,
                    "it",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    new ArticleDay(d, Basis.PUBLISHED, d)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
