package org.rassegna.cli;

import org.rassegna.annotate.ParallelAnnotator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --threads}: how many threads annotate, for every command that adds articles. */
final class ThreadsOption {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private int threads = ParallelAnnotator.defaultThreads();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads annotating the articles (default: the available processors, ${DEFAULT-VALUE}).")
  void threads(int n) {
    if (n < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + n);
    }
    threads = n;
  }

  int threads() {
    return threads;
  }
}
