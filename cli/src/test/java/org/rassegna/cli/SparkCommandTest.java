package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code rassegna spark} and {@code bench spark}: every option described, and wrong usage refused
 * before a Spark starts (the job itself is tested in the spark module's ITs).
 */
class SparkCommandTest {

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void helpDescribesEveryOption() {
    CommandLine main = new CommandLine(new Main());
    CliRun.assertDescribed(main.getSubcommands().get("spark"));
    CliRun.assertDescribed(main.getSubcommands().get("bench").getSubcommands().get("spark"));
    assertThat(run("spark", "--help")).isZero();
    assertThat(out.toString()).contains("--out=DIR").contains("--master=URL").contains("local[*]");
  }

  @Test
  void wrongUsageIsRefusedBeforeSparkStarts() throws Exception {
    assertThat(run("spark", tmp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--out");
    String fresh = tmp.resolve("out").toString();
    assertThat(run("spark", tmp.toString(), "--out", fresh, "--annotator", "bert")).isEqualTo(2);
    assertThat(err.toString()).contains("--annotator must be standard or lucene: bert");
    Files.createDirectories(tmp.resolve("there"));
    assertThat(run("spark", tmp.toString(), "--out", tmp.resolve("there").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--out exists already");
  }
}
