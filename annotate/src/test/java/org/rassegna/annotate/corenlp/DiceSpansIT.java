package org.rassegna.annotate.corenlp;

import org.junit.jupiter.api.Test;

/**
 * Every span of 1,000 DICE articles equals its surface form. About 3 minutes on an idle 2-core
 * machine, so it runs in CI (failsafe), not with the unit tests.
 */
class DiceSpansIT {

  @Test
  void everySpanOf1000DiceArticlesCoversExactlyItsSurfaceForm() throws Exception {
    DiceSpansEval.assertSpansOf(1000);
  }
}
