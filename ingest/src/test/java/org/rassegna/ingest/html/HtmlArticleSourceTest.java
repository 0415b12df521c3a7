package org.rassegna.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.ingest.ArticleSource;
import org.rassegna.ingest.ArticleSourceContract;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.Article;
import org.rassegna.model.Published;

class HtmlArticleSourceTest extends ArticleSourceContract {

  @Override
  protected ArticleSource sourceWithGoodAndBadItems(Path dir) throws Exception {
    Path page = dir.resolve("page.html");
    Files.write(page, Fixtures.bytes("telefonata-trump-putin.html"));
    return sink -> {
      new HtmlArticleSource(page, IngestLimits.DEFAULT).read(sink);
      new HtmlArticleSource(dir.resolve("missing.html"), IngestLimits.DEFAULT).read(sink);
    };
  }

  @Override
  protected int goodItems() {
    return 1;
  }

  @Override
  protected int badItems() {
    return 1;
  }

  @Test
  void aPageBecomesAnArticleWithItsMetadata() {
    Article a =
        Ingest.read(
                List.of(
                    new HtmlArticleSource(
                        Fixtures.path("telefonata-trump-putin.html"), IngestLimits.DEFAULT)),
                article -> {})
            .articles()
            .get(0);
    assertThat(a.id()).isEqualTo("telefonata-trump-putin");
    assertThat(a.source()).isEqualTo("La Gazzetta del Lago");
    assertThat(a.title()).isEqualTo("Trump e Putin al telefono per un'ora e mezza");
    assertThat(a.published()).isEqualTo(new Published("2025-02-12T21:15:00+01:00"));
    assertThat(a.language()).isEqualTo("it");
    assertThat(a.url()).endsWith("/esteri/2025/02/12/trump-putin-telefonata");
    assertThat(a.extra())
        .containsEntry("author", "Giulia Bianchi")
        .containsEntry("modified", "2025-02-13T08:02:00+01:00")
        .containsEntry("charset", "UTF-8");
    assertThat(a.text()).startsWith("Donald Trump e Vladimir Putin");
  }

  @Test
  void theWindows1252PageKeepsItsAccents() {
    Article a =
        Ingest.read(
                List.of(
                    new HtmlArticleSource(
                        Fixtures.path("inflazione-windows-1252.html"), IngestLimits.DEFAULT)),
                article -> {})
            .articles()
            .get(0);
    assertThat(a.title()).isEqualTo("Perché la città è più cara: l’inflazione a novembre");
    assertThat(a.text()).contains("costa ormai 1,30 € in quasi tutte le città");
    assertThat(a.extra()).containsEntry("charset", "windows-1252");
  }

  @Test
  void malformedEmptyAndOversizePagesAreSkippedWithTheReason() throws Exception {
    Path garbage = dir.resolve("garbage.html");
    Files.write(garbage, new byte[] {'<', 'h', 't', 0, 0, (byte) 0xFF, 3, 4, 5});
    Path noText = dir.resolve("empty.html");
    Files.writeString(noText, "<html><body><div><nav><a href=/>Home</a></nav></div></body>");
    Path unclosed = dir.resolve("unclosed.html");
    Files.writeString(
        unclosed,
        "<html><body><div><p>Un paragrafo lungo abbastanza da essere il corpo, senza chiusure"
            + "<p>e un altro, sempre senza chiudere niente, <b>né il grassetto");
    Path big = dir.resolve("big.html");
    Files.write(big, Fixtures.bytes("telefonata-trump-putin.html"));
    Ingest c = new Ingest(article -> {});
    new HtmlArticleSource(garbage, IngestLimits.DEFAULT).read(c);
    new HtmlArticleSource(noText, IngestLimits.DEFAULT).read(c);
    new HtmlArticleSource(unclosed, IngestLimits.DEFAULT).read(c);
    new HtmlArticleSource(big, new IngestLimits(1000)).read(c);
    assertThat(c.result().skipped())
        .extracting(s -> s.reason().split(":")[0])
        .containsExactly("binary", "no article text found in the page", "too large");
    assertThat(c.result().articles())
        .singleElement()
        .satisfies(a -> assertThat(a.text()).contains("né il grassetto"));
  }
}
