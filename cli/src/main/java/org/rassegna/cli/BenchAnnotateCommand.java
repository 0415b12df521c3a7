package org.rassegna.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rassegna.annotate.LanguageRoutingAnnotator;
import org.rassegna.annotate.ParallelAnnotator;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.annotate.corenlp.ItalianModels;
import org.rassegna.annotate.corenlp.StockItalianPipeline;
import org.rassegna.annotate.time.HeidelTimeTagger;
import org.rassegna.annotate.time.TimeTagger;
import org.rassegna.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rassegna bench annotate}: throughput and memory of Italian annotation, vs stock CoreNLP.
 */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Annotates articles with our full Italian pipeline (tokens, tags, entities and time"
          + " expressions, as the brief runs it), without time expressions, with HeidelTime on"
          + " the whole text (the time rules not spared where they cannot match), and with"
          + " CoreNLP's stock Italian pipeline (tokenizer, tagger, NER as shipped, no time"
          + " expressions) on the same articles, one thread each, and prints tokens/s and"
          + " articles/s per core and the ratio to the stock tokens/s; then the full pipeline"
          + " on --threads threads (articles/s wall, CPU use, heap per extra thread), each"
          + " model's load time (they load side by side) and the heap. Per-core figures are the"
          + " thread's CPU time, so that a busy machine does not distort them.",
      ""
    })
