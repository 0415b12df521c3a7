package org.rassegna.annotate.corenlp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.rassegna.annotate.SharedData;

/**
 * The stock labels kept on 200 DICE articles. Slow (the stock pipeline needs ten minutes or more):
 * runs only with {@code -Drassegna.slow=true}.
 */
class DocumentGazetteIT {

  @Test
  void restrictingTheGazetteKeepsTheStockLabelsOn200DiceArticles() throws Exception {
    assumeTrue(Boolean.getBoolean("rassegna.slow"), "slow test: run with -Drassegna.slow=true");
    DocumentGazetteTest.assertSameLabelsAsStock(SharedData.dice(200));
  }
}
