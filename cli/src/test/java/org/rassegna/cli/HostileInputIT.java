package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest}, {@code brief} and {@code add} over a folder of every hostile input of the corpus
 * (ingest/src/test/resources/org/rassegna/ingest/hostile, see its README) beside good articles:
 * every bad one reported with its reason, every good one read (added once, however often {@code
 * add} runs), exit code 0, no hang, a bounded heap, and no byte of the local secret (a file an
 * external entity names, and a loopback page a feed links to) in any output or in the store.
 */
class HostileInputIT {

  private static final Path ROOT = Path.of(System.getProperty("rassegna.root", ".."));
  private static final Path INGEST = ROOT.resolve("ingest/src/test/resources/org/rassegna/ingest");
  private static final String GOOD =
      "Il consiglio comunale di Lecco ha approvato ieri sera il bilancio del 2025. Il sindaco"
          + " Mario Rossi ha detto che i lavori del nuovo ponte inizieranno a marzo.\n";

  @TempDir Path dir;
  private Path in;
  private String secret;
  private ServerSocket server;

  @BeforeEach
  void corpus() throws Exception {
    secret = "SEGRETO-" + UUID.randomUUID();
    Path secretFile = dir.resolve("segreto.txt");
    Files.writeString(secretFile, secret);
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread serving = new Thread(this::serve, "hostile-loopback");
    serving.setDaemon(true);
    serving.start();
    String port = Integer.toString(server.getLocalPort());

    in = Files.createDirectories(dir.resolve("in"));
    try (Stream<Path> files = Files.list(INGEST.resolve("hostile"))) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".template")) {
          String xml =
              Files.readString(f)
                  .replace("/SECRET_PATH", secretFile.toAbsolutePath().toString())
                  .replace("PORT", port);
          Files.writeString(in.resolve(name.replace(".template", "")), xml);
        } else if (!name.equals("README.md")) {
          Files.copy(f, in.resolve(name));
        }
      }
    }
    // generated here, too big to commit
    Files.writeString(in.resolve("big-30mb.txt"), GOOD.repeat(30 * 1024 * 1024 / GOOD.length()));
    Files.writeString(
        in.resolve("nested-divs.html"),
        "<html><body>" + "<div>".repeat(100_000) + GOOD + "</div>".repeat(100_000));
    Files.writeString(
        in.resolve("huge-string.jsonl"),
        "{\"id\":\"lunga\",\"text\":\"" + "parola ".repeat(150_000) + "\"}\n");
    Files.writeString(
        in.resolve("nested-arrays.jsonl"),
        "{\"id\":\"annidata\",\"text\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}\n");
    Path loop = Files.createDirectories(in.resolve("loop"));
    Files.createSymbolicLink(loop.resolve("su"), in);
    Files.createSymbolicLink(in.resolve("a.txt"), in.resolve("b.txt"));
    Files.createSymbolicLink(in.resolve("b.txt"), in.resolve("a.txt"));
    // good ones, some with awkward names
    Files.writeString(in.resolve("con spazi.txt"), GOOD);
    Files.writeString(in.resolve("a\ncapo.txt"), GOOD.replace("Lecco", "Como"));
    Files.writeString(in.resolve("perché-è-così.txt"), GOOD.replace("Lecco", "Sondrio"));
    Files.copy(INGEST.resolve("html/telefonata-trump-putin.html"), in.resolve("telefonata.html"));
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  /** Serves the secret at /secret and a redirect to the cloud metadata address at /redirect. */
  private void serve() {
    while (!server.isClosed()) {
      try (Socket client = server.accept()) {
        BufferedReader request =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
        String line = request.readLine();
        String head =
            line != null && line.contains(" /redirect ")
                ? "HTTP/1.1 302 Found\r\nLocation: http://169.254.169.254/latest/meta-data/\r\n"
                : "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n";
        byte[] body =
            ("<html><body><p>" + secret + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        OutputStream out = client.getOutputStream();
        out.write(
            (head + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  @Test
  void ingestReportsEveryBadInputReadsTheGoodOnesAndLeaksNothing() throws Exception {
    CliRun cli = new CliRun();
    Path jsonl = dir.resolve("out/articles.jsonl");
    int code =
        assertTimeoutPreemptively(
            Duration.ofMinutes(2), // a hang guard, not a speed test: a normal run takes seconds
            () -> cli.run("ingest", in.toString(), "-o", jsonl.toString(), "--no-progress"));
    String err = cli.err.toString();
    assertThat(code).as(err).isZero();
    assertEveryBadInputReported(err);
    assertLinksRefused(err);
    assertThat(err).contains("skipped 17,");
    List<String> ids = ids(jsonl);
    assertThat(ids)
        .as(ids.toString())
        .hasSize(8)
        .contains("lunga", "nested-divs", "truncated-mid-tag", "invalid-utf8-middle");
    assertNoSecret(dir.resolve("out"), err + cli.out);
  }

  @Test
  void briefOverTheSameFolderWritesABriefAndLeaksNothing() throws Exception {
    CliRun cli = new CliRun();
    Path out = dir.resolve("brief");
    int code =
        assertTimeoutPreemptively(
            Duration.ofMinutes(4),
            () -> cli.run("brief", in.toString(), "-o", out.toString(), "--no-progress"));
    String err = cli.err.toString();
    assertThat(code).as(err).isZero();
    assertThat(err).contains("big-30mb.txt: too large").contains("entity-bomb.rss: invalid feed");
    assertThat(Files.list(out).map(p -> p.getFileName().toString()).toList())
        .contains("brief.html", "brief.md");
    assertNoSecret(out, err + cli.out);
  }

  @Test
  void addStoresTheGoodOnesOnceReportsTheBadOnesAndLeaksNothing() throws Exception {
    CliRun cli = new CliRun();
    Path store = Files.createDirectories(dir.resolve("store")).resolve("rassegna.db");
    String[] add = {"add", in.toString(), "--db", store.toString(), "--no-progress"};
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    // hang guards, not speed tests: see docs/robustness.md for the times measured
    int code = assertTimeoutPreemptively(Duration.ofMinutes(10), () -> cli.run(add));
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .mapToLong(p -> p.getPeakUsage().getUsed())
            .sum();
    String err = cli.err.toString();
    assertThat(code).as(err).isZero();
    assertEveryBadInputReported(err);
    // add reads local files only, never the network: the feed's four items keep their summary
    assertThat(cli.out.toString())
        .contains("added 12 articles: ")
        .contains("lunga", "nested-divs", "truncated-mid-tag", "invalid-utf8-middle")
        .contains("already stored 0 articles")
        .contains("store: 12 articles");

    long t0 = System.nanoTime();
    int again = assertTimeoutPreemptively(Duration.ofMinutes(4), () -> cli.run(add));
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(again).isZero();
    assertThat(cli.out.toString())
        .contains("added 0 articles")
        .contains("already stored 12 articles")
        .contains("stories changed: \n")
        .endsWith("store: 12 articles, " + storyCount(cli.out.toString()) + "\n");
    System.out.printf(
        Locale.ROOT,
        "add: heap peak %d MB above %d MB at the start; the second add took %.1f s%n",
        (peak - heapBefore) >> 20,
        heapBefore >> 20,
        seconds);
    assertNoSecret(store.getParent(), cli.err + cli.out.toString());
    // a loose bound (the pools' peaks, garbage included, models loaded): well inside -Xmx3g, so
    // no input made the run hold its declared or real size many times over
    assertThat(peak - heapBefore)
        .as("heap peak %d MB above %d MB", (peak - heapBefore) >> 20, heapBefore >> 20)
        .isLessThan(5L << 29);
  }

  /** The stories the first add reported, so the second must report the same count. */
  private static String storyCount(String out) {
    Matcher m = Pattern.compile("store: 12 articles, (\\d+ stor(?:y|ies))").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return m.group(1);
  }

  private static void assertEveryBadInputReported(String err) {
    assertThat(err)
        .contains("binary.txt: binary")
        .contains("empty.txt: empty")
        .contains("truncated.warc.gz#1: malformed or truncated WARC record")
        .contains("utf16-no-bom.txt: binary")
        .contains("loop/su: symbolic link to a folder: not followed")
        .contains("a.txt: broken symbolic link")
        .contains("b.txt: broken symbolic link")
        .contains("big-30mb.txt: too large")
        .contains("garbage.warc#1: malformed or truncated WARC record")
        .contains("length-lies.warc#1 https://bugiardo.example/a: unreadable record")
        .contains("entity-bomb.rss: invalid feed")
        .contains("external-entity.rss: invalid feed")
        .contains("nested-arrays.jsonl:1: malformed JSON");
  }

  /** {@code ingest} follows feed links, and refuses these before connecting. */
  private void assertLinksRefused(String err) {
    String port = Integer.toString(server.getLocalPort());
    assertThat(err)
        .contains("local-links.rss#1 file:")
        .contains("local-links.rss#2 http://127.0.0.1:" + port + "/secret: refused")
        .contains("local-links.rss#3 http://169.254.169.254/latest/meta-data/: refused")
        .contains("local-links.rss#4 http://127.0.0.1:" + port + "/redirect: refused");
  }

  private void assertNoSecret(Path outputs, String printed) throws IOException {
    assertThat(printed).doesNotContain(secret);
    try (Stream<Path> files = Files.walk(outputs)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f, StandardCharsets.ISO_8859_1))
            .as(f.toString())
            .doesNotContain(secret)
            .doesNotContain(secret.substring(0, 12));
      }
    }
  }

  private static List<String> ids(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(jsonl)) {
      JsonNode n = json.readTree(line);
      ids.add(n.get("id").asText());
    }
    return ids;
  }
}
