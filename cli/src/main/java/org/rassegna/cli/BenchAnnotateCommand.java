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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
      "Annotates articles with our Italian pipeline, without and with time expressions"
          + " (HeidelTime), and with CoreNLP's stock Italian pipeline (tokenizer, tagger, NER as"
          + " shipped, no time expressions) on the same articles, one thread each, and prints"
          + " tokens/s and articles/s per core, model load time, heap and the ratio of tokens/s"
          + " for the same work. Times are the thread's CPU time, so that a busy machine does"
          + " not distort them.",
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

  @Override
  public Integer call() throws IOException {
    List<String> texts = read(data, Math.max(articles, stockArticles));
    PrintWriter err = spec.commandLine().getErr();
    resetPeaks();
    long wall = System.nanoTime();
    long start = cpu();
    ItalianModels models = ItalianModels.shared();
    double load = seconds(start);
    double loadWall = (System.nanoTime() - wall) / 1e9;
    start = cpu();
    HeidelTimeTagger heidelTime = HeidelTimeTagger.italian();
    double timeLoad = seconds(start);
    err.printf(Locale.ROOT, "our models loaded in %.1f s + %.1f s%n", load, timeLoad);
    int n = Math.min(articles, texts.size());
    Run core = run(new CoreNlpItalianAnnotator(models, TimeTagger.NONE), texts, n);
    err.printf(Locale.ROOT, "ours: %d tokens in %.1f s%n", core.tokens, core.seconds);
    Run full = run(new CoreNlpItalianAnnotator(models, heidelTime), texts, n);
    err.printf(Locale.ROOT, "ours with time: %d tokens in %.1f s%n", full.tokens, full.seconds);
    long peak = peakHeap();
    long live = liveHeap();

    start = cpu();
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
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode o = mapper.createObjectNode();
      o.put("threads", 1);
      o.put("articles", n);
      o.put("tokens", core.tokens);
      o.put("tokens_per_s", core.tokens / core.seconds);
      o.put("articles_per_s", n / core.seconds);
      o.put("tokens_per_s_with_time", full.tokens / full.seconds);
      o.put("articles_per_s_with_time", n / full.seconds);
      o.put("load_s", load);
      o.put("load_wall_s", loadWall);
      o.put("time_load_s", timeLoad);
      o.put("peak_heap_mb", peak / 1e6);
      o.put("live_heap_mb", live / 1e6);
      o.put("stock_articles", m);
      o.put("stock_tokens", stockTokens);
      o.put("stock_tokens_per_s", stockTps);
      o.put("stock_articles_per_s", m / stockSeconds);
      o.put("stock_load_s", stockLoad);
      o.put("ratio_vs_stock", core.tokens / core.seconds / stockTps);
      o.put("ratio_with_time_vs_stock", full.tokens / full.seconds / stockTps);
      out.println(mapper.writeValueAsString(o));
    } else {
      out.printf(
          Locale.ROOT,
          "ours (tokens, tags, entities): %.0f tokens/s, %.2f articles/s per core"
              + " (%d articles, %d tokens); load %.1f s CPU, %.1f s wall%n",
          core.tokens / core.seconds,
          n / core.seconds,
          n,
          core.tokens,
          load,
          loadWall);
      out.printf(
          Locale.ROOT,
          "ours with time expressions:    %.0f tokens/s, %.2f articles/s per core; HeidelTime"
              + " load %.1f s%n",
          full.tokens / full.seconds,
          n / full.seconds,
          timeLoad);
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
      out.printf(
          Locale.ROOT,
          "ratio: %.1fx the stock tokens/s (%.1fx with time expressions)%n",
          core.tokens / core.seconds / stockTps,
          full.tokens / full.seconds / stockTps);
    }
    out.flush();
    return 0;
  }

  /** Tokens annotated in so many seconds of this thread's CPU time. */
  private record Run(long tokens, double seconds) {}

  private static Run run(CoreNlpItalianAnnotator annotator, List<String> texts, int n) {
    annotator.annotate(Article.of("warm-up", texts.get(0)));
    long tokens = 0;
    long start = cpu();
    for (int i = 0; i < n; i++) {
      tokens += annotator.annotate(Article.of("a" + i, texts.get(i))).tokens().size();
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

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The heap in use after a full collection: what the loaded models and caches need. */
  private static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap's peak. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }
}
