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
}
