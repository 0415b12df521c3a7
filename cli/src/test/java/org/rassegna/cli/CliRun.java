package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code rassegna} in-process, keeping what it printed, for the command tests. */
final class CliRun {

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /** Runs {@code args}; output accumulates over runs. */
  int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  /** Every option and parameter of {@code command} has a description. */
  static void assertDescribed(CommandLine command) {
    command
        .getCommandSpec()
        .options()
        .forEach(
            o -> assertThat(String.join(" ", o.description())).as(o.longestName()).isNotBlank());
    command
        .getCommandSpec()
        .positionalParameters()
        .forEach(p -> assertThat(String.join(" ", p.description())).isNotBlank());
  }
}