final class BenchAnnotateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description =
          "JSON Lines articles with a 'text' field (default: ../shared/data/dice/"
              + "dice_articles.jsonl beside the checkout).")
  Path data = Path.of("..", "shared", "data", "dice", "dice_articles.jsonl");

  @Option(
      names = "--articles",
      paramLabel = "N",
      description =
          "Articles annotated by our pipeline, from the start (default: ${DEFAULT-VALUE}).")
  int articles = 100;

  @Option(
      names = "--stock-articles",
      paramLabel = "M",
      description =
          "Articles annotated by the stock pipeline, the first M of the same ones; it is about"
              + " ten times slower (default: ${DEFAULT-VALUE}).")
  int stockArticles = 20;

  @Option(names = "--json", description = "Print one JSON object of metrics instead of text.")
  boolean json;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description =
          "Threads of the parallel run of the full annotation (default: the available processors,"
              + " ${DEFAULT-VALUE}).")
  int threads = ParallelAnnotator.defaultThreads();

  @Override
  public Integer call() throws IOException {
    List<String> texts = read(data, Math.max(articles, stockArticles));
    PrintWriter err = spec.commandLine().getErr();
    resetPeaks();
    LanguageRoutingAnnotator.Loaded loaded = LanguageRoutingAnnotator.standardWithLoadTimes();
    LanguageRoutingAnnotator.LoadTimes load = loaded.seconds();
    err.printf(Locale.ROOT, "models loaded in %.1f s wall%n", load.wall());
    ItalianModels models = ItalianModels.shared();
    HeidelTimeTagger heidelTime = HeidelTimeTagger.italian();
    int n = Math.min(articles, texts.size());
    List<Article> batch = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      batch.add(Article.of("a" + i, texts.get(i)).withLanguage("it"));
    }
    Run core = run(new CoreNlpItalianAnnotator(models, TimeTagger.NONE), batch);
    err.printf(Locale.ROOT, "ours: %d tokens in %.1f s%n", core.tokens, core.seconds);
    CoreNlpItalianAnnotator fullAnnotator = new CoreNlpItalianAnnotator(models, heidelTime);
    Run full = run(fullAnnotator, batch);
    err.printf(Locale.ROOT, "ours with time: %d tokens in %.1f s%n", full.tokens, full.seconds);
    Run everywhere = run(new CoreNlpItalianAnnotator(models, heidelTime.everywhere()), batch);
    err.printf(
        Locale.ROOT,
        "ours with time on the whole text: %d tokens in %.1f s%n",
        everywhere.tokens,
        everywhere.seconds);
    long live = liveHeap();
    Parallel parallel;
    long perThread;
    try (ParallelAnnotator pool = new ParallelAnnotator(fullAnnotator, threads)) {
      parallel = parallel(pool, batch);
      // every thread of the pool now holds its HeidelTime engine and CoreNLP's per-thread state
      perThread = (liveHeap() - live) / threads;
    }
    err.printf(
        Locale.ROOT,
        "ours with time on %d threads: %.1f s wall, %.1f s CPU%n",
        threads,
        parallel.wall,
        parallel.cpu);
    long peak = peakHeap();

    long start = cpu();
    StockItalianPipeline stock = new StockItalianPipeline();
    double stockLoad = seconds(start);
    stock.labels(texts.get(0));
    long stockTokens = 0;
    int m = Math.min(stockArticles, texts.size());
    start = cpu();
    for (int i = 0; i < m; i++) {
      stockTokens += stock.labels(texts.get(i)).size();
    }
    double stockSeconds = seconds(start);
    double stockTps = stockTokens / stockSeconds;

    PrintWriter out = spec.commandLine().getOut();
    double fullTps = full.tokens / full.seconds;
    double coreTps = core.tokens / core.seconds;
    double everywhereTps = everywhere.tokens / everywhere.seconds;
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode o = mapper.createObjectNode();
      o.put("articles", n);
      o.put("tokens", full.tokens);
      o.put("tokens_per_s_with_time", fullTps);
      o.put("articles_per_s_with_time", n / full.seconds);
      o.put("ratio_with_time_vs_stock", fullTps / stockTps);
      o.put("tokens_per_s", coreTps);
      o.put("articles_per_s", n / core.seconds);
      o.put("ratio_vs_stock", coreTps / stockTps);
      o.put("tokens_per_s_with_time_whole_text", everywhereTps);
      o.put("threads", threads);
      o.put("parallel_wall_s", parallel.wall);
      o.put("parallel_cpu_s", parallel.cpu);
      o.put("parallel_articles_per_s", n / parallel.wall);
      o.put("parallel_cpu_use_percent", 100 * parallel.cpu / parallel.wall);
      o.put("heap_per_extra_thread_mb", perThread / 1e6);
      o.put("load_wall_s", load.wall());
      o.put("load_tokenizer_tagger_s", load.tokensAndTags());
      o.put("load_ner_gazette_s", load.entities());
      o.put("load_heideltime_s", load.heidelTime());
      o.put("load_lingua_s", load.lingua());
      o.put("peak_heap_mb", peak / 1e6);
      o.put("live_heap_mb", live / 1e6);
      o.put("stock_articles", m);
      o.put("stock_tokens", stockTokens);
      o.put("stock_tokens_per_s", stockTps);
      o.put("stock_articles_per_s", m / stockSeconds);
      o.put("stock_load_s", stockLoad);
      out.println(mapper.writeValueAsString(o));
    } else {
      out.printf(
          Locale.ROOT,
          "ours, full (tokens, tags, entities, time expressions): %.0f tokens/s, %.2f articles/s"
              + " per core (%d articles, %d tokens): %.1fx the stock tokens/s%n",
          fullTps,
          n / full.seconds,
          n,
          full.tokens,
          fullTps / stockTps);
      out.printf(
          Locale.ROOT,
          "ours without time expressions: %.0f tokens/s per core, %.1fx the stock tokens/s;"
              + " with HeidelTime on the whole text: %.0f tokens/s%n",
          coreTps,
          coreTps / stockTps,
          everywhereTps);
      out.printf(
          Locale.ROOT,
          "ours, full, on %d threads: %.2f articles/s wall, CPU use %.0f%%; heap per extra"
              + " thread %.0f MB%n",
          threads,
          n / parallel.wall,
          100 * parallel.cpu / parallel.wall,
          perThread / 1e6);
      out.printf(
          Locale.ROOT,
          "load, side by side: %.1f s wall (tokenizer and tagger %.1f s, NER and gazette %.1f s,"
              + " HeidelTime %.1f s, Lingua %.1f s)%n",
          load.wall(),
          load.tokensAndTags(),
          load.entities(),
          load.heidelTime(),
          load.lingua());
      out.printf(
          Locale.ROOT,
          "heap: peak %.0f MB (sum of pool peaks), live after GC %.0f MB%n",
          peak / 1e6,
          live / 1e6);
      out.printf(
          Locale.ROOT,
          "stock (tokens, tags, entities): %.0f tokens/s, %.2f articles/s per core"
              + " (%d articles, %d tokens); load %.1f s%n",
          stockTps,
          m / stockSeconds,
          m,
          stockTokens,
          stockLoad);
    }
    out.flush();
    return 0;
  }

  /** The parallel run's wall-clock seconds and the CPU seconds of all the JVM's threads. */
  private record Parallel(double wall, double cpu) {}

  private static Parallel parallel(ParallelAnnotator pool, List<Article> batch) {
    pool.annotateAll(batch.subList(0, Math.min(batch.size(), pool.threads()))); // warm-up
    long cpu = allThreadsCpu();
    long wall = System.nanoTime();
    for (ParallelAnnotator.Outcome o : pool.annotateAll(batch)) {
      if (o instanceof ParallelAnnotator.Failed f) {
        throw new IllegalStateException(f.skipped().item() + ": " + f.skipped().reason());
      }
    }
    return new Parallel((System.nanoTime() - wall) / 1e9, (allThreadsCpu() - cpu) / 1e9);
  }

  /** CPU nanoseconds of the JVM's live threads so far (not its GC and compiler threads). */
  private static long allThreadsCpu() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (long id : mx.getAllThreadIds()) {
      sum += Math.max(0, mx.getThreadCpuTime(id));
    }
    return sum;
  }

  /** Tokens annotated in so many seconds of this thread's CPU time. */
  private record Run(long tokens, double seconds) {}

  private static Run run(CoreNlpItalianAnnotator annotator, List<Article> batch) {
    annotator.annotate(batch.get(0)); // warm-up
    long tokens = 0;
    long start = cpu();
    for (Article a : batch) {
      tokens += annotator.annotate(a).tokens().size();
    }
    return new Run(tokens, seconds(start));
  }

  private static List<String> read(Path file, int limit) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<String> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null && out.size() < limit; line = in.readLine()) {
        if (!line.isBlank()) {
          JsonNode text = mapper.readTree(line).get("text");
          if (text != null && !text.asText().isBlank()) {
            out.add(text.asText());
          }
        }
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no article with a text in " + file);
    }
    return out;
  }

  /**
   * CPU time of this thread, in nanoseconds: throughput per core, which other processes on a busy
   * machine do not distort as they distort wall-clock time.
   */
  private static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static double seconds(long cpuSince) {
    return (cpu() - cpuSince) / 1e9;
  }

  static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The heap in use after a full collection: what the loaded models and caches need. */
  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap's peak. */
  static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }
}
