package org.rassegna.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.rassegna.ingest.html.ArticleBodyExtractor;
import org.rassegna.ingest.html.ExtractionBenchmark;
import org.rassegna.ingest.html.PageMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna bench extraction}: how many pages per second one core turns into bodies. */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Measures HTML extraction on the pages of a set (html/<id>.html.gz), read and decoded"
          + " into memory first: parsing (jsoup), the article body and the page metadata, on one"
          + " thread. One warm-up round is not counted, then --rounds rounds are.",
      "Prints pages, megabytes of HTML, the elapsed time and the thread's CPU time (steadier on"
          + " a busy machine), and pages/s per core from the CPU time.",
      ""
    })
final class BenchExtractionCommand implements Callable<Integer> {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The set's folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data/html-dev/wcxb-dev-articles");

  @Option(
      names = "--rounds",
      paramLabel = "N",
      description = "Measured rounds over all pages (default: ${DEFAULT-VALUE}).")
  int rounds = 2;

  @Option(names = "--json", description = "Print one JSON object of the metrics.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (rounds < 1) {
      err.println("rassegna: --rounds must be at least 1");
      return 2;
    }
    Path html = data.resolve("html");
    if (!Files.isDirectory(html)) {
      err.println("rassegna: no html folder in " + data);
      return 1;
    }
    List<String> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(html)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith(".html.gz")) {
          pages.add(ExtractionBenchmark.page(data, name.substring(0, name.length() - 8)));
        }
      }
    }
    if (pages.isEmpty()) {
      err.println("rassegna: no pages in " + html);
      return 1;
    }
    double megabytes = pages.stream().mapToLong(String::length).sum() / 1e6;
    ArticleBodyExtractor extractor = new ArticleBodyExtractor();
    long chars = round(pages, extractor); // warm-up
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    for (int i = 0; i < rounds; i++) {
      chars += round(pages, extractor);
    }
    double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
    double wallSeconds = (System.nanoTime() - wall) / 1e9;
    int measured = pages.size() * rounds;
    double perCore = measured / cpuSeconds;
    if (json) {
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("pages", pages.size());
      o.put("rounds", rounds);
      o.put("html_mb", megabytes);
      o.put("wall_seconds", wallSeconds);
      o.put("cpu_seconds", cpuSeconds);
      o.put("pages_per_cpu_second", perCore);
      out.println(o);
    } else {
      out.printf(
          Locale.ROOT,
          "pages %d (%.1f MB of HTML) x %d rounds: %.1f s elapsed, %.1f s CPU, %.1f pages/s per"
              + " core (%.1f pages/s elapsed); %d characters of bodies and titles%n",
          pages.size(),
          megabytes,
          rounds,
          wallSeconds,
          cpuSeconds,
          perCore,
          measured / wallSeconds,
          chars);
    }
    out.flush();
    return 0;
  }

  /** One pass over the pages; the body lengths, so that the work cannot be skipped. */
  private static long round(List<String> pages, ArticleBodyExtractor extractor) {
    long chars = 0;
    for (String page : pages) {
      Document doc = Jsoup.parse(page);
      chars += extractor.extract(doc).length();
      String title = PageMetadata.of(doc).title();
      chars += title == null ? 0 : title.length();
    }
    return chars;
  }
}
