package org.rassegna.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterAgreementTest {

  @Test
  void scoresAWorkedExample() {
    // gold {a,b,c} {d}; predicted {a,b} {c,d}
    Map<String, String> gold = Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2");
    Map<String, String> predicted = Map.of("a", "P1", "b", "P1", "c", "P2", "d", "P2");
    ClusterAgreement s = ClusterAgreement.of(predicted, gold);
    // B-cubed precision: a 2/2, b 2/2, c 1/2, d 1/2 -> 0.75; recall: a 2/3, b 2/3, c 1/3, d 1/1
    assertThat(s.bcubedPrecision()).isCloseTo(0.75, within(1e-9));
    assertThat(s.bcubedRecall()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, within(1e-9));
    // pairs: predicted ab, cd; gold ab, ac, bc; both ab
    assertThat(s.pairwisePrecision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.pairwiseRecall()).isCloseTo(1 / 3.0, within(1e-9));
    assertThat(s.pairwiseF1()).isCloseTo(0.4, within(1e-9));
    assertThat(s.predictedClusters()).isEqualTo(2);
    assertThat(s.goldClusters()).isEqualTo(2);
  }

  @Test
  void aPerfectClusteringScoresOne() {
    Map<String, String> gold = Map.of("a", "x", "b", "x", "c", "y");
    ClusterAgreement s = ClusterAgreement.of(Map.of("a", "1", "b", "1", "c", "2"), gold);
    assertThat(s.bcubedF1()).isEqualTo(1.0);
    assertThat(s.pairwiseF1()).isEqualTo(1.0);
  }

  @Test
  void differentItemsAreRefused() {
    assertThatThrownBy(() -> ClusterAgreement.of(Map.of("a", "1"), Map.of("b", "1")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
