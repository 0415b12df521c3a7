package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundDfCommandTest {

  @TempDir Path dir;

  @Test
  void countsEachSentenceAsADocumentAndLeavesOutWordsSeenOnce() throws Exception {
    Path corpus = dir.resolve("kind.tsv");
    Files.write(
        corpus,
        List.of(
            "Trump\tB-PER",
            "telefona\tO",
            "a\tO",
            "Putin\tB-PER",
            "",
            "Putin\tB-PER",
            "risponde\tO",
            "a\tO",
            "Trump\tB-PER",
            "",
            "Fogel\tB-PER",
            "libero\tO"),
        StandardCharsets.UTF_8);
    Path table = dir.resolve("df.tsv");
    CliRun cli = new CliRun();
    assertThat(cli.run("background-df", "-o", table.toString(), corpus.toString())).isZero();
    assertThat(Files.readAllLines(table, StandardCharsets.UTF_8))
        .containsExactly("#documents\t3", "putin\t2", "trump\t2");
  }

  @Test
  void readsPagesThroughTheExtractorAndKeepsThoseInTheLanguage() throws Exception {
    Path pages = dir.resolve("pages");
    Files.createDirectories(pages.resolve("html"));
    String en =
        "The central bank kept interest rates unchanged on Tuesday, saying that inflation was"
            + " slowing down and that the labour market remained strong across the country.";
    page(pages, "a", en);
    page(pages, "b", en + " Markets rose after the decision was announced in the afternoon.");
    page(
        pages,
        "c",
        "La banca centrale ha lasciato invariati i tassi di interesse martedì, dicendo che"
            + " l'inflazione rallenta e che il mercato del lavoro resta forte in tutto il paese.");
    Path table = dir.resolve("df-en.tsv");
    CliRun cli = new CliRun();
    assertThat(
            cli.run(
                "background-df",
                "--html",
                "--language",
                "en",
                "-o",
                table.toString(),
                pages.toString()))
        .isZero();
    List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
    assertThat(lines.subList(0, 2)).containsExactly("#documents\t2", "#unit\tdocument");
    assertThat(lines).contains("bank\t2").noneMatch(l -> l.startsWith("banca"));
    assertThat(lines).noneMatch(l -> l.startsWith("afternoon")); // in one page only
  }

  private static void page(Path dir, String id, String body) throws Exception {
    String html =
        "<html><head><title>Rates</title></head><body><article><h1>Rates</h1><p>"
            + body
            + "</p></article></body></html>";
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }
}
