package org.rassegna.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.cluster.OnlineStoryClusterer;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Clustering;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna bench cluster}: throughput and memory of the online story clusterer. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Clusters articles into events and storylines and reports articles per second (wall"
          + " clock, and per second of CPU time of the one thread clustering) and peak heap.",
      "With --input, the articles are read and annotated first (timed apart) and held in"
          + " memory; with --synthetic, generated articles are streamed through the clusterer"
          + " one by one, so the heap is the clusterer's own.",
      ""
    })
final class BenchClusterCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double MB = 1024.0 * 1024.0;

  static final class Workload {
    @Option(
        names = "--input",
        paramLabel = "PATH",
        description = "Articles to cluster: a JSON Lines file, a text file, or a folder.")
    @Nullable Path input;

    @Option(
        names = "--synthetic",
        paramLabel = "N",
        description = "Cluster N generated articles (seeded, so every run is the same).")
    int synthetic;
  }

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Workload workload;

  @Option(
      names = "--language",
      paramLabel = "CODE",
      description =
          "Language of --input (BCP-47), choosing the word analysis (default: ${DEFAULT-VALUE}).")
  String language = "it";

  @Option(
      names = "--pairs",
      paramLabel = "CSV",
      description =
          "Pairs of article ids that tell one event (a CSV file with a header, the two ids in"
              + " its first two columns, e.g. DICE's silver duplicates): reports the share of"
              + " pairs read that end in one event.")
  @Nullable Path pairs;

  @Mixin ClusterOptions settings = new ClusterOptions();

  @Option(names = "--json", description = "Print one JSON object of metrics on stdout.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Map<String, Object> metrics = new LinkedHashMap<>();
    OnlineStoryClusterer.Session session =
        new OnlineStoryClusterer(settings.parameters()).session();
    Clustering clustering;
    long start;
    long end;
    long cpuStart;
    int maxOpen = 0;
    int articles;
    if (workload.input != null) {
      Ingest.Result read = Ingest.read(List.of(workload.input), IngestLimits.DEFAULT, a -> {});
      if (read.articles().isEmpty()) {
        err.println("rassegna: no article could be read from " + workload.input);
        return 1;
      }
      Annotator annotator = LuceneAnnotator.forLanguage(language);
      long annotateStart = System.nanoTime();
      List<AnnotatedArticle> annotated = new ArrayList<>();
      for (Article a : read.articles()) {
        annotated.add(annotator.annotate(a));
      }
      metrics.put("annotate_s", (System.nanoTime() - annotateStart) / 1e9);
      annotated.sort(OnlineStoryClusterer.PUBLICATION_ORDER);
      metrics.put("input_heap_mb", settledHeapMb());
      resetPeaks();
      cpuStart = cpuNanos();
      start = System.nanoTime();
      for (AnnotatedArticle a : annotated) {
        session.add(a);
        maxOpen = Math.max(maxOpen, session.openEvents());
      }
      clustering = session.finish();
      end = System.nanoTime();
      articles = annotated.size();
      metrics.put("skipped", read.skipped().size());
    } else {
      if (workload.synthetic < 1) {
        err.println("rassegna: --synthetic needs a positive number of articles");
        return 2;
      }
      SyntheticEventArticles generator = new SyntheticEventArticles(workload.synthetic);
      resetPeaks();
      cpuStart = cpuNanos();
      start = System.nanoTime();
      while (generator.hasNext()) {
        session.add(generator.next());
        maxOpen = Math.max(maxOpen, session.openEvents());
      }
      clustering = session.finish();
      end = System.nanoTime();
      articles = workload.synthetic;
    }
    double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
    double seconds = (end - start) / 1e9;
    metrics.put("articles", articles);
    metrics.put("events", clustering.stories().size());
    metrics.put("storylines", clustering.storylines().size());
    metrics.put("max_open_events", maxOpen);
    metrics.put("cluster_s", seconds);
    metrics.put("articles_per_s", articles / seconds);
    metrics.put("cpu_s", cpuSeconds);
    metrics.put("articles_per_cpu_s", articles / cpuSeconds);
    metrics.put("peak_heap_mb", peakHeapMb());
    metrics.put("max_heap_mb", Runtime.getRuntime().maxMemory() / MB);
    sizes(clustering, metrics);
    if (pairs != null) {
      together(clustering, pairs, metrics);
    }
    settings.addTo(metrics);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(toJson(metrics));
    } else {
      metrics.forEach(
          (k, v) ->
              out.println(
                  k + ": " + (v instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : v)));
    }
    out.flush();
    return 0;
  }

  /**
   * The distribution of event sizes: how many of one article, the median, the 99th, the largest.
   */
  private static void sizes(Clustering clustering, Map<String, Object> metrics) {
    int[] sizes =
        clustering.stories().stream().mapToInt(s -> s.articleIds().size()).sorted().toArray();
    metrics.put("single_article_events", Arrays.stream(sizes).filter(n -> n == 1).count());
    metrics.put("median_event_size", sizes[sizes.length / 2]);
    metrics.put("p99_event_size", sizes[(int) Math.min(sizes.length - 1, sizes.length * 0.99)]);
    metrics.put("largest_event", sizes[sizes.length - 1]);
  }

  /** The share of the given pairs (both articles clustered) that end in one event. */
  private static void together(Clustering clustering, Path csv, Map<String, Object> metrics)
      throws IOException {
    Map<String, String> event = new HashMap<>();
    clustering.stories().forEach(s -> s.articleIds().forEach(id -> event.put(id, s.id())));
    int found = 0;
    int together = 0;
    for (String[] p : PairsCsv.read(csv)) {
      if (event.containsKey(p[0]) && event.containsKey(p[1])) {
        found++;
        if (event.get(p[0]).equals(event.get(p[1]))) {
          together++;
        }
      }
    }
    metrics.put("pairs", found);
    metrics.put("pairs_in_one_event", found == 0 ? 0.0 : (double) together / found);
  }

  private static String toJson(Map<String, Object> metrics) {
    try {
      return JSON.writeValueAsString(metrics);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("numbers and strings always serialise", e);
    }
  }

  /** Used heap after a collection: what the input held in memory takes. */
  private static double settledHeapMb() {
    System.gc();
    Runtime r = Runtime.getRuntime();
    return (r.totalMemory() - r.freeMemory()) / MB;
  }

  /** CPU time of this thread: the clusterer runs on it alone, and the machine may be busy. */
  private static long cpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }

  private static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks since the reset: an upper bound of the peak heap used. */
  private static double peakHeapMb() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / MB;
  }
}
