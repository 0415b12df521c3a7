package org.rassegna.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.JsonLinesArticleWriter;
import org.rassegna.model.Article;
import org.rassegna.pipeline.Pipeline;
import org.rassegna.pipeline.PipelineConfig;
import org.rassegna.pipeline.Pipelines;
import org.rassegna.spark.JobAnnotator;
import org.rassegna.spark.SparkJob;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna bench spark}: the Spark job against the single-machine pipeline. */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the same articles through the single-machine pipeline (one batch into an in-memory"
          + " store, then refresh: extract and compare every story) and through the Spark job on"
          + " --master, in the same process, and reports articles/s of each, their ratio, the"
          + " seconds per stage and the peak heap (the Spark run's driver and local executors"
          + " share this JVM, so its peak is theirs together).",
      "Inputs: the first N DICE articles (--dice, N at most the file's size) and N synthetic"
          + " variants of DICE (--synthetic: real sentences recombined, 10% near copies, as"
          + " 'bench dedup' makes them), written to --files JSON Lines files (one Spark task"
          + " each). Both sides annotate with Lucene's Italian analysis, so that the figures are"
          + " of the stages and the engine, not of CoreNLP (see BENCHMARKS.md for CoreNLP's"
          + " rate).",
      ""
    })
final class BenchSparkCommand implements Callable<Integer> {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description = "DICE articles, JSON Lines (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data/dice/dice_articles.jsonl");

  @Option(
      names = "--dice",
      split = ",",
      paramLabel = "N",
      description = "Sizes of the DICE runs (default: ${DEFAULT-VALUE}).")
  List<Integer> dice = List.of(10_000);

  @Option(
      names = "--synthetic",
      split = ",",
      paramLabel = "N",
      description = "Sizes of the synthetic runs (default: ${DEFAULT-VALUE}).")
  List<Integer> synthetic = List.of(10_000, 100_000);

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default: ${DEFAULT-VALUE}).")
  String master = "local[2]";

  @Option(
      names = "--files",
      paramLabel = "K",
      description = "Input files per run (default: ${DEFAULT-VALUE}).")
  int files = 8;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of the synthetic articles (default: ${DEFAULT-VALUE}).")
  long seed = 14;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Article> base = Ingest.read(List.of(data), IngestLimits.DEFAULT, a -> {}).articles();
    if (base.isEmpty()) {
      spec.commandLine().getErr().println("rassegna: no article could be read from " + data);
      return 1;
    }
    Path tmp = Files.createTempDirectory("rassegna-bench-spark");
    try (JavaSparkContext sc =
        new JavaSparkContext(
            new SparkConf()
                .setMaster(master)
                .setAppName("rassegna-bench")
                .set("spark.ui.enabled", "false")
                .set("spark.log.level", "WARN"))) {
      SyntheticArticles.Pool pool = null;
      for (int n : dice) {
        run(out, sc, tmp, "dice", base.subList(0, Math.min(n, base.size())));
      }
      for (int n : synthetic) {
        if (pool == null) {
          pool = new SyntheticArticles.Pool(base, LuceneAnnotator.italian());
        }
        SyntheticArticles made = new SyntheticArticles(pool, seed);
        List<Article> articles = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          articles.add(made.next().article());
        }
        run(out, sc, tmp, "synthetic", articles);
      }
    } finally {
      delete(tmp);
    }
    return 0;
  }

  private void run(
      PrintWriter out, JavaSparkContext sc, Path tmp, String name, List<Article> articles)
      throws IOException {
    Path in = tmp.resolve(name + "-" + articles.size());
    int per = (articles.size() + files - 1) / files;
    for (int f = 0; f * per < articles.size(); f++) {
      try (JsonLinesArticleWriter w =
          new JsonLinesArticleWriter(in.resolve(String.format(Locale.ROOT, "%03d.jsonl", f)))) {
        for (Article a : articles.subList(f * per, Math.min(articles.size(), (f + 1) * per))) {
          w.write(a);
        }
      }
    }
    List<Article> read = Ingest.read(List.of(in), IngestLimits.DEFAULT, a -> {}).articles();

    BenchAnnotateCommand.resetPeaks();
    Map<String, Double> single = new LinkedHashMap<>();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    int stories;
    try (Store store = Stores.inMemory()) {
      Pipeline p =
          Pipelines.withAnnotator(
              PipelineConfig.DEFAULT.withThreads(2), store, JobAnnotator.LUCENE.get());
      Pipeline.Update u = p.add(read);
      single.put("add (annotate+dedup+cluster+store)", (System.nanoTime() - t0) / 1e9);
      long t1 = System.nanoTime();
      p.refresh(u.touchedStories());
      single.put("refresh (extract+compare)", (System.nanoTime() - t1) / 1e9);
      stories = u.touchedStories().size();
    }
    double singleSeconds = (System.nanoTime() - t0) / 1e9;
    double singleCpu = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
    long singlePeak = BenchAnnotateCommand.peakHeap() >> 20;

    BenchAnnotateCommand.resetPeaks();
    long s0 = System.nanoTime();
    SparkJob.Result r =
        SparkJob.run(
            sc,
            List.of(in),
            tmp.resolve(name + "-" + articles.size() + "-out").toUri().toString(),
            SparkJob.Settings.DEFAULT.withAnnotator(JobAnnotator.LUCENE));
    double sparkSeconds = (System.nanoTime() - s0) / 1e9;
    long sparkPeak = BenchAnnotateCommand.peakHeap() >> 20;

    out.printf(
        Locale.ROOT,
        "%s, %,d articles (%d files):%n"
            + "  single machine (2 annotating threads): %.1f s, %.1f articles/s, peak heap %,d MB"
            + " (main thread CPU %.1f s), %d stories%n",
        name,
        read.size(),
        files,
        singleSeconds,
        read.size() / singleSeconds,
        singlePeak,
        singleCpu,
        stories);
    single.forEach((stage, s) -> out.printf(Locale.ROOT, "    %-36s %8.1f s%n", stage, s));
    out.printf(
        Locale.ROOT,
        "  spark %s: %.1f s, %.1f articles/s, peak heap %,d MB (driver and executors), %d"
            + " stories%n",
        master,
        sparkSeconds,
        r.articles() / sparkSeconds,
        sparkPeak,
        r.clustering().stories().size());
    r.seconds().forEach((stage, s) -> out.printf(Locale.ROOT, "    %-36s %8.1f s%n", stage, s));
    out.printf(
        Locale.ROOT,
        "  ratio spark/single articles/s: %.2f%n",
        (r.articles() / sparkSeconds) / (read.size() / singleSeconds));
    out.flush();
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
