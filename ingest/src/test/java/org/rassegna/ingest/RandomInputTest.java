package org.rassegna.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded random inputs: whatever the bytes, every file ends as an article or as a skipped item with
 * a reason, and nothing throws. A failure names its seed, so it can be replayed.
 */
class RandomInputTest {

  private static final long SEED = 20250212L;
  private static final String[] PIECES = {
    "{",
    "}",
    "\"text\"",
    ":",
    "\"",
    ",",
    "\"id\"",
    "[",
    "]",
    "null",
    "\n",
    "è",
    "“",
    "\\u00e8",
    "\\",
    "1e999",
    "date 2025-02-12 ",
    "\r\n",
    "\u0000",
    "\uFEFF"
  };

  @TempDir Path dir;

  @Test
  void randomBytesNeverBreakTheBatch() throws Exception {
    Random random = new Random(SEED);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[random.nextInt(2000)];
      random.nextBytes(bytes);
      if (i % 3 == 0) { // mostly text with a few bad bytes: the hard case for charset detection
        for (int j = 0; j < bytes.length; j++) {
          bytes[j] = random.nextInt(50) == 0 ? bytes[j] : (byte) (' ' + random.nextInt(95));
        }
      }
      Files.write(dir.resolve("f" + i + (i % 2 == 0 ? ".txt" : ".jsonl")), bytes);
    }
    checkEveryItemIsAccounted(200);
  }

  @Test
  void randomJsonFragmentsNeverBreakTheBatch() throws Exception {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 100; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = random.nextInt(60); j > 0; j--) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      Files.writeString(dir.resolve("j" + i + ".jsonl"), b, StandardCharsets.UTF_8);
    }
    Ingest.Result r = Ingest.read(List.of(dir), IngestLimits.DEFAULT, a -> {});
    assertThat(r.skipped()).allSatisfy(s -> assertThat(s.reason()).as("seed " + SEED).isNotBlank());
    assertThat(r.articles()).allSatisfy(a -> assertThat(a.text()).isNotBlank());
  }

  private void checkEveryItemIsAccounted(int files) {
    Ingest.Result r = Ingest.read(List.of(dir), IngestLimits.DEFAULT, a -> {});
    assertThat(r.skipped()).allSatisfy(s -> assertThat(s.reason()).as("seed " + SEED).isNotBlank());
    long textFiles =
        r.articles().stream().filter(a -> !a.id().contains(".jsonl:")).count()
            + r.skipped().stream().filter(s -> s.item().endsWith(".txt")).count();
    assertThat(textFiles)
        .as("every .txt file is read or skipped, seed " + SEED)
        .isEqualTo(files / 2);
  }
}
