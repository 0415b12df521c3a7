package org.rassegna.annotate.vector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparseVectorTest {

  @Test
  void dotAndCosineMatchTheDenseDefinition() {
    SparseVector a = SparseVector.of(Map.of("putin", 2.0, "trump", 1.0, "mosca", 0.0));
    SparseVector b = SparseVector.of(Map.of("trump", 3.0, "tregua", 4.0));
    assertThat(a.size()).isEqualTo(2);
    assertThat(a.dot(b)).isEqualTo(3.0);
    assertThat(a.cosine(b)).isCloseTo(3.0 / (Math.sqrt(5) * 5), within(1e-12));
    assertThat(a.cosine(SparseVector.EMPTY)).isZero();
    assertThat(SparseVector.sum(List.of(a, b)).weight("trump")).isEqualTo(4.0);
  }

  @Test
  void rareWordsWeighMoreThanWordsEveryTextHas() {
    TfIdf tfIdf =
        TfIdf.fit(List.of(List.of("trump", "tregua"), List.of("trump", "putin"), List.of("trump")));
    SparseVector v = tfIdf.vector(List.of("trump", "tregua", "tregua"));
    assertThat(v.weight("tregua")).isGreaterThan(v.weight("trump"));
    assertThat(v.weight("trump")).isEqualTo(1.0);
  }

  @Test
  void aBackgroundCorpusCountsAsTextsSeenBefore() {
    // five texts that all name Trump and Fogel: alone, the stream weighs them alike; a background
    // of 1,000 texts in which Trump is common and Fogel unseen tells the rare name
    Map<String, Integer> text = Map.of("trump", 1, "fogel", 1);
    RunningTfIdf alone = new RunningTfIdf();
    RunningTfIdf withBackground = new RunningTfIdf();
    SparseVector a = null;
    SparseVector b = null;
    for (int i = 0; i < 5; i++) {
      a = alone.add(text);
      b = withBackground.add(text, 1000, t -> t.equals("trump") ? 300 : 0);
    }
    assertThat(a.weight("fogel")).isCloseTo(a.weight("trump"), within(1e-12));
    double trump = 1 + Math.log(1006.0 / 306.0);
    double fogel = 1 + Math.log(1006.0 / 6.0);
    assertThat(b.weight("fogel") / b.weight("trump")).isCloseTo(fogel / trump, within(1e-12));
    assertThat(withBackground.documentFrequency("trump")).isEqualTo(5); // the running count only
  }

  @Test
  void aStreamWeighsATextByTheTextsSeenSoFar() {
    RunningTfIdf stream = new RunningTfIdf();
    stream.add(Map.of("trump", 1, "tregua", 1));
    stream.add(Map.of("trump", 1, "putin", 1));
    SparseVector v = stream.add(Map.of("trump", 1, "tregua", 2));
    TfIdf batch =
        TfIdf.fit(
            List.of(
                List.of("trump", "tregua"),
                List.of("trump", "putin"),
                List.of("trump", "tregua", "tregua")));
    SparseVector expected = batch.vector(List.of("trump", "tregua", "tregua")).normalized();
    assertThat(v.norm()).isCloseTo(1.0, within(1e-12));
    assertThat(v.weight("tregua")).isCloseTo(expected.weight("tregua"), within(1e-12));
    assertThat(v.weight("trump")).isCloseTo(expected.weight("trump"), within(1e-12));
  }

  @Test
  void theHeaviestTermsAndADotWithAMap() {
    SparseVector a = SparseVector.of(Map.of("a", 1.0, "b", 3.0, "c", 2.0, "d", 3.0));
    assertThat(a.heaviest(2)).isEqualTo(SparseVector.of(Map.of("b", 3.0, "d", 3.0)));
    assertThat(a.heaviest(3)).isEqualTo(SparseVector.of(Map.of("b", 3.0, "c", 2.0, "d", 3.0)));
    assertThat(a.heaviest(9)).isSameAs(a);
    assertThat(a.dot(Map.of("a", 2.0, "z", 5.0))).isEqualTo(2.0);
  }
}
