package org.rassegna.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Published;
import org.rassegna.model.Span;
import org.rassegna.model.TimeExpression;

class ArticleDayTest {

  private static final LuceneAnnotator ITALIAN = LuceneAnnotator.italian();

  /** An article whose time expressions are the given (surface, value) pairs, found in its text. */
  private static AnnotatedArticle article(
      @Nullable String published, String text, String... times) {
    AnnotatedArticle a =
        ITALIAN.annotate(
            new Article(
                "a",
                "a",
                null,
                published == null ? null : new Published(published),
                null,
                text,
                "it",
                Map.of()));
    List<TimeExpression> found = new ArrayList<>();
    for (int i = 0; i < times.length; i += 2) {
      int at = text.indexOf(times[i]);
      found.add(
          new TimeExpression(new Span(at, at + times[i].length()), times[i], "DATE", times[i + 1]));
    }
    return new AnnotatedArticle(
        a.article(), a.language(), a.sentences(), a.tokens(), a.mentions(), found);
  }

  @Test
  void thePublicationDayComesFirst() {
    assertThat(
            ArticleDay.of(
                article("2025-03-18", "Il 12 febbraio 2025.", "12 febbraio 2025", "2025-02-12")))
        .contains(LocalDate.of(2025, 3, 18));
  }

  @Test
  void anUndatedArticleTakesTheOneFullDateItsTextNames() {
    String text = "Il 12 febbraio 2025 Trump ha chiamato Putin. Il 12/2/2025 resterà.";
    assertThat(
            ArticleDay.of(
                article(null, text, "12 febbraio 2025", "2025-02-12", "12/2/2025", "2025-02-12")))
        .contains(LocalDate.of(2025, 2, 12));
  }

  @Test
  void aDayWithoutYearTakesTheYearOfTheMonthInTheMetadata() {
    String text = "Mercoledì 12 febbraio Trump ha chiamato Putin.";
    assertThat(ArticleDay.of(article("2025-02", text, "12 febbraio", "XXXX-02-12")))
        .contains(LocalDate.of(2025, 2, 12));
    assertThat(ArticleDay.of(article(null, text, "12 febbraio", "XXXX-02-12")))
        .as("no year anywhere")
        .isEmpty();
    assertThat(ArticleDay.of(article("2025-03", text, "12 febbraio", "XXXX-02-12")))
        .as("a day outside the stated month is not the publication day")
        .isEmpty();
  }

  @Test
  void twoDifferentDaysOrOnlyRelativeWordsGiveNoDay() {
    String text = "Arrestato il 3 marzo 2021, processato il 9 aprile 2021. Ieri la sentenza.";
    assertThat(
            ArticleDay.of(
                article(null, text, "3 marzo 2021", "2021-03-03", "9 aprile 2021", "2021-04-09")))
        .isEmpty();
    assertThat(ArticleDay.of(article("2021-04", "Ieri la sentenza.", "Ieri", "2021-04-09")))
        .isEqualTo(Optional.empty());
  }
}
