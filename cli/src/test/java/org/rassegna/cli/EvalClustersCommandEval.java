package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Story clustering on real labelled headlines (UCI News Aggregator, 3,318 English titles of 10–12
 * March 2014 in 44 stories), titles only. The settings were chosen on the tuning half (stories
 * whose id ranks even); the figures recorded here are what the defaults gave on each half and on
 * the whole file (B-cubed F1 0.891 tuning, 0.867 held out, 0.890 all; 0.889 with times ignored,
 * where the ids' order and the window of 100 articles stand in for the clock), asserted with a
 * small margin. The English background table in the term weights raised the held-out half from
 * 0.850 and the file with times ignored from 0.854; the window of articles closing dated events too
 * raised the whole file from 0.849 (0.874 with a window of 200 articles, 0.890 with 100). A naive
 * single-pass TF-IDF baseline scores 0.62. Full articles: DICE, below.
 */
class EvalClustersCommandEval {

  private static final Path GOLD =
      Path.of(System.getProperty("rassegna.shared", "../../shared"))
          .resolve("data/headlines/headlines-dev.jsonl");
  private static final String SHA256 =
      "7d1c0866a5d03c13d463864e18ca9afb6dfcd275ec252d761586cacaa2e2edb1";

  private static final Path DICE =
      Path.of(System.getProperty("rassegna.shared", "../../shared")).resolve("data/dice");

  @BeforeAll
  static void theDataIsTheOneMeasured() throws Exception {
    assumeThat(Files.isRegularFile(GOLD)).as("shared data beside the checkout").isTrue();
    assertThat(sha256(GOLD)).isEqualTo(SHA256);
  }

  private static String sha256(Path file) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static JsonNode eval(String... extra) throws Exception {
    String[] args = {"--gold", GOLD.toString(), "--label-field", "story"};
    String[] all = new String[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return run(all);
  }

  private static JsonNode run(String... args) throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    String[] all = new String[args.length + 3];
    all[0] = "eval";
    all[1] = "clusters";
    System.arraycopy(args, 0, all, 2, args.length);
    all[all.length - 1] = "--json";
    assertThat(cli.execute(all)).isZero();
    return new ObjectMapper().readTree(out.toString());
  }

  /**
   * Full articles: DICE's undated local crime reports, the gold clusters being the groups its
   * silver duplicate pairs connect (1,444 articles in 595 groups, reports of one event among many
   * of the same kind). The split pass on specific content raised B-cubed F1 from 0.647 to 0.686,
   * conflicting figures and days (conflict factor 0.5) to 0.694, the window of 100 articles (was
   * 200) to 0.730.
   */
  @Test
  void fullArticlesOfOneEventAreToldFromOthersOfTheirKind() throws Exception {
    Path articles = DICE.resolve("dice_articles.jsonl");
    Path pairs = DICE.resolve("duplicate.csv");
    assumeThat(Files.isRegularFile(articles) && Files.isRegularFile(pairs)).isTrue();
    assertThat(sha256(articles))
        .isEqualTo("9812e4adecb123805a1e1b74d8e1fb68f732f9d5dcf30e3daf2e3fe313bee139");
    assertThat(sha256(pairs))
        .isEqualTo("bdbee523914dfe1d99f0679670c7f554e67cc3a65b0691003f1fe3f7fa3d1d44");
    String[] args = {
      "--gold", articles.toString(), "--pairs", pairs.toString(), "--language", "it"
    };
    JsonNode split = run(args);
    assertThat(split.get("articles").asInt()).isEqualTo(1444);
    assertThat(split.get("gold_clusters").asInt()).isEqualTo(595);
    assertThat(split.get("bcubed_f1").asDouble()).isGreaterThanOrEqualTo(0.725);
    String[] off = java.util.Arrays.copyOf(args, args.length + 2);
    off[args.length] = "--min-shared-specific";
    off[args.length + 1] = "0";
    assertThat(run(off).get("bcubed_f1").asDouble()).isLessThan(split.get("bcubed_f1").asDouble());
  }

  @Test
  void theWholeFileReachesTheRecordedBcubedF1() throws Exception {
    JsonNode m = eval();
    assertThat(m.get("articles").asInt()).isEqualTo(3318);
    assertThat(m.get("gold_clusters").asInt()).isEqualTo(44);
    assertThat(m.get("bcubed_f1").asDouble()).isGreaterThanOrEqualTo(0.885);
    assertThat(m.get("pairwise_f1").asDouble()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void theHeldOutHalfScoresLikeTheTuningHalf() throws Exception {
    assertThat(eval("--split", "tune").get("bcubed_f1").asDouble()).isGreaterThanOrEqualTo(0.885);
    assertThat(eval("--split", "holdout").get("bcubed_f1").asDouble()).isGreaterThanOrEqualTo(0.86);
  }

  @Test
  void wordsAloneStillBeatTheNaiveBaseline() throws Exception {
    assertThat(eval("--ignore-time").get("bcubed_f1").asDouble()).isGreaterThanOrEqualTo(0.885);
  }
}
