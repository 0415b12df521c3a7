package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvalExtractCommandTest {

  private static final Path ROOT = Path.of(System.getProperty("rassegna.root", ".."));

  @Test
  void printsOneJsonObjectOfSnakeCaseMetricsForTheSeedsGold() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    int code =
        cli.execute(
            "eval",
            "extract",
            "--gold",
            ROOT.resolve(
                    "extract/src/test/resources/org/rassegna/extract/gold/seeds-quotations.json")
                .toString(),
            "--root",
            ROOT.toString(),
            "--words-only",
            "--json");
    assertThat(code).isZero();
    JsonNode metrics = new ObjectMapper().readTree(out.toString());
    assertThat(metrics.get("gold_quotations").asInt()).isEqualTo(18);
    assertThat(metrics.get("f1").asDouble()).isEqualTo(1.0);
    assertThat(metrics.has("speaker_accuracy")).isTrue();
    metrics.fieldNames().forEachRemaining(k -> assertThat(k).matches("[a-z0-9_]+"));
  }
}
