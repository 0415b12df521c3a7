package org.rassegna.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random damage to the web fixtures (cut short anywhere, bytes overwritten): every source
 * reads or skips with a reason, and never throws.
 */
class RobustnessTest {

  private static final Path RES =
      Path.of(
          System.getProperty("rassegna.root", ".."),
          "ingest/src/test/resources/org/rassegna/ingest");

  @TempDir Path dir;

  @Test
  void damagedPagesFeedsAndArchivesNeverThrow() throws Exception {
    Random random = new Random(20250212L);
    String[] fixtures = {
      "html/telefonata-trump-putin.html",
      "html/inflazione-windows-1252.html",
      "feed/esteri.rss",
      "feed/cronaca.atom",
      "warc/sample.warc",
      "warc/sample.warc.gz"
    };
    for (String fixture : fixtures) {
      byte[] original = Files.readAllBytes(RES.resolve(fixture));
      String name = Path.of(fixture).getFileName().toString();
      for (int round = 0; round < 25; round++) {
        byte[] damaged = Arrays.copyOf(original, 1 + random.nextInt(original.length));
        for (int i = random.nextInt(4); i > 0; i--) {
          damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
        }
        Path file = Files.createDirectories(dir.resolve("r" + round)).resolve(name);
        Files.write(file, damaged);
        Ingest.Result c =
            Ingest.read(List.of(new PathArticleSource(file, IngestLimits.DEFAULT)), article -> {});
        assertThat(c.skipped()).as(fixture).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
        assertThat(c.articles()).as(fixture).allSatisfy(a -> assertThat(a.text()).isNotBlank());
      }
    }
  }
}
