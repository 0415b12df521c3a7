package org.rassegna.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ArticleBodyExtractorTest {

  private final ArticleBodyExtractor extractor = new ArticleBodyExtractor();

  private String body(String fixture) {
    return extractor.extract(
        Jsoup.parse(new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8), ""));
  }

  @Test
  void keepsParagraphsHeadingsAndListsInOrder() {
    String text = body("telefonata-trump-putin.html");
    assertThat(text)
        .startsWith("Donald Trump e Vladimir Putin si sono parlati al telefono")
        .endsWith("un gesto che la Casa Bianca ha definito di buona volontà.")
        .containsSubsequence(
            "Secondo la Casa Bianca",
            "Le reazioni a Kiev e in Europa",
            "Il portavoce del Cremlino, Dmitrij Peskov",
            "A Kiev la notizia",
            "Negoziati immediati tra le delegazioni",
            "Un possibile incontro tra i due presidenti",
            "Nei giorni precedenti era stato liberato Marc Fogel");
    assertThat(text.split("\n\n")).hasSize(8);
  }

  @Test
  void dropsBoilerplateAroundAndInsideTheBody() {
    assertThat(body("telefonata-trump-putin.html"))
        .doesNotContain(
            "cookie", // banner
            "Cronaca", // menu
            "Home", // breadcrumb
            "Trump e Putin al telefono per un'ora e mezza", // the headline is metadata
            "Giulia Bianchi", // byline
            "Condividi", // share bar
            "Foto:", // photo credit
            "Pubblicità", // ad inside the body
            "Scopri l'offerta",
            "Leggi anche", // inline and boxed related links
            "Zelensky a Monaco",
            "tregua energetica",
            "Tag:",
            "Finalmente qualcuno", // comments
            "I più letti", // sidebar
            "Tutti i diritti riservati"); // footer
  }

  @Test
  void readsABodyWithoutArticleMarkup() {
    assertThat(body("cronaca-solo-byline.html"))
        .startsWith("Il ponte sul fiume resterà chiuso")
        .contains("navetta gratuita")
        .endsWith("per chiudere prima della scadenza.")
        .doesNotContain("Facebook", "Pubblicato", "testata registrata", "Meteo");
  }

  @Test
  void aPageWithoutTextGivesNothing() {
    assertThat(extractor.extract(Jsoup.parse("<html><body><nav><a href=/>Home</a></nav>")))
        .isEmpty();
  }

  @Test
  void feedContentIsReadWhole() {
    assertThat(
            extractor.fragmentText(
                "<p>Primo paragrafo.</p><p><b>Leggi anche:</b> <a href=x>altro</a></p>"
                    + "Testo libero<br>su due righe"))
        .isEqualTo("Primo paragrafo.\n\nTesto libero su due righe");
  }

  @Test
  void bylinesAndCreditsGoButSentencesThatLookLikeThemStay() {
    assertThat(
            extractor.fragmentText(
                "<p>di Mario Rossi</p><p>By Chris Davies and Jane Doe</p>"
                    + "<p>Di fronte alla crisi, il governo tace.</p><p>Foto: Ansa</p>"
                    + "<p>By the end of the day, the talks had failed.</p><p>© Riproduzione riservata</p>"))
        .isEqualTo(
            "Di fronte alla crisi, il governo tace.\n\nBy the end of the day, the talks had failed.");
  }
}
