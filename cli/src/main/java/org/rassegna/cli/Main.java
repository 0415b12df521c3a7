package org.rassegna.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code rassegna}: turns many news articles about the same events into cited briefs. */
@Command(
    name = "rassegna",
    mixinStandardHelpOptions = true,
    version = "rassegna 0.1.0",
    description = {
      "Turns many news articles about the same events into stories: groups the articles by"
          + " event and writes a brief in which every sentence cites the articles it comes from.",
      ""
    },
    subcommands = {
      IngestCommand.class,
      AddCommand.class,
      DedupCommand.class,
      BriefCommand.class,
      ServeCommand.class,
      WatchCommand.class,
      SparkCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      ExtractCommand.class,
      BackgroundDfCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (for tests: no {@code System.exit}). */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
