package org.rassegna.cli;

import picocli.CommandLine.Command;

/** {@code rassegna eval}: quality of a stage, measured against gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures the quality of a stage against gold data.",
    subcommands = {
      EvalExtractionCommand.class,
      EvalNerCommand.class,
      EvalExtractCommand.class,
      EvalClustersCommand.class
    })
final class EvalCommand {}
