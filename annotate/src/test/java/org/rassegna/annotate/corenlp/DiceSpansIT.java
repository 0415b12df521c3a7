package org.rassegna.annotate.corenlp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Every span of 1,000 DICE articles equals its surface form. Slow (some minutes): runs only with
 * {@code -Drassegna.slow=true}.
 */
class DiceSpansIT {

  @Test
  void everySpanOf1000DiceArticlesCoversExactlyItsSurfaceForm() throws Exception {
    assumeTrue(Boolean.getBoolean("rassegna.slow"), "slow test: run with -Drassegna.slow=true");
    DiceSpansEval.assertSpansOf(1000);
  }
}
