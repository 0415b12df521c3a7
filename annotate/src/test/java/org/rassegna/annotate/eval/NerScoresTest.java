package org.rassegna.annotate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerScoresTest {

  @Test
  void tokenMicroF1AndExactEntitiesFollowNermud() {
    List<List<String>> gold = List.of(List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "O"));
    List<List<String>> predicted = List.of(List.of("PER", "PER", "O", "LOC", "LOC", "ORG"));
    NerScores s = NerScores.score(gold, predicted);
    // tokens: tp 4, fp 1 (ORG), fn 0 -> P 0.8, R 1, F1 8/9
    assertThat(s.tokenMicroF1()).isCloseTo(8.0 / 9, within(1e-9));
    assertThat(s.entities().get("PER").f1()).isEqualTo(1.0);
    // two gold LOC entities, one predicted run covering both: no exact match
    assertThat(s.entities().get("LOC").recall()).isZero();
    assertThat(s.entities().get("ORG").precision()).isZero();
    assertThat(s.entities().get("ALL").gold()).isEqualTo(3);
    assertThat(s.entities().get("ALL").predicted()).isEqualTo(3);
  }
}
