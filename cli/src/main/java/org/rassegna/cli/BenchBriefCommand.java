package org.rassegna.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rassegna bench brief}: the whole pipeline on the first N articles of a file, as {@code
 * rassegna brief} runs it, with its seconds per stage, CPU use and peak memory.
 */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a brief of the first --articles articles of --data with 'rassegna brief' in this"
          + " JVM and prints the seconds of each stage (as the brief reports them, model loading"
          + " in annotate), the wall-clock seconds, articles/s, the CPU use (the process's user +"
          + " system CPU time over the wall-clock time: 200%% is two cores busy), the peak"
          + " resident memory (VmHWM) and the most heap in use right after a collection (what"
          + " the run's objects needed at most, an upper bound: the rest of the heap is the"
          + " collector's headroom). CPU and resident memory are read from /proc/self, so on"
          + " Linux only; elsewhere they are left out.",
      ""
    })
final class BenchBriefCommand implements Callable<Integer> {

  /** The brief's report of its stages: "seconds: annotate 12.3 (models included), …". */
  private static final Pattern STAGE = Pattern.compile("([a-z][a-z ]+?) (\\d+\\.\\d)");

  /** Clock ticks per second of /proc/self/stat's CPU times: 100 on Linux. */
  private static final double TICKS_PER_SECOND = 100.0;

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description =
          "JSON Lines articles (default: ../shared/data/dice/dice_articles.jsonl beside the"
              + " checkout).")
  Path data = Path.of("..", "shared", "data", "dice", "dice_articles.jsonl");

  @Option(
      names = "--articles",
      paramLabel = "N",
      description = "Articles briefed, from the start of --data (default: ${DEFAULT-VALUE}).")
  int articles = 1000;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description =
          "Threads annotating, passed to the brief (default: the available processors,"
              + " ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Where the brief goes (default: a temporary folder, deleted afterwards).")
  Path output;

  @Option(names = "--json", description = "Print one JSON object of metrics instead of text.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Path input = Files.createTempFile("rassegna-bench-brief", ".jsonl");
    boolean temporary = output == null;
    Path out = temporary ? Files.createTempDirectory("rassegna-bench-brief") : output;
    try {
      int n = copyFirst(data, input, articles);
      StringWriter briefErr = new StringWriter();
      CommandLine brief = new CommandLine(new Main());
      brief.setErr(new PrintWriter(briefErr, true));
      double cpu = processCpuSeconds();
      long wall = System.nanoTime();
      int code;
      long liveHeap;
      try (HeapAfterGc heap = new HeapAfterGc()) {
        code =
            brief.execute(
                "brief",
                input.toString(),
                "-o",
                out.toString(),
                "--threads",
                String.valueOf(threads),
                "--no-progress");
        liveHeap = heap.peak();
      }
      double seconds = (System.nanoTime() - wall) / 1e9;
      cpu = processCpuSeconds() - cpu;
      if (code != 0) {
        spec.commandLine().getErr().print(briefErr);
        return code;
      }
      report(
          n, seconds, cpu, liveHeap, stages(briefErr.toString()), lastLines(briefErr.toString()));
      return 0;
    } finally {
      Files.deleteIfExists(input);
      if (temporary) {
        try (var files = Files.walk(out)) {
          for (Path f : files.sorted((a, b) -> b.compareTo(a)).toList()) {
            Files.delete(f);
          }
        }
      }
    }
  }

  private void report(
      int n, double seconds, double cpu, long liveHeap, Map<String, Double> stages, String summary)
      throws IOException {
    double peakRss = peakRssMb();
    double liveHeapMb = liveHeap / (1024.0 * 1024.0);
    double maxHeapMb = Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
    PrintWriter w = spec.commandLine().getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode o = mapper.createObjectNode();
      o.put("articles", n);
      o.put("threads", threads);
      o.put("wall_s", seconds);
      o.put("articles_per_s", n / seconds);
      ObjectNode s = o.putObject("stage_s");
      stages.forEach(s::put);
      if (cpu >= 0) {
        o.put("cpu_s", cpu);
        o.put("cpu_use_percent", 100 * cpu / seconds);
      }
      if (peakRss >= 0) {
        o.put("peak_rss_mb", peakRss);
      }
      o.put("peak_heap_after_gc_mb", liveHeapMb);
      o.put("max_heap_mb", maxHeapMb);
      w.println(mapper.writeValueAsString(o));
    } else {
      w.print(summary);
      w.printf(
          Locale.ROOT,
          "brief of %d articles on %d threads: %.1f s wall, %.2f articles/s%n",
          n,
          threads,
          seconds,
          n / seconds);
      stages.forEach((stage, s) -> w.printf(Locale.ROOT, "  %s: %.1f s%n", stage, s));
      if (cpu >= 0) {
        w.printf(Locale.ROOT, "CPU: %.1f s, use %.0f%%%n", cpu, 100 * cpu / seconds);
      }
      if (peakRss >= 0) {
        w.printf(Locale.ROOT, "peak RSS: %.0f MB%n", peakRss);
      }
      w.printf(
          Locale.ROOT,
          "peak heap after GC: %.0f MB (of a %.0f MB maximum heap)%n",
          liveHeapMb,
          maxHeapMb);
    }
    w.flush();
  }

  /** Copies the first {@code n} non-blank lines; returns how many there were. */
  private static int copyFirst(Path from, Path to, int n) throws IOException {
    List<String> lines = new ArrayList<>(n);
    try (BufferedReader in = Files.newBufferedReader(from, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null && lines.size() < n; line = in.readLine()) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
    }
    Files.write(to, lines, StandardCharsets.UTF_8);
    return lines.size();
  }

  /** The stages and their seconds from the brief's "seconds: …" line. */
  private static Map<String, Double> stages(String briefErr) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (String line : briefErr.split("\n")) {
      if (line.startsWith("seconds: ")) {
        Matcher m = STAGE.matcher(line.substring("seconds: ".length()));
        while (m.find()) {
          out.put(m.group(1).strip(), Double.parseDouble(m.group(2)));
        }
      }
    }
    return out;
  }

  /** The brief's own last lines: what it read and wrote, and its stages. */
  private static String lastLines(String briefErr) {
    String[] lines = briefErr.split("\n");
    StringBuilder out = new StringBuilder();
    for (int i = Math.max(0, lines.length - 2); i < lines.length; i++) {
      out.append(lines[i]).append('\n');
    }
    return out.toString();
  }

  /** User + system CPU seconds of this process so far; -1 without /proc. */
  private static double processCpuSeconds() throws IOException {
    Path stat = Path.of("/proc/self/stat");
    if (!Files.isReadable(stat)) {
      return -1;
    }
    String s = Files.readString(stat, StandardCharsets.US_ASCII);
    // the fields after the command name, which is in parentheses and may hold spaces
    String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
  }

  /** The process's peak resident memory in MB (VmHWM); -1 without /proc. */
  private static double peakRssMb() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    return -1;
  }
}
