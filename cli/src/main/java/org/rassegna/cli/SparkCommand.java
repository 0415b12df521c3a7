package org.rassegna.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.rassegna.spark.JobAnnotator;
import org.rassegna.spark.SparkJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rassegna spark}: the pipeline as a Spark job, here on a local Spark. */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the pipeline as an Apache Spark job (Spark 3.5, bundled): ingest and annotate in"
          + " executors (one task per input file), dedup by joins on LSH band keys and sentence"
          + " hashes, clustering in publication order on the driver, then extract, compare and"
          + " brief per story in executors. Gives the groups and stories 'rassegna add' gives"
          + " for the same articles added at once.",
      "Writes under --out one folder of JSON Lines part files each: groups, stories,"
          + " storylines, extractions, comparisons, briefs (one story brief a line) and skipped.",
      "On a cluster, submit org.rassegna.spark.SparkJob instead (see docs/spark.md).",
      ""
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:done", "1:no article could be annotated", "2:wrong usage or option value"})
final class SparkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Files or folders of articles (JSON Lines, HTML, WARC, WARC.gz, text), as for"
              + " 'rassegna brief'.")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Folder to write the results into; it must not exist yet.")
  Path out;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: ${DEFAULT-VALUE}, all local cores).")
  String master = "local[*]";

  @Option(
      names = "--annotator",
      paramLabel = "KIND",
      description =
          "standard (language id, CoreNLP, HeidelTime) or lucene (Lucene's Italian analysis"
              + " only: words and stems, no entities or times; fast). Default: ${DEFAULT-VALUE}.")
  String annotator = "standard";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JobAnnotator kind;
    try {
      kind = JobAnnotator.valueOf(annotator.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      err.println("rassegna: --annotator must be standard or lucene: " + annotator);
      return 2;
    }
    if (Files.exists(this.out)) {
      err.println("rassegna: --out exists already: " + this.out);
      return 2;
    }
    SparkJob.Result r;
    try (JavaSparkContext sc =
        new JavaSparkContext(
            new SparkConf()
                .setMaster(master)
                .setAppName("rassegna")
                .set("spark.ui.enabled", "false")
                .set("spark.log.level", "WARN"))) {
      r =
          SparkJob.run(
              sc,
              inputs,
              this.out.toAbsolutePath().toUri().toString(),
              SparkJob.Settings.DEFAULT.withAnnotator(kind));
    }
    r.skipped().forEach(s -> err.println("skipped " + s.item() + ": " + s.reason()));
    out.printf(
        Locale.ROOT,
        "%d articles, %d groups, %d stories, %d storylines, %d skipped, into %s%n",
        r.articles(),
        r.groups().size(),
        r.clustering().stories().size(),
        r.clustering().storylines().size(),
        r.skipped().size(),
        this.out);
    r.seconds().forEach((stage, s) -> out.printf(Locale.ROOT, "  %-22s %8.1f s%n", stage, s));
    return r.articles() > 0 ? 0 : 1;
  }
}
