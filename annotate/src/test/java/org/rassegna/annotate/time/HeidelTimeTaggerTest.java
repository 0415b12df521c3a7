package org.rassegna.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.SharedData;
import org.rassegna.model.Article;
import org.rassegna.model.ArticleDay;
import org.rassegna.model.ArticleDay.Basis;
import org.rassegna.model.Published;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.TimeExpression;

class HeidelTimeTaggerTest {

  private final HeidelTimeTagger tagger = HeidelTimeTagger.italian();

  private static Article seed(int index, String published) throws Exception {
    Article a = SharedData.seeds().get(index);
    return new Article(
        a.id(), a.source(), null, new Published(published), null, a.text(), "it", Map.of());
  }

  private static String valueOf(List<TimeExpression> found, String text) {
    return found.stream()
        .filter(x -> x.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("'" + text + "' not found in " + found))
        .value();
  }

  @Test
  void theSeedsDatesResolveAgainstThePublicationDay() throws Exception {
    List<TimeExpression> found = tagger.tag(seed(0, "2025-02-12"));
    assertThat(valueOf(found, "Mercoledì 12 febbraio")).isEqualTo("2025-02-12");
    assertThat(valueOf(found, "il giorno prima")).isEqualTo("2025-02-11");
    assertThat(valueOf(found, "l'11 febbraio")).isEqualTo("2025-02-11");
    assertThat(valueOf(found, "un'ora e mezza")).isEqualTo("PT1.5H");
    assertThat(valueOf(found, "mattinata")).isEqualTo("2025-02-12TMO");
  }

  @Test
  void ieriIsTheDayBeforePublication() throws Exception {
    List<TimeExpression> found = tagger.tag(seed(3, "2025-02-13"));
    assertThat(found).filteredOn(x -> x.text().equals("ieri")).isNotEmpty();
    assertThat(found)
        .filteredOn(x -> x.text().equals("ieri"))
        .extracting(TimeExpression::value)
        .containsOnly("2025-02-12");
  }

  @Test
  void withoutAPublicationDayTheFirstStatedDateAnchorsTheText() {
    Article a =
        new Article(
            "a",
            "a",
            null,
            new Published("2025-02"),
            null,
            "Mercoledì 12 febbraio Trump ha telefonato a Putin. Il giorno prima, l'11 febbraio,"
                + " Fogel era stato liberato. Ieri la Casa Bianca ha confermato.",
            "it",
            Map.of());
    List<TimeExpression> found = tagger.tag(a);
    assertThat(valueOf(found, "Mercoledì 12 febbraio")).isEqualTo("2025-02-12");
    assertThat(valueOf(found, "l'11 febbraio")).isEqualTo("2025-02-11");
    assertThat(found).extracting(TimeExpression::value).contains("2025-02-11");
    // two days stated: the article has none, and the first is only the anchor "Ieri" rests on
    TimeTagger.Dated dated =
        tagger.dated(a, List.of(new Sentence(new Span(0, a.text().length()), 0)));
    assertThat(dated.day()).isEqualTo(new ArticleDay(null, Basis.NONE, LocalDate.of(2025, 2, 12)));
    assertThat(valueOf(dated.times(), "Ieri")).isEqualTo("2025-02-11");
    assertThat(dated.day().dayOf(dated.times().get(dated.times().size() - 1))).isEmpty();
  }

  @Test
  void theOneDayTheTextStatesIsTheArticlesDayAndTheAnchor() {
    Article a =
        new Article(
            "a",
            "a",
            null,
            new Published("2025-02"),
            null,
            "Mercoledì 12 febbraio Trump ha telefonato a Putin. Ieri la Casa Bianca aveva"
                + " annunciato la liberazione di Fogel.",
            "it",
            Map.of());
    TimeTagger.Dated dated =
        tagger.dated(a, List.of(new Sentence(new Span(0, a.text().length()), 0)));
    LocalDate day = LocalDate.of(2025, 2, 12);
    assertThat(dated.day()).isEqualTo(new ArticleDay(day, Basis.TEXT, day));
    assertThat(valueOf(dated.times(), "Ieri")).isEqualTo("2025-02-11");
    assertThat(dated.day()).isEqualTo(ArticleDay.of(a.published(), dated.times()));
  }

  @Test
  void aMonthDatedSeedHasNoDayAndItsOggiRestsOnTheFirstOfTheMonth() throws Exception {
    Article a = seed(3, "2025-02");
    TimeTagger.Dated dated =
        tagger.dated(a, List.of(new Sentence(new Span(0, a.text().length()), 0)));
    assertThat(dated.day()).isEqualTo(new ArticleDay(null, Basis.NONE, LocalDate.of(2025, 2, 1)));
    assertThat(valueOf(dated.times(), "oggi")).isEqualTo("2025-02-01");
  }

  @Test
  void noDateAtAllLeavesValuesUnderspecified() {
    List<TimeExpression> found =
        tagger.tag(Article.of("a", "Ieri Trump ha parlato per un'ora e mezza."));
    assertThat(valueOf(found, "un'ora e mezza")).isEqualTo("PT1.5H");
    assertThat(found).noneMatch(x -> x.value().matches("\\d{4}-\\d{2}-\\d{2}"));
  }
}
