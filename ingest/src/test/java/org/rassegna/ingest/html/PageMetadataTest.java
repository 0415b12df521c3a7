package org.rassegna.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.rassegna.model.Published;

class PageMetadataTest {

  private static PageMetadata of(String fixture) {
    return PageMetadata.of(
        Jsoup.parse(new String(Fixtures.bytes(fixture), StandardCharsets.UTF_8), ""));
  }

  @Test
  void readsOpenGraphArticleTagsAndJsonLd() {
    PageMetadata m = of("telefonata-trump-putin.html");
    assertThat(m.title()).isEqualTo("Trump e Putin al telefono per un'ora e mezza");
    assertThat(m.author()).isEqualTo("Giulia Bianchi");
    assertThat(m.published()).isEqualTo(new Published("2025-02-12T21:15:00+01:00"));
    assertThat(m.modified()).isEqualTo(new Published("2025-02-13T08:02:00+01:00"));
    assertThat(m.canonicalUrl())
        .isEqualTo("https://www.gazzettadellago.example/esteri/2025/02/12/trump-putin-telefonata");
    assertThat(m.siteName()).isEqualTo("La Gazzetta del Lago");
    assertThat(m.language()).isEqualTo("it");
  }

  @Test
  void withoutMetaTagsReadsTheTitleTagAndTheItalianByline() {
    PageMetadata m = of("cronaca-solo-byline.html");
    assertThat(m.title()).isEqualTo("Il ponte chiude per lavori fino a marzo");
    assertThat(m.author()).isEqualTo("Luca Verdi");
    assertThat(m.published()).isEqualTo(new Published("2024-11-03"));
    assertThat(m.modified()).isNull();
    assertThat(m.siteName()).isNull();
  }

  @Test
  void theSiteSuffixGoesButTitlesWithDashesStay() {
    assertThat(PageMetadata.withoutSiteSuffix("Titolo lungo dell'articolo - Il Sito", null))
        .isEqualTo("Titolo lungo dell'articolo");
    assertThat(
            PageMetadata.withoutSiteSuffix("Titolo | Corriere della Sera", "Corriere della Sera"))
        .isEqualTo("Titolo");
    assertThat(PageMetadata.withoutSiteSuffix("Ucraina - Russia, accordo sul grano", null))
        .isEqualTo("Ucraina - Russia, accordo sul grano");
    assertThat(PageMetadata.withoutSiteSuffix("Trump: la telefonata con Putin", null))
        .isEqualTo("Trump: la telefonata con Putin");
  }

  @Test
  void aTimeElementGivesTheDateWhenNothingElseDoes() {
    PageMetadata m =
        PageMetadata.of(
            Jsoup.parse(
                "<html><body><article><time datetime=\"2025-03-18T19:40:00Z\">18 marzo</time>"
                    + "<p>Testo.</p></article></body></html>"));
    assertThat(m.published()).isEqualTo(new Published("2025-03-18T19:40:00Z"));
  }
}
