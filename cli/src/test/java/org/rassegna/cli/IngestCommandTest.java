package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {

  private static final Path ROOT = Path.of(System.getProperty("rassegna.root", ".."));
  private static final Path FIXTURES =
      ROOT.resolve("ingest/src/test/resources/org/rassegna/ingest");

  @TempDir Path dir;

  private StringWriter err = new StringWriter();
  private final StringWriter out = new StringWriter();

  private int run(String... args) {
    err = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(out, true));
    return cli.execute(args);
  }

  private List<String> ids(Path jsonl) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      ids.add(json.readTree(line).get("id").asText());
    }
    return ids;
  }

  @Test
  void everyKindOfBadInputIsReportedCountedAndTheBatchGoesOn() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(FIXTURES.resolve("html/telefonata-trump-putin.html"), in.resolve("a.html"));
    Files.copy(FIXTURES.resolve("feed/esteri.rss"), in.resolve("b.rss"));
    Files.copy(FIXTURES.resolve("feed/broken.rss"), in.resolve("c-broken.rss"));
    Files.copy(FIXTURES.resolve("warc/sample.warc"), in.resolve("d.warc"));
    Files.write(
        in.resolve("e-garbage.warc"),
        "no archive here\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    Files.write(in.resolve("f-binary.html"), new byte[] {'<', 'h', 0, 0, 7, 7});
    Files.writeString(
        in.resolve("g-big.html"), "<html><body><p>" + "parola ".repeat(2000) + "</p>");
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    Path jsonl = dir.resolve("out/articles.jsonl");
    int code =
        run(
            "ingest",
            in.toString(),
            "http://127.0.0.1:" + closed + "/articolo",
            "-o",
            jsonl.toString(),
            "--max-article-bytes",
            "10000",
            "--no-fetch-linked",
            "--allow-private-urls",
            "--no-progress");
    assertThat(code).isZero();
    assertThat(err.toString())
        .contains("c-broken.rss: invalid feed")
        .contains("d.warc#7 https://cronache.example/2024/11/05/viadotto: unreadable record")
        .contains("e-garbage.warc")
        .contains("f-binary.html: binary")
        .contains("g-big.html: too large")
        .contains("/articolo: unreachable")
        .contains("ingested 5 new articles (0 were already in")
        .contains("skipped 6, ignored 4");
    assertThat(ids(jsonl))
        .containsExactly(
            "a",
            "gdl-2025-0212-001",
            "https://www.gazzettadellago.example/esteri/2025/03/18/tregua-energetica",
            "https://cronache.example/2024/11/04/nebbia",
            "https://cronache.example/2024/11/03/ponte-chiuso");
    JsonNode first = new ObjectMapper().readTree(Files.readAllLines(jsonl).get(0));
    assertThat(first.get("title").asText())
        .isEqualTo("Trump e Putin al telefono per un'ora e mezza");
    assertThat(first.get("published").asText()).isEqualTo("2025-02-12T21:15:00+01:00");
    assertThat(first.get("author").asText()).isEqualTo("Giulia Bianchi");
  }

  @Test
  void aSecondRunAddsOnlyWhatIsNew() throws Exception {
    Path jsonl = dir.resolve("articles.jsonl");
    Path page = FIXTURES.resolve("html/cronaca-solo-byline.html");
    assertThat(run("ingest", page.toString(), "-o", jsonl.toString(), "--no-progress")).isZero();
    assertThat(
            run(
                "ingest",
                page.toString(),
                FIXTURES.resolve("feed/cronaca.atom").toString(),
                "-o",
                jsonl.toString(),
                "--no-fetch-linked",
                "--no-progress"))
        .isZero();
    assertThat(err.toString()).contains("ingested 2 new articles (1 were already in");
    assertThat(ids(jsonl))
        .containsExactly(
            "cronaca-solo-byline",
            "tag:cronache.example,2024:ponte-chiuso",
            "tag:cronache.example,2024:nebbia");
    // and brief reads what ingest wrote
    Path brief = dir.resolve("brief");
    assertThat(run("brief", jsonl.toString(), "-o", brief.toString(), "--no-progress")).isZero();
    assertThat(err.toString()).contains("read 3 articles, skipped 0");
  }

  @Test
  void briefReadsPagesFeedsArchivesAndUrlsDirectly() throws Exception {
    Path brief = dir.resolve("brief");
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    int code =
        run(
            "brief",
            FIXTURES.resolve("html").toString(),
            FIXTURES.resolve("feed/esteri.rss").toString(),
            FIXTURES.resolve("warc/sample.warc.gz").toString(),
            "http://127.0.0.1:" + closed + "/feed.xml",
            "-o",
            brief.toString(),
            "--no-progress");
    assertThat(code).isZero();
    assertThat(err.toString())
        .contains("/feed.xml: refused: 127.0.0.1 is a loopback")
        .contains("read 7 articles, skipped 2");
  }

  @Test
  void helpDescribesEveryOption() {
    for (String name : List.of("ingest", "eval")) {
      CommandLine command = new CommandLine(new Main()).getSubcommands().get(name);
      List<CommandLine> all = new ArrayList<>(List.of(command));
      all.addAll(command.getSubcommands().values());
      for (CommandLine c : all) {
        c.getCommandSpec()
            .options()
            .forEach(
                o ->
                    assertThat(String.join(" ", o.description())).as(o.longestName()).isNotBlank());
        c.getCommandSpec()
            .positionalParameters()
            .forEach(p -> assertThat(String.join(" ", p.description())).isNotBlank());
      }
    }
    StringWriter help = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(help, true));
    assertThat(cli.execute("ingest", "--help")).isZero();
    assertThat(help.toString())
        .contains("--output", "--delay-ms", "--timeout-s", "--max-redirects");
  }
}
