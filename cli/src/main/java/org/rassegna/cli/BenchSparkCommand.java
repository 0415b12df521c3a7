package org.rassegna.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.cluster.OnlineStoryClusterer;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.JsonLinesArticleWriter;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Story;
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
      "Runs the same articles through the single-machine pipeline (added in publication order,"
          + " --batch articles at a time, into an SQLite store file, then refresh: extract and"
          + " compare every story) and through the Spark job on --master, in the same process,"
          + " and reports articles/s of each, their ratio, the wall and CPU seconds per stage"
          + " (CPU: of this JVM, so in local mode the executors' too) and the peak heap, as the"
          + " sum of the pools' peaks and as the most in use after a collection (the Spark run's"
          + " driver and local executors share this JVM, so its peak is theirs together).",
      "Inputs: the first N DICE articles (--dice, N at most the file's size) and N synthetic"
          + " variants of DICE (--synthetic: real sentences recombined, 10% near copies, as"
          + " 'bench dedup' makes them), written to --files JSON Lines files (one Spark task"
          + " each). Both sides annotate with Lucene's Italian analysis, so that the figures are"
          + " of the stages and the engine, not of CoreNLP (see BENCHMARKS.md for CoreNLP's"
          + " rate).",
      ""
    })
final class BenchSparkCommand implements Callable<Integer> {

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
      names = "--batch",
      paramLabel = "N",
      description = "Articles per add of the single-machine side (default: ${DEFAULT-VALUE}).")
  int batch = 2_000;

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
    try (HeapAfterGc heap = new HeapAfterGc();
        JavaSparkContext sc =
            new JavaSparkContext(
                new SparkConf()
                    .setMaster(master)
                    .setAppName("rassegna-bench")
                    .set("spark.ui.enabled", "false")
                    .set("spark.log.level", "WARN"))) {
      SyntheticArticles.Pool pool = null;
      for (int n : dice) {
        List<Article> first = base.subList(0, Math.min(n, base.size()));
        run(out, sc, heap, "dice", write(tmp, "dice", first.iterator(), first.size()));
      }
      for (int n : synthetic) {
        if (pool == null) {
          pool = new SyntheticArticles.Pool(base, LuceneAnnotator.italian());
        }
        SyntheticArticles made = new SyntheticArticles(pool, seed);
        Iterator<Article> articles = Stream.generate(() -> made.next().article()).iterator();
        run(out, sc, heap, "synthetic", write(tmp, "synthetic", articles, n));
      }
    } finally {
      delete(tmp);
    }
    return 0;
  }

  /** Writes {@code n} articles to {@link #files} JSON Lines files in a new folder under tmp. */
  private Path write(Path tmp, String name, Iterator<Article> articles, int n) throws IOException {
    Path in = tmp.resolve(name + "-" + n);
    int per = (n + files - 1) / files;
    for (int f = 0; f * per < n; f++) {
      try (JsonLinesArticleWriter w =
          new JsonLinesArticleWriter(in.resolve(String.format(Locale.ROOT, "%03d.jsonl", f)))) {
        for (int i = f * per; i < Math.min(n, (f + 1) * per); i++) {
          w.write(articles.next());
        }
      }
    }
    return in;
  }

  private void run(PrintWriter out, JavaSparkContext sc, HeapAfterGc heap, String name, Path in)
      throws IOException {
    List<Article> read =
        new ArrayList<>(
            publicationOrder(Ingest.read(List.of(in), IngestLimits.DEFAULT, a -> {}).articles()));
    int n = read.size();

    BenchAnnotateCommand.resetPeaks();
    heap.reset();
    Map<String, double[]> single = new LinkedHashMap<>();
    long cpu = BenchServeCommand.processCpuNanos();
    long t0 = System.nanoTime();
    int stories;
    try (Store store = Stores.sqlite(in.resolveSibling(in.getFileName() + ".db"))) {
      Pipeline p =
          Pipelines.withAnnotator(
              PipelineConfig.DEFAULT.withThreads(2), store, JobAnnotator.LUCENE.get());
      for (int from = 0; from < read.size(); from += batch) {
        p.add(read.subList(from, Math.min(read.size(), from + batch)));
      }
      // stored now: the refresh reads them from the store and the Spark side from the files, so
      // they need not stay in the heap through both
      read = null;
      single.put("add (annotate+dedup+cluster+store)", since(t0, cpu));
      long t1 = System.nanoTime();
      long c1 = BenchServeCommand.processCpuNanos();
      List<String> ids = store.stories().stream().map(Story::id).toList();
      p.refresh(ids);
      single.put("refresh (extract+compare)", since(t1, c1));
      stories = ids.size();
    }
    double[] singleTotal = since(t0, cpu);
    long singlePeak = BenchAnnotateCommand.peakHeap() >> 20;
    long singleLive = heap.peak() >> 20;
    out.printf(
        Locale.ROOT,
        "%s, %,d articles (%d files):%n"
            + "  single machine (2 annotating threads, adds of %,d): %.1f s, %.1f articles/s, CPU"
            + " %.1f s (%.2f ms/article), peak heap %,d MB, after GC %,d MB, %d stories%n",
        name,
        n,
        files,
        batch,
        singleTotal[0],
        n / singleTotal[0],
        singleTotal[1],
        1e3 * singleTotal[1] / n,
        singlePeak,
        singleLive,
        stories);
    single.forEach((stage, s) -> stage(out, stage, s[0], s[1]));
    // printed before the Spark side runs: a long run stopped there still shows it
    out.flush();
    BenchAnnotateCommand.resetPeaks();
    heap.reset();
    long s0 = System.nanoTime();
    long sc0 = BenchServeCommand.processCpuNanos();
    SparkJob.Result r =
        SparkJob.run(
            sc,
            List.of(in),
            in.resolveSibling(in.getFileName() + "-out").toUri().toString(),
            SparkJob.Settings.DEFAULT.withAnnotator(JobAnnotator.LUCENE));
    double[] sparkTotal = since(s0, sc0);
    long sparkPeak = BenchAnnotateCommand.peakHeap() >> 20;
    long sparkLive = heap.peak() >> 20;

    out.printf(
        Locale.ROOT,
        "  spark %s: %.1f s, %.1f articles/s, CPU %.1f s (%.2f ms/article), peak heap %,d MB,"
            + " after GC %,d MB (driver and executors), %d stories%n",
        master,
        sparkTotal[0],
        r.articles() / sparkTotal[0],
        sparkTotal[1],
        1e3 * sparkTotal[1] / r.articles(),
        sparkPeak,
        sparkLive,
        r.clustering().stories().size());
    r.seconds().forEach((stage, s) -> stage(out, stage, s, r.cpuSeconds().get(stage)));
    out.printf(
        Locale.ROOT,
        "  ratio spark/single articles/s: %.2f (by CPU: %.2f)%n",
        singleTotal[0] / sparkTotal[0],
        singleTotal[1] / sparkTotal[1]);
    out.flush();
  }

  private static void stage(PrintWriter out, String stage, double wall, double cpu) {
    out.printf(Locale.ROOT, "    %-36s %8.1f s, CPU %8.1f s%n", stage, wall, cpu);
  }

  /** Wall and CPU seconds of this JVM since the given readings. */
  private static double[] since(long wallNanos, long cpuNanos) {
    return new double[] {
      (System.nanoTime() - wallNanos) / 1e9, (BenchServeCommand.processCpuNanos() - cpuNanos) / 1e9
    };
  }

  /**
   * The articles in the order the clusterer reads them, known before annotation: the bench's
   * annotator finds no time expressions, so an article's day is its publication day, as its
   * analysis without tokens has it. Added in this order, batch after batch, the pipeline gives what
   * one add of all gives (no batch holds an article earlier than the last one stored).
   */
  private static List<Article> publicationOrder(List<Article> articles) {
    return articles.stream()
        .map(a -> new AnnotatedArticle(a, "it", List.of(), List.of()))
        .sorted(OnlineStoryClusterer.PUBLICATION_ORDER)
        .map(AnnotatedArticle::article)
        .toList();
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
