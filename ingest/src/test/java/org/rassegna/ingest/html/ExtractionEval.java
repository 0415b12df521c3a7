package org.rassegna.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Article-body extraction on the public article-extraction benchmark (181 real pages, {@code
 * ../shared/data/html-extraction}). Published F1 on it: trafilatura 2.0 0.958, newspaper4k 0.949,
 * Readability.js 0.947.
 */
class ExtractionEval {

  private static final Path DATA =
      Path.of(System.getProperty("rassegna.shared", "../../shared"), "data/html-extraction");
  private static final String GROUND_TRUTH_SHA256 =
      "512e9a9498912047a966e22f47302e849dfa45dca1f555d97588317dac7e5a3d";

  /** Measured with {@code rassegna eval extraction --data ../shared/data/html-extraction}. */
  private static final double RECORDED_F1 = 0.9783;

  @Test
  void scoresAtLeastTheRecordedF1() throws Exception {
    Path truth = DATA.resolve("ground-truth.json");
    assumeTrue(Files.isRegularFile(truth), "benchmark data absent: " + DATA);
    String sha =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(truth)));
    assertThat(sha)
        .as("ground-truth.json changed: re-measure and re-record")
        .isEqualTo(GROUND_TRUTH_SHA256);

    List<ExtractionBenchmark.Page> pages = ExtractionBenchmark.run(DATA);
    ExtractionMetric.Summary s = ExtractionBenchmark.summarise(pages);
    assertThat(s.pages()).isEqualTo(181);
    assertThat(s.f1()).isGreaterThanOrEqualTo(RECORDED_F1 - 0.0005);
    assertThat(s.precision()).isGreaterThan(0.96);
    assertThat(s.recall()).isGreaterThan(0.96);
  }
}
