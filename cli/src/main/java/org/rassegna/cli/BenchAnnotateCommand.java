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
      "Annotates articles with our Italian pipeline (CoreNLP tokens, tags and entities,"
          + " HeidelTime) and with CoreNLP's stock Italian pipeline (tokenizer, tagger, NER as"
          + " shipped) on the same articles, one thread each, and prints tokens/s and"
          + " articles/s per core, model load time, peak heap and the ratio of tokens/s.",
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
  int articles = 300;

  @Option(
      names = "--stock-articles",
      paramLabel = "M",
      description =
          "Articles annotated by the stock pipeline, the first M of the same ones; it is about"
              + " ten times slower (default: ${DEFAULT-VALUE}).")
  int stockArticles = 30;

  @Option(names = "--json", description = "Print one JSON object of metrics instead of text.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    List<String> texts = read(data, Math.max(articles, stockArticles));
    PrintWriter err = spec.commandLine().getErr();
    resetPeaks();
    long start = System.nanoTime();
    CoreNlpItalianAnnotator ours =
        new CoreNlpItalianAnnotator(ItalianModels.shared(), HeidelTimeTagger.italian());
    double ourLoad = seconds(start);
    err.printf(Locale.ROOT, "our pipeline loaded in %.1f s%n", ourLoad);
    ours.annotate(Article.of("warm-up", texts.get(0)));
    long ourTokens = 0;
    start = System.nanoTime();
    int n = Math.min(articles, texts.size());
    for (int i = 0; i < n; i++) {
      ourTokens += ours.annotate(Article.of("a" + i, texts.get(i))).tokens().size();
    }
    double ourSeconds = seconds(start);
    long ourPeak = peakHeap();
    err.printf(Locale.ROOT, "ours: %d articles, %d tokens in %.1f s%n", n, ourTokens, ourSeconds);

    start = System.nanoTime();
    StockItalianPipeline stock = new StockItalianPipeline();
    double stockLoad = seconds(start);
    stock.labels(texts.get(0));
    long stockTokens = 0;
    int m = Math.min(stockArticles, texts.size());
    start = System.nanoTime();
    for (int i = 0; i < m; i++) {
      stockTokens += stock.labels(texts.get(i)).size();
    }
    double stockSeconds = seconds(start);
    long peak = peakHeap();

    double ourTps = ourTokens / ourSeconds;
    double stockTps = stockTokens / stockSeconds;
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode o = mapper.createObjectNode();
      o.put("threads", 1);
      o.put("articles", n);
      o.put("tokens", ourTokens);
      o.put("tokens_per_s", ourTps);
      o.put("articles_per_s", n / ourSeconds);
      o.put("load_s", ourLoad);
      o.put("peak_heap_mb", ourPeak / 1e6);
      o.put("stock_articles", m);
      o.put("stock_tokens", stockTokens);
      o.put("stock_tokens_per_s", stockTps);
      o.put("stock_articles_per_s", m / stockSeconds);
      o.put("stock_load_s", stockLoad);
      o.put("peak_heap_both_mb", peak / 1e6);
      o.put("ratio_vs_stock", ourTps / stockTps);
      out.println(mapper.writeValueAsString(o));
    } else {
      out.printf(
          Locale.ROOT,
          "ours:  %.0f tokens/s, %.2f articles/s per core (%d articles, %d tokens);"
              + " load %.1f s; peak heap %.0f MB%n",
          ourTps,
          n / ourSeconds,
          n,
          ourTokens,
          ourLoad,
          ourPeak / 1e6);
      out.printf(
          Locale.ROOT,
          "stock: %.0f tokens/s, %.2f articles/s per core (%d articles, %d tokens); load %.1f s%n",
          stockTps,
          m / stockSeconds,
          m,
          stockTokens,
          stockLoad);
      out.printf(
          Locale.ROOT,
          "ratio: %.1fx the stock tokens/s; peak heap with both loaded %.0f MB%n",
          ourTps / stockTps,
          peak / 1e6);
    }
    out.flush();
    return 0;
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

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap's peak. */
  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }
}
