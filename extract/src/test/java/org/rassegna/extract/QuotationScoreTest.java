package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.model.Quotation;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;

class QuotationScoreTest {

  private static final Span OUTER_SPEAKER = new Span(0, 10);
  private static final Span NESTED_SPEAKER = new Span(20, 30);

  private static QuotationGold.GoldArticle article(QuotationGold.GoldQuotation... quotations) {
    return new QuotationGold.GoldArticle("a", "x".repeat(300), List.of(quotations));
  }

  private static Quotation found(Span span, Quotation.Kind kind, Span speaker) {
    return new Quotation(
        "a",
        span,
        "x".repeat(span.length()),
        kind,
        null,
        new Speaker(speaker, "x".repeat(speaker.length()), Speaker.Basis.CUE));
  }

  @Test
  void aReportCoveringAnOuterAndANestedClauseMatchesTheOuterOne() {
    // the outer report (40–200, the mayor's) holds a nested one (120–160, the police's)
    QuotationGold.GoldArticle a =
        article(
            new QuotationGold.GoldQuotation(
                new Span(40, 200), List.of(OUTER_SPEAKER), Quotation.Kind.INDIRECT),
            new QuotationGold.GoldQuotation(
                new Span(120, 160), List.of(NESTED_SPEAKER), Quotation.Kind.INDIRECT));
    QuotationScore s =
        QuotationScore.of(
            a,
            List.of(found(new Span(38, 200), Quotation.Kind.INDIRECT, OUTER_SPEAKER)),
            Quotation.Kind.INDIRECT);
    assertThat(s.matched()).isEqualTo(1);
    assertThat(s.speakersRight()).isEqualTo(1);
    assertThat(s.speakersWrong()).isZero();
  }

  @Test
  void aReportCoveringLessThanHalfOfTheGoldClauseDoesNotMatch() {
    QuotationGold.GoldArticle a =
        article(
            new QuotationGold.GoldQuotation(
                new Span(40, 200), List.of(OUTER_SPEAKER), Quotation.Kind.INDIRECT));
    QuotationScore s =
        QuotationScore.of(
            a,
            List.of(found(new Span(40, 100), Quotation.Kind.INDIRECT, OUTER_SPEAKER)),
            Quotation.Kind.INDIRECT);
    assertThat(s.matched()).isZero();
    assertThat(s.found()).isEqualTo(1);
    assertThat(s.gold()).isEqualTo(1);
  }

  @Test
  void eachGoldQuotationIsMatchedOnce() {
    QuotationGold.GoldArticle a =
        article(
            new QuotationGold.GoldQuotation(
                new Span(40, 80), List.of(OUTER_SPEAKER), Quotation.Kind.DIRECT));
    QuotationScore s =
        QuotationScore.of(
            a,
            List.of(
                found(new Span(40, 80), Quotation.Kind.DIRECT, NESTED_SPEAKER),
                found(new Span(41, 80), Quotation.Kind.DIRECT, OUTER_SPEAKER)),
            Quotation.Kind.DIRECT);
    assertThat(s.matched()).isEqualTo(1);
    assertThat(s.speakersWrong()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(0.5);
  }
}
