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
 * {@code rassegna add} of the seeds in two calls (000+001, then all five), then {@code brief --db}:
 * the golden brief of the one-shot {@code brief}, and the second add annotates only the new three.
 */
class AddCommandTest {

  private static final Path ROOT = Path.of(System.getProperty("rassegna.root", ".."));
  private static final Path SEEDS = ROOT.resolve("examples/seeds");
  private static final Path GOLDEN =
      ROOT.resolve("cli/src/test/resources/org/rassegna/cli/seeds-brief.json");

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
  void seedsAddedInTwoCallsBriefAsTheOneShotBrief() throws Exception {
    Path first = tmp.resolve("first");
    Files.createDirectories(first);
    for (String f : new String[] {"000_c383cbd319f7ce4f.txt", "001_5d5f1c6bd4a7931f.txt"}) {
      Files.copy(SEEDS.resolve(f), first.resolve(f));
    }
    String db = tmp.resolve("r.db").toString();
    assertThat(run("add", first.toString(), "--db", db, "--no-progress")).isZero();
    assertThat(out.toString()).contains("added 2 articles").contains("stories changed: s1");
    assertThat(run("add", SEEDS.toString(), "--db", db, "--no-progress")).isZero();
    assertThat(out.toString())
        .contains("added 3 articles")
        .contains("already stored 2 articles")
        .contains("store: 5 articles, 2 stories");
    Path brief = tmp.resolve("brief");
    assertThat(run("brief", "--db", db, "-o", brief.toString())).isZero();
    assertThat(Files.readString(brief.resolve("brief.json"))).isEqualTo(Files.readString(GOLDEN));
    assertThat(run("brief", "--db", db, "--story", "s1", "-o", tmp.resolve("one").toString()))
        .isZero();
    assertThat(err.toString()).contains("1 story in 1 storyline");
    assertThat(run("brief", "--db", db, "--story", "s99", "-o", tmp.resolve("x").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("no story s99");
  }

  @Test
  void helpDescribesEveryOption() {
    CommandLine main = new CommandLine(new Main());
    CliRun.assertDescribed(main.getSubcommands().get("add"));
    assertThat(run("add", "--help")).isZero();
    assertThat(out.toString()).contains("--db=URL").contains("rassegna.db");
    assertThat(run("add", tmp.toString(), "--similarity", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--similarity must be in (0, 1]: 0.0");
    assertThat(run("brief", "-o", tmp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("give INPUT files or folders, or --db");
  }
}
