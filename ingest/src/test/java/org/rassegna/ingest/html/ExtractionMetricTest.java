package org.rassegna.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionMetricTest {

  @Test
  void punctuationAndSpacingDoNotMatterButCaseDoes() {
    ExtractionMetric.PageScore s = ExtractionMetric.score("Uno due tre quattro cinque.", "uno");
    assertThat(s.precision()).isZero();
    ExtractionMetric.PageScore same =
        ExtractionMetric.score("Uno, due; tre quattro cinque.", "Uno due tre\nquattro cinque");
    assertThat(same.precision()).isEqualTo(1.0);
    assertThat(same.recall()).isEqualTo(1.0);
  }

  @Test
  void wordF1IsCaseBlindOverWordMultisets() {
    // truth 4 words, predicted 5 of which "the" twice: 3 shared (the, cat, sat) -> 6 / 9
    assertThat(ExtractionMetric.wordF1("The cat sat down.", "the CAT sat, the end"))
        .isCloseTo(6.0 / 9, within(1e-9));
    assertThat(ExtractionMetric.wordF1("Perché è così", "perché È COSÌ")).isEqualTo(1.0);
    assertThat(ExtractionMetric.wordF1("", "...")).isEqualTo(1.0);
    assertThat(ExtractionMetric.wordF1("uno", "")).isZero();
  }

  @Test
  void countsFourGramsAsMultisetsNormalisedPerPage() {
    // truth: 6 tokens -> 3 shingles; predicted adds two tokens -> 5 shingles, 3 shared
    ExtractionMetric.PageScore s = ExtractionMetric.score("a b c d e f", "a b c d e f g h");
    assertThat(s.tp()).isCloseTo(3.0 / 5, within(1e-9));
    assertThat(s.fp()).isCloseTo(2.0 / 5, within(1e-9));
    assertThat(s.fn()).isZero();
    assertThat(s.precision()).isCloseTo(0.6, within(1e-9));
    assertThat(s.recall()).isEqualTo(1.0);
    // a repeated shingle counts as many times as it occurs
    ExtractionMetric.PageScore twice = ExtractionMetric.score("a b c d", "a b c d a b c d");
    assertThat(twice.tp()).isGreaterThan(0);
    assertThat(twice.fp()).isGreaterThan(0);
  }

  @Test
  void shortTextsAreOneShingleAndEmptyPredictionsScoreZero() {
    assertThat(ExtractionMetric.score("ciao mondo", "ciao mondo").precision()).isEqualTo(1.0);
    ExtractionMetric.PageScore empty = ExtractionMetric.score("uno due tre quattro", "");
    assertThat(empty.precision()).isZero();
    assertThat(empty.recall()).isZero();
  }

  @Test
  void f1ComesFromTheMeansOverPages() {
    ExtractionMetric.Summary s =
        ExtractionMetric.summarise(
            List.of(
                ExtractionMetric.score("a b c d e f", "a b c d e f g h"),
                ExtractionMetric.score("a b c d e f", "a b c d e f")));
    assertThat(s.precision()).isCloseTo(0.8, within(1e-9));
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.f1()).isCloseTo(2 * 0.8 / 1.8, within(1e-9));
  }

  @Test
  void wordsAreUnicode() {
    assertThat(ExtractionMetric.score("perché così è già", "perché così è già").recall())
        .isEqualTo(1.0);
    assertThat(ExtractionMetric.score("perché così è già", "perch cos già").recall()).isZero();
  }
}
