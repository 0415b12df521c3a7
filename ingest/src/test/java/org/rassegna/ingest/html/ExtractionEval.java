package org.rassegna.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.ingest.html.ExtractionBenchmark.Split;

/**
 * Article-body extraction on three public sets: the article-extraction benchmark (181 pages, {@code
 * ../shared/data/html-extraction}; published F1: trafilatura 2.0 0.958, newspaper4k 0.949,
 * Readability.js 0.947), WCXB's 788 development article pages (published mean word F1:
 * rs-trafilatura 0.932, trafilatura 0.926) and L3S-GN1's 621 news pages, both in {@code
 * ../shared/data/html-dev}. Figures measured with {@code rassegna eval extraction --data DIR
 * [--split DEV|HELD_OUT]}; the held-out third of the two development sets was not looked at while
 * writing rules.
 */
class ExtractionEval {

  private static final Path SHARED =
      Path.of(System.getProperty("rassegna.shared", "../../shared"), "data");

  @Test
  void benchmarkScoresAtLeastTheRecordedF1() throws Exception {
    List<ExtractionBenchmark.Page> pages =
        pages(
            "html-extraction",
            "512e9a9498912047a966e22f47302e849dfa45dca1f555d97588317dac7e5a3d",
            Split.ALL);
    ExtractionMetric.Summary s = ExtractionBenchmark.summarise(pages);
    assertThat(s.pages()).isEqualTo(181);
    assertThat(s.f1()).isGreaterThanOrEqualTo(0.9783 - 0.0005);
    assertThat(s.precision()).isGreaterThan(0.96);
    assertThat(s.recall()).isGreaterThan(0.96);
  }

  @Test
  void wcxbArticlesScoreAtLeastTheRecordedWordF1() throws Exception {
    String sha = "34fce2a8d1d058382ff01f548d14b0ccde553849837db16c8794d0c6734d51a4";
    List<ExtractionBenchmark.Page> all = pages("html-dev/wcxb-dev-articles", sha, Split.ALL);
    assertThat(all).hasSize(788);
    assertThat(ExtractionBenchmark.meanWordF1(all)).isGreaterThanOrEqualTo(WCXB_ALL - 0.0005);
    List<ExtractionBenchmark.Page> held =
        all.stream().filter(p -> Split.HELD_OUT.admits(p.id())).toList();
    assertThat(ExtractionBenchmark.meanWordF1(held)).isGreaterThanOrEqualTo(WCXB_HELD - 0.0005);
    assertThat(ExtractionBenchmark.titleAccuracy(all).accuracy()).isGreaterThan(TITLE - 0.005);
    assertThat(ExtractionBenchmark.publishedAccuracy(all).accuracy())
        .isGreaterThan(PUBLISHED - 0.005);
  }

  @Test
  void l3sNewsPagesScoreAtLeastTheRecordedF1() throws Exception {
    List<ExtractionBenchmark.Page> all =
        pages(
            "html-dev/l3s-gn1",
            "35258ffed2cf65c132ff9ae60a8a7415d2043a7676eaf26215fc3f5cb47d8364",
            Split.ALL);
    assertThat(all).hasSize(621);
    assertThat(ExtractionBenchmark.summarise(all).f1()).isGreaterThanOrEqualTo(L3S_ALL - 0.0005);
  }

  private static final double WCXB_ALL = 0.9357;
  private static final double WCXB_HELD = 0.9322;
  private static final double TITLE = 0.7728;
  private static final double PUBLISHED = 0.7763;
  private static final double L3S_ALL = 0.9085;

  private static List<ExtractionBenchmark.Page> pages(String set, String sha256, Split split)
      throws Exception {
    Path dir = SHARED.resolve(set);
    Path truth = dir.resolve("ground-truth.json");
    assumeTrue(Files.isRegularFile(truth), "extraction data absent: " + dir);
    String sha =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(truth)));
    assertThat(sha).as(truth + " changed: re-measure and re-record").isEqualTo(sha256);
    return ExtractionBenchmark.run(dir, split);
  }
}
