package org.rassegna.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.model.Article;

class IngestTest {

  @TempDir Path dir;

  @Test
  void readsFoldersInNameOrderAndPassesOverWhatHoldsNoArticles() throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.txt"), "Secondo articolo.");
    Files.writeString(dir.resolve("1.txt"), "Primo articolo.");
    Files.writeString(dir.resolve("README.md"), "# not an article");
    Files.writeString(dir.resolve(".hidden.txt"), "hidden");
    Files.writeString(dir.resolve("3.jsonl"), "{\"id\":\"j\",\"text\":\"Terzo.\"}\n");
    Ingest.Result r = Ingest.read(List.of(dir), IngestLimits.DEFAULT, a -> {});
    assertThat(r.articles()).extracting(Article::id).containsExactly("1", "j", "2");
    assertThat(r.ignored()).singleElement().asString().endsWith("README.md");
    assertThat(r.skipped()).isEmpty();
  }

  @Test
  void aRepeatedIdIsSkippedNotMerged() throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a/x.txt"), "Uno.");
    Files.writeString(dir.resolve("b/x.txt"), "Due.");
    Ingest.Result r = Ingest.read(List.of(dir), IngestLimits.DEFAULT, a -> {});
    assertThat(r.articles()).singleElement().extracting(Article::text).isEqualTo("Uno.");
    assertThat(r.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("duplicate id"));
  }

  @Test
  void aMissingPathIsReportedAndTheOthersAreRead() throws Exception {
    Files.writeString(dir.resolve("ok.txt"), "Testo.");
    Ingest.Result r =
        Ingest.read(
            List.of(dir.resolve("missing"), dir.resolve("ok.txt")), IngestLimits.DEFAULT, a -> {});
    assertThat(r.articles()).hasSize(1);
    assertThat(r.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).contains("no such"));
  }

  @Test
  void webFormatsAreToldApartByExtensionOrContent() throws Exception {
    Path res =
        Path.of(
            System.getProperty("rassegna.root", ".."),
            "ingest/src/test/resources/org/rassegna/ingest");
    Files.copy(res.resolve("html/cronaca-solo-byline.html"), dir.resolve("1.htm"));
    Files.copy(res.resolve("html/telefonata-trump-putin.html"), dir.resolve("2-no-extension"));
    Files.copy(res.resolve("feed/cronaca.atom"), dir.resolve("3-feed.xml"));
    Files.copy(res.resolve("warc/sample.warc.gz"), dir.resolve("4.warc.gz"));
    Files.writeString(dir.resolve("5-sitemap.xml"), "<?xml version=\"1.0\"?><urlset></urlset>");
    Ingest.Result r = Ingest.read(List.of(dir), IngestLimits.DEFAULT, a -> {});
    assertThat(r.articles())
        .extracting(Article::id)
        .containsExactly(
            "1",
            "2-no-extension",
            "tag:cronache.example,2024:ponte-chiuso",
            "tag:cronache.example,2024:nebbia",
            "https://cronache.example/2024/11/04/nebbia",
            "https://cronache.example/2024/11/03/ponte-chiuso");
    assertThat(r.articles().get(1).title())
        .isEqualTo("Trump e Putin al telefono per un'ora e mezza");
    assertThat(r.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.item()).contains("4.warc.gz#7"));
    assertThat(r.ignored()).anySatisfy(i -> assertThat(i).endsWith("5-sitemap.xml"));
  }
}
