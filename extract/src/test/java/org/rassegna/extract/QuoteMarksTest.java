package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  private static List<String> inside(String text) {
    return QuoteMarks.find(text).stream().map(q -> q.inside().of(text)).toList();
  }

  @Test
  void pairsEachKindOfMark() {
    assertThat(inside("a «uno due» b “tre quattro” c \"cinque sei\" d"))
        .containsExactly("uno due", "tre quattro", "cinque sei");
  }

  @Test
  void nestedQuotesStayInsideTheOuterOne() {
    assertThat(inside("Disse: «Ha usato il motto “buon senso” di nuovo». Fine"))
        .containsExactly("Ha usato il motto “buon senso” di nuovo");
  }

  @Test
  void aQuotationReopenedAtEachParagraphIsOne() {
    String text = "Disse: «Primo paragrafo.\n«Secondo paragrafo». Fine";
    assertThat(inside(text)).containsExactly("Primo paragrafo.\n«Secondo paragrafo");
  }

  @Test
  void aQuotationClosedInTheNextParagraphIsOne() {
    String text = "Ha scritto: \"uno due.\n\nTre quattro\". Poi";
    assertThat(inside(text)).containsExactly("uno due.\n\nTre quattro");
  }

  @Test
  void anUnclosedMarkIsDroppedAtTheParagraphEnd() {
    assertThat(inside("Aperta «senza chiusura\nPoi «chiusa» qui")).containsExactly("chiusa");
  }

  @Test
  void strayClosingMarksAreIgnored() {
    assertThat(inside("uno» due ” tre «quattro»")).containsExactly("quattro");
  }

  @Test
  void aStraightMarkAfterANumberIsSecondsOrInches() {
    assertThat(
            inside("Primo con 1,33\"42 davanti a Rossi, secondo a 17\" con \"una gara perfetta\""))
        .containsExactly("una gara perfetta");
    assertThat(inside("A 17\" si è classificato Rossi, terzo a 1'9\" Bianchi. Fine")).isEmpty();
    assertThat(inside("Ha detto: \"Arriveremo nel 2030\". Fine"))
        .containsExactly("Arriveremo nel 2030");
  }
}
