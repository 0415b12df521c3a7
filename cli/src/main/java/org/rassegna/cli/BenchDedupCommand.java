package org.rassegna.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.dedup.Deduplication;
import org.rassegna.dedup.MinHashDeduplicator;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.AnnotatedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna bench dedup}: how the cost of dedup grows with the number of articles. */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Measures MinHashDeduplicator on synthetic articles made of real DICE sentences (6–20"
          + " sentences each; 10%% edited copies of a recent article, 5%% lifting two of its"
          + " sentences), adding them one at a time to one index, at 10k, 100k and 1M articles"
          + " (the sizes up to --scale), after a warm-up of 20k articles.",
      "Prints, per size, the time spent adding (elapsed, and the adding thread's CPU time,"
          + " steadier on a busy machine), articles/s, the heap the index holds after a full GC,"
          + " and how the time grows from one size to the next (at linear cost, 10× the"
          + " articles take 10× the time).",
      "Run with enough heap for the largest size, e.g. RASSEGNA_JAVA_OPTS=-Xmx4g.",
      ""
    })
final class BenchDedupCommand implements Callable<Integer> {

  private static final int[] SIZES = {10_000, 100_000, 1_000_000};
  private static final int WARM_UP = 20_000;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Spec CommandSpec spec;

  @Option(
      names = "--scale",
      paramLabel = "N",
      description = "The largest number of articles to measure (default: ${DEFAULT-VALUE}).")
  int scale = 1_000_000;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description =
          "DICE articles (JSON Lines) whose sentences make the synthetic articles"
              + " (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data/dice/dice_articles.jsonl");

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Seed of the synthetic articles (default: ${DEFAULT-VALUE}).")
  long seed = 12L;

  @Option(names = "--json", description = "Print one JSON object of the metrics.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (scale < 1) {
      err.println("rassegna: --scale must be at least 1");
      return 2;
    }
    Ingest.Result read = Ingest.read(List.of(data), IngestLimits.DEFAULT, a -> {});
    if (read.articles().isEmpty()) {
      err.println("rassegna: no article could be read from " + data);
      return 1;
    }
    long t0 = System.nanoTime();
    SyntheticArticles.Pool pool =
        new SyntheticArticles.Pool(read.articles(), LuceneAnnotator.italian());
    double poolSeconds = (System.nanoTime() - t0) / 1e9;
    // warm-up, so that the first size is not measured while the JIT compiles
    SyntheticArticles warmUp = new SyntheticArticles(pool, seed + 1);
    MinHashDeduplicator warmDedup = new MinHashDeduplicator();
    for (int i = 0; i < Math.min(WARM_UP, scale); i++) {
      warmDedup.add(warmUp.next());
    }
    long baseline = usedAfterGc();
    err.printf(
        Locale.ROOT,
        "pooled %d sentences of %d DICE articles in %.1f s%n",
        pool.size(),
        read.articles().size(),
        poolSeconds);

    List<Integer> sizes = new ArrayList<>();
    for (int n : SIZES) {
      if (n < scale) {
        sizes.add(n);
      }
    }
    sizes.add(scale);
    ObjectNode metrics = new ObjectMapper().createObjectNode();
    metrics.put("base_articles", read.articles().size());
    metrics.put("pooled_sentences", pool.size());
    metrics.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
    double previousSeconds = 0;
    double previousCpuSeconds = 0;
    int previousSize = 0;
    for (int n : sizes) {
      resetPeaks();
      SyntheticArticles articles = new SyntheticArticles(pool, seed);
      MinHashDeduplicator dedup = new MinHashDeduplicator();
      long adding = 0;
      long addingCpu = 0;
      long words = 0;
      for (int i = 0; i < n; i++) {
        AnnotatedArticle a = articles.next();
        words += a.tokens().size();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        dedup.add(a);
        adding += System.nanoTime() - start;
        addingCpu += THREADS.getCurrentThreadCpuTime() - cpu;
      }
      Deduplication result = dedup.result();
      double seconds = adding / 1e9;
      double cpuSeconds = addingCpu / 1e9;
      long heap = usedAfterGc() - baseline;
      String k = "_" + n;
      metrics.put("seconds" + k, round(seconds));
      metrics.put("cpu_seconds" + k, round(cpuSeconds));
      metrics.put("articles_per_s" + k, Math.round(n / seconds));
      metrics.put("words_per_s" + k, Math.round(words / seconds));
      metrics.put("heap_mb" + k, heap >> 20);
      metrics.put("peak_heap_mb" + k, peakHeap() >> 20);
      metrics.put("index_mb" + k, dedup.indexBytes() >> 20);
      metrics.put("independent_sources" + k, result.groups().size());
      metrics.put("near_duplicates" + k, result.nearDuplicates().size());
      metrics.put("copied_passages" + k, result.passages().size());
      String growth = "";
      if (previousSize > 0) {
        double ratio = seconds / previousSeconds;
        double cpuRatio = cpuSeconds / previousCpuSeconds;
        metrics.put("time_ratio_" + n + "_vs_" + previousSize, round(ratio));
        metrics.put("cpu_time_ratio_" + n + "_vs_" + previousSize, round(cpuRatio));
        growth =
            String.format(
                Locale.ROOT,
                "; %.1f× the articles took %.2f× the time (%.2f× the CPU time)",
                (double) n / previousSize,
                ratio,
                cpuRatio);
      }
      err.printf(
          Locale.ROOT,
          "%,d articles: %.1f s adding (%.1f s CPU), %,d articles/s, index heap %,d MB (peak heap %,d MB),"
              + " %,d groups, %,d near duplicates, %,d copied passages%s%n",
          n,
          seconds,
          cpuSeconds,
          Math.round(n / seconds),
          heap >> 20,
          peakHeap() >> 20,
          result.groups().size(),
          result.nearDuplicates().size(),
          result.passages().size(),
          growth);
      previousSeconds = seconds;
      previousCpuSeconds = cpuSeconds;
      previousSize = n;
    }
    if (json) {
      out.println(metrics);
    } else {
      out.println(metrics.toPrettyString());
    }
    out.flush();
    return 0;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks since the last reset: an upper bound of the peak heap. */
  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
