package org.rassegna.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rassegna.model.Article;

/**
 * Seeded random input per reader, as Lucene's checkRandomData: random bytes and random mutations
 * (flipped bytes, cuts, repeated and inserted ranges, markup pieces) of each reader's fixture. No
 * reader may throw, everything is read or skipped with a reason, and every article keeps its text
 * through the JSON Lines file byte for byte, so a span into the text read means the same characters
 * after it is stored. A failure names its seed and case.
 */
class RandomReaderInputTest {

  private static final long SEED = 20261202L;
  private static final Path FIXTURES = Path.of("src/test/resources/org/rassegna/ingest");
  private static final String[] PIECES = {
    "<",
    ">",
    "</p>",
    "<p>",
    "<div>",
    "<![CDATA[",
    "]]>",
    "&amp;",
    "&#0;",
    "&#xD800;",
    "&bogus;",
    "<item>",
    "</item>",
    "<script>",
    "\r\n",
    "WARC/1.0\r\n",
    "Content-Length: 7\r\n",
    "\u0000",
    "\uFEFF",
    "è",
    "\"",
    "{",
    "}",
    "\\u",
    "\n"
  };

  @TempDir Path dir;

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("html", "html/telefonata-trump-putin.html"),
        Arguments.of("rss", "feed/esteri.rss"),
        Arguments.of("atom", "feed/cronaca.atom"),
        Arguments.of("warc", "warc/sample.warc"),
        Arguments.of("warc.gz", "warc/sample.warc.gz"),
        Arguments.of("txt", "hostile/invalid-utf8-middle.txt"),
        Arguments.of("jsonl", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void randomAndMutatedInputNeverThrowsAndKeepsTexts(String ext, String fixture) throws Exception {
    byte[] original =
        fixture == null
            ? ("{\"id\":\"x\",\"title\":\"Titolo\",\"text\":\"Il sindaco ha parlato ieri. è\"}\n"
                    + "{\"id\":\"y\",\"text\":\"Seconda riga \\u00e8 \\ud83d\\ude00\"}\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)
            : Files.readAllBytes(FIXTURES.resolve(fixture));
    Random random = new Random(SEED ^ ext.hashCode());
    Path in = Files.createDirectories(dir.resolve("in"));
    int n = 60;
    for (int i = 0; i < n; i++) {
      byte[] bytes = i < 10 ? randomBytes(random) : mutate(original, random);
      Files.write(in.resolve(String.format(java.util.Locale.ROOT, "f%03d.%s", i, ext)), bytes);
    }
    String as = "seed " + SEED + ", ." + ext;
    Ingest.Result read = Ingest.read(List.of(in), IngestLimits.DEFAULT, a -> {});
    assertThat(read.skipped()).as(as).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
    assertThat(read.articles().size() + read.skipped().size()).as(as).isPositive();
    Path jsonl = dir.resolve("round.jsonl");
    try (JsonLinesArticleWriter writer = new JsonLinesArticleWriter(jsonl)) {
      for (Article a : read.articles()) {
        writer.write(a);
      }
    }
    Ingest.Result back = Ingest.read(List.of(jsonl), IngestLimits.DEFAULT, a -> {});
    assertThat(back.articles()).as(as).hasSameSizeAs(read.articles());
    for (int i = 0; i < read.articles().size(); i++) {
      Article a = read.articles().get(i);
      assertThat(a.text()).as(as + " " + a.id()).isNotBlank();
      assertThat(back.articles().get(i).text()).as(as + " " + a.id()).isEqualTo(a.text());
      assertThat(back.articles().get(i).title()).as(as + " " + a.id()).isEqualTo(a.title());
    }
  }

  private static byte[] randomBytes(Random random) {
    byte[] b = new byte[random.nextInt(3000)];
    random.nextBytes(b);
    return b;
  }

  /** A few random edits of the fixture. */
  private static byte[] mutate(byte[] original, Random random) {
    byte[] b = original.clone();
    for (int edits = 1 + random.nextInt(6); edits > 0 && b.length > 0; edits--) {
      int at = random.nextInt(b.length);
      switch (random.nextInt(5)) {
        case 0 -> b[at] = (byte) random.nextInt(256);
        case 1 -> b = Arrays.copyOf(b, at); // truncated
        case 2 -> b = splice(b, at, Arrays.copyOfRange(b, at, Math.min(b.length, at + 200)));
        case 3 ->
            b =
                splice(
                    b,
                    at,
                    PIECES[random.nextInt(PIECES.length)].getBytes(
                        java.nio.charset.StandardCharsets.UTF_8));
        default -> b = splice(b, at, randomBytes(random));
      }
    }
    return b;
  }

  private static byte[] splice(byte[] b, int at, byte[] insert) {
    byte[] out = new byte[b.length + insert.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(b, at, out, at + insert.length, b.length - at);
    return out;
  }
}
