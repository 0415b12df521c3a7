package org.rassegna.annotate.corenlp;

import org.junit.jupiter.api.Test;
import org.rassegna.annotate.SharedData;

/** The stock labels kept on 200 DICE articles (slow: the stock pipeline takes some minutes). */
class DocumentGazetteIT {

  @Test
  void restrictingTheGazetteKeepsTheStockLabelsOn200DiceArticles() throws Exception {
    DocumentGazetteTest.assertSameLabelsAsStock(SharedData.dice(200));
  }
}
