package org.rassegna.cli;

import picocli.CommandLine.Command;

/** {@code rassegna bench}: throughput and memory of a stage. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures the throughput and memory of a stage.",
    subcommands = {
      BenchAnnotateCommand.class,
      BenchBriefCommand.class,
      BenchDedupCommand.class,
      BenchClusterCommand.class,
      BenchStoreCommand.class,
      BenchServeCommand.class,
      BenchExtractionCommand.class,
      BenchSparkCommand.class
    })
final class BenchCommand {}
