package org.rassegna.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rassegna.ingest.internal.TextDecoder;

class PageDecoderTest {

  @Test
  void aWindows1252PageDeclaredOnlyInMeta() {
    TextDecoder.Decoded d =
        PageDecoder.decode(Fixtures.bytes("inflazione-windows-1252.html"), null);
    assertThat(d.ok()).isTrue();
    assertThat(d.charset()).isEqualTo("windows-1252");
    assertThat(d.text()).contains("L’inflazione", "1,30 €", "«È un aumento", "città");
  }

  @Test
  void theMetaDeclarationDecidesWhereTheDetectorWouldGuessOtherwise() {
    // ISO-8859-15 puts € at 0xA4, where Windows-1252 (the detector's guess) has ¤
    byte[] page =
        "<html><head><meta charset=\"iso-8859-15\"></head><body><p>Costa 5 € al chilo.</p>"
            .getBytes(Charset.forName("ISO-8859-15"));
    assertThat(PageDecoder.decode(page, null).text()).contains("5 € al chilo");
    assertThat(TextDecoder.decode(page).text()).contains("5 ¤ al chilo");
  }

  @Test
  void theHttpHeaderOutranksTheMeta() {
    byte[] page =
        "<html><head><meta charset=\"windows-1252\"></head><body><p>perché</p>"
            .getBytes(StandardCharsets.UTF_8);
    TextDecoder.Decoded d = PageDecoder.decode(page, "text/html; charset=UTF-8");
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.text()).contains("perché");
  }

  @Test
  void aWrongDeclarationFallsBackToTheDetector() {
    byte[] page =
        "<html><head><meta charset=\"utf-8\"></head><body><p>città</p>"
            .getBytes(Charset.forName("windows-1252"));
    assertThat(PageDecoder.decode(page, null).text()).contains("città");
  }

  @Test
  void aBomDecidesAndBinaryIsRefused() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'p', '>', 0x63, 0x69, 0x61, 0x6F};
    assertThat(PageDecoder.decode(bom, "text/html; charset=windows-1252").text())
        .isEqualTo("<p>ciao");
    assertThat(PageDecoder.decode(new byte[] {'<', 'h', 0, 0, 1, 2}, null).problem())
        .startsWith("binary");
  }
}
