package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalExtractCommandTest {

  private static final Path ROOT = Path.of(System.getProperty("rassegna.root", ".."));

  @Test
  void printsDirectAndIndirectSnakeCaseMetricsPerFileAndForAllForTheSeedsGold() throws Exception {
    JsonNode report = new ObjectMapper().readTree(onSeeds("--json"));
    JsonNode direct = report.get("all").get("direct");
    assertThat(direct.get("gold_quotations").asInt()).isEqualTo(18);
    assertThat(direct.get("f1").asDouble()).isEqualTo(1.0);
    assertThat(direct.has("speaker_accuracy")).isTrue();
    assertThat(direct.has("wrong_speaker_rate")).isTrue();
    // the seeds' gold annotates direct quotations only, so indirect speech is not scored on it
    assertThat(report.get("all").has("indirect")).isFalse();
    assertThat(report.get("files")).hasSize(1);
    int named = report.get("all").get("speakers_named").asInt();
    assertThat(named).isPositive(); // direct and indirect, scored or not
    assertThat(report.get("all").get("speaker_texts_unclean").asInt()).isBetween(0, named);
    direct.fieldNames().forEachRemaining(k -> assertThat(k).matches("[a-z0-9_]+"));
  }

  @Test
  void theTwoHalvesSplitEachGoldFilesArticlesBetweenThem() throws Exception {
    int a = directOnHalf("A").get("gold_quotations").asInt();
    int b = directOnHalf("B").get("gold_quotations").asInt();
    assertThat(a).isPositive();
    assertThat(b).isPositive();
    assertThat(a + b).isEqualTo(18);
  }

  @Test
  void theListTellsHowEachFoundSpeakerWasTiedToItsQuotation() {
    assertThat(onSeeds("--list").lines().filter(l -> l.startsWith("  found ")))
        .isNotEmpty()
        .allMatch(l -> l.matches(".* speaker (unknown|.+ \\{(cue|antecedent)\\})( \\(.*\\))?"));
  }

  /** The direct metrics of the seeds' gold on one half. */
  private static JsonNode directOnHalf(String half) throws Exception {
    JsonNode report = new ObjectMapper().readTree(onSeeds("--half", half, "--json"));
    assertThat(report.get("files").get(0).get("corpus").asText()).isEqualTo("seeds/" + half);
    return report.get("all").get("direct");
  }

  /**
   * What {@code eval extract} prints on the seeds' gold without named entities, with {@code
   * options}.
   */
  private static String onSeeds(String... options) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    List<String> args = new ArrayList<>();
    args.addAll(List.of("eval", "extract", "--gold"));
    args.add(
        ROOT.resolve("extract/src/test/resources/org/rassegna/extract/gold/seeds-quotations.json")
            .toString());
    args.addAll(List.of("--root", ROOT.toString(), "--words-only"));
    args.addAll(List.of(options));
    assertThat(cli.execute(args.toArray(String[]::new))).isZero();
    return out.toString();
  }
}
