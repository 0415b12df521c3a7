package org.rassegna.cli;

import static org.rassegna.cli.BenchStoreCommand.round;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.Article;
import org.rassegna.model.Story;
import org.rassegna.pipeline.Pipeline;
import org.rassegna.pipeline.PipelineConfig;
import org.rassegna.pipeline.Pipelines;
import org.rassegna.serve.Newsroom;
import org.rassegna.serve.RassegnaServer;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna bench serve}: the server's throughput and latency under concurrent readers. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Fills a temporary SQLite store (or --db FILE, kept for the next run) with --size DICE"
          + " articles (Lucene's Italian analysis, as 'bench store' does, not CoreNLP), refreshes"
          + " every story (which stores its brief),"
          + " starts the server on loopback and reads each of the --stories largest once (the"
          + " first reads, timed apart); then --clients threads on loopback read those stories'"
          + " pages, their JSON and search results (words of their articles' openings) in equal"
          + " shares for --seconds, after a warm-up. Reports throughput, p50/p99/max latency per"
          + " kind, errors, the process's CPU time per request and the server threads' part of"
          + " it, heap used and open file handles at the start and the end. Then each kind alone"
          + " for --kind-seconds, for its CPU time per request.",
      "With --with-writes, the same is measured again while a writer POSTs the DICE articles"
          + " after the first --size, 10 every 2 s (until they run out), as a watched feed would"
          + " add them, the next one 2 s after the last began or when it ends; each add"
          + " refreshes and re-indexes the stories it touched. A POST under way when the time is"
          + " up is waited for and counted; a POST refused or failed counts in post_errors (a FILE"
          + " filled by an older build whose rows the pipeline cannot read fails so: fill it"
          + " again). Clients and server share one JVM and the machine's cores.",
      ""
    })
final class BenchServeCommand implements Callable<Integer> {

  private static final int FILL_BATCH = 500;
  private static final int WRITE_BATCH = 10;
  private static final long WRITE_EVERY_MS = 2000;
  private static final List<String> KINDS = List.of("story_page", "story_json", "search");

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description = "DICE articles, JSON Lines (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data/dice/dice_articles.jsonl");

  @Option(
      names = "--size",
      paramLabel = "N",
      description = "Articles in the store (default: ${DEFAULT-VALUE}).")
  int size = 10_000;

  @Option(
      names = "--stories",
      paramLabel = "N",
      description = "The largest stories read by the clients (default: ${DEFAULT-VALUE}).")
  int stories = 100;

  @Option(
      names = "--clients",
      paramLabel = "N",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients = 32;

  @Option(
      names = "--seconds",
      paramLabel = "N",
      description = "Seconds measured (default: ${DEFAULT-VALUE}; 600 for a soak).")
  int seconds = 60;

  @Option(
      names = "--warmup-seconds",
      paramLabel = "N",
      description = "Seconds of the same load before measuring (default: ${DEFAULT-VALUE}).")
  int warmupSeconds = 10;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description =
          "A SQLite store kept between runs: filled (and refreshed) there when FILE does not"
              + " exist, reused when it does; each run reads and writes a copy, so runs over one"
              + " FILE start from the same store. FILE must have been filled with the same --size"
              + " and --data. Default: a temporary store, deleted after the run.")
  @Nullable Path db;

  @Option(
      names = "--kind-seconds",
      paramLabel = "N",
      description =
          "Seconds of each kind alone, after the mixed reads, for its CPU per request; 0: none"
              + " (default: ${DEFAULT-VALUE}).")
  int kindSeconds = 10;

  @Option(names = "--with-writes", description = "POST articles while the clients read.")
  boolean withWrites;

  @Option(names = "--json", description = "Print one JSON object of the metrics.")
  boolean json;

  /** The latencies (ns) and errors one client saw, per kind. */
  private static final class Tally {
    final Map<String, List<Long>> nanos = new LinkedHashMap<>();
    final Map<String, Integer> errors = new LinkedHashMap<>();

    Tally() {
      KINDS.forEach(
          k -> {
            nanos.put(k, new ArrayList<>());
            errors.put(k, 0);
          });
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Article> all =
        new ArrayList<>(Ingest.read(List.of(data), IngestLimits.DEFAULT, a -> {}).articles());
    if (size < FILL_BATCH
        || all.size() < size
        || clients < 1
        || seconds < 1
        || stories < 1
        || kindSeconds < 0) {
      err.printf(
          Locale.ROOT,
          "rassegna: need --size ≥ %d, at most the %d articles of %s, and positive counts%n",
          FILL_BATCH,
          all.size(),
          data);
      return 2;
    }
    BenchStoreCommand.sortInPublicationOrder(all);
    List<Article> fill = all.subList(0, size);
    List<Article> writes = all.subList(size, all.size());
    ObjectNode metrics = new ObjectMapper().createObjectNode();
    metrics.put("size", size);
    metrics.put("clients", clients);
    metrics.put("seconds", seconds);
    metrics.put("with_writes", withWrites);
    Path dir = Files.createTempDirectory("rassegna-bench-serve");
    Path file = dir.resolve("serve.db");
    try {
      long t0 = System.nanoTime();
      if (db == null) {
        fill(file, fill);
      } else if (Files.exists(db)) {
        metrics.put("reused_store", db.toString());
      } else {
        // filled under another name first: a fill that fails leaves no FILE to reuse
        Path filling = db.resolveSibling(db.getFileName() + ".filling");
        Files.deleteIfExists(filling);
        fill(filling, fill);
        Files.move(filling, db);
      }
      if (db != null) {
        // closed stores are checkpointed: the one file is the whole store
        Files.copy(db, file);
      }
      metrics.put("fill_and_refresh_seconds", round((System.nanoTime() - t0) / 1e9));
      measure(file, writes, metrics, err);
    } finally {
      BenchStoreCommand.deleteTree(dir);
    }
    out.println(json ? metrics.toString() : metrics.toPrettyString());
    out.flush();
    return 0;
  }

  /** Adds {@code articles} to a new store in {@code file} and refreshes every story. */
  private static void fill(Path file, List<Article> articles) {
    try (Store store = Stores.sqlite(file)) {
      Pipeline pipeline =
          Pipelines.withAnnotator(PipelineConfig.DEFAULT, store, LuceneAnnotator.italian());
      for (int i = 0; i < articles.size(); i += FILL_BATCH) {
        pipeline.add(articles.subList(i, Math.min(articles.size(), i + FILL_BATCH)));
      }
      // every story, as 'rassegna add' leaves a store: search may list any of them
      pipeline.refresh(store.stories().stream().map(Story::id).toList());
    }
  }

  /** Serves the store in {@code file} and measures the clients (and the writer), into metrics. */
  private void measure(Path file, List<Article> writes, ObjectNode metrics, PrintWriter err)
      throws IOException, InterruptedException {
    try (Store store = Stores.sqlite(file)) {
      Pipeline pipeline =
          Pipelines.withAnnotator(PipelineConfig.DEFAULT, store, LuceneAnnotator.italian());
      List<Story> inStore = store.stories();
      List<String> read =
          inStore.stream()
              .sorted(
                  Comparator.comparingInt((Story s) -> -s.articleIds().size())
                      .thenComparing(Story::id))
              .limit(stories)
              .map(Story::id)
              .toList();
      metrics.put("stories_in_store", inStore.size());
      metrics.put("stories_read", read.size());
      List<String> queries = queries(store, read);
      String token = UUID.randomUUID().toString();
      try (Newsroom newsroom = Newsroom.open(pipeline);
          RassegnaServer server =
              RassegnaServer.start(newsroom, RassegnaServer.Options.loopback(0, token))) {
        String base = "http://127.0.0.1:" + server.port();
        // one client for all: each thread's send takes a connection of its own from its pool, and
        // one selector thread serves them (one HttpClient per thread: ~0.2 ms more CPU per story
        // JSON, out of ~0.9, in the clients)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long first = System.nanoTime();
        for (String id : read) {
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/stories/" + id)).build(),
              HttpResponse.BodyHandlers.discarding());
        }
        metrics.put("first_read_ms_mean", round((System.nanoTime() - first) / 1e6 / read.size()));
        run(http, base, read, queries, KINDS, warmupSeconds, null);
        phase(metrics.putObject("reads"), http, base, read, queries, KINDS, seconds, null);
        if (kindSeconds > 0) {
          // one kind at a time: the process's CPU divides among the kinds only so
          ObjectNode alone = metrics.putObject("each_kind_alone");
          for (String kind : KINDS) {
            phase(
                alone.putObject(kind), http, base, read, queries, List.of(kind), kindSeconds, null);
          }
        }
        if (withWrites) {
          AtomicInteger written = new AtomicInteger();
          AtomicInteger failed = new AtomicInteger();
          List<Long> writeNanos = new ArrayList<>();
          ObjectNode m = metrics.putObject("reads_with_writes");
          phase(
              m,
              http,
              base,
              read,
              queries,
              KINDS,
              seconds,
              writer(http, base, token, writes, written, failed, writeNanos, err));
          m.put("articles_posted", written.get());
          m.put("post_errors", failed.get());
          synchronized (writeNanos) {
            m.put("posts", writeNanos.size());
            m.put("post_p50_ms", round(percentile(writeNanos, 0.50) / 1e6));
            m.put("post_max_ms", round(percentile(writeNanos, 1.0) / 1e6));
          }
        }
        metrics.put("heap_max_mb", Runtime.getRuntime().maxMemory() >> 20);
      }
    }
  }

  /**
   * Up to 50 words of six letters or more from the openings of the read stories' articles (DICE has
   * no titles), in a seeded order.
   */
  private static List<String> queries(Store store, List<String> storyIds) {
    Set<String> words = new LinkedHashSet<>();
    for (String id : storyIds) {
      Story s = store.story(id).orElseThrow();
      for (var a : store.articles(s.articleIds())) {
        String text = a.article().text();
        String opening = text.substring(0, Math.min(200, text.length()));
        for (String w : opening.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          if (w.length() >= 6) {
            words.add(w);
          }
        }
      }
    }
    List<String> list = new ArrayList<>(words);
    Collections.shuffle(list, new Random(42));
    return list.subList(0, Math.min(50, list.size()));
  }

  /**
   * One measured run of the clients asking for {@code kinds} in turn (and the writer, if any),
   * reported into {@code m}.
   */
  private void phase(
      ObjectNode m,
      HttpClient http,
      String base,
      List<String> storyIds,
      List<String> queries,
      List<String> kinds,
      int secs,
      @Nullable Writer writer)
      throws InterruptedException {
    Snapshot start = Snapshot.now();
    long cpu0 = processCpuNanos();
    Map<Long, Long> server0 = serverThreadCpuNanos();
    long t0 = System.nanoTime();
    List<Tally> tallies = run(http, base, storyIds, queries, kinds, secs, writer);
    // the last requests may end after the time is up: rates are over the time the run took
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long cpu = processCpuNanos() - cpu0;
    long server = 0;
    for (Map.Entry<Long, Long> t : serverThreadCpuNanos().entrySet()) {
      server += t.getValue() - server0.getOrDefault(t.getKey(), 0L);
    }
    Snapshot end = Snapshot.now();
    m.put("elapsed_seconds", round(elapsed));
    report(tallies, m, kinds, cpu, server, elapsed);
    start.put(m, "start");
    end.put(m, "end");
  }

  /**
   * Runs the clients for {@code secs}; with {@code writer}, starts it with them and stops it after.
   */
  private List<Tally> run(
      HttpClient http,
      String base,
      List<String> storyIds,
      List<String> queries,
      List<String> kinds,
      int secs,
      @Nullable Writer writer)
      throws InterruptedException {
    long until = System.nanoTime() + secs * 1_000_000_000L;
    List<Tally> tallies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Tally tally = new Tally();
      tallies.add(tally);
      Random random = new Random(c);
      threads.add(
          new Thread(() -> client(http, base, storyIds, queries, kinds, until, random, tally)));
    }
    threads.forEach(Thread::start);
    if (writer != null) {
      writer.thread().start();
    }
    for (Thread t : threads) {
      t.join();
    }
    if (writer != null) {
      writer.stop();
    }
    return tallies;
  }

  private static void client(
      HttpClient http,
      String base,
      List<String> storyIds,
      List<String> queries,
      List<String> kinds,
      long until,
      Random random,
      Tally tally) {
    for (int n = 0; System.nanoTime() < until; n++) {
      String kind = kinds.get(n % kinds.size());
      String id = storyIds.get(random.nextInt(storyIds.size()));
      String path =
          switch (kind) {
            case "story_page" -> "/stories/" + id;
            case "story_json" -> "/api/stories/" + id;
            default ->
                "/api/search?q="
                    + URLEncoder.encode(
                        queries.get(random.nextInt(queries.size())), StandardCharsets.UTF_8);
          };
      long t = System.nanoTime();
      boolean ok;
      try {
        HttpResponse<byte[]> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        ok = r.statusCode() == 200 && r.body().length > 0;
      } catch (IOException e) {
        ok = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      tally.nanos.get(kind).add(System.nanoTime() - t);
      if (!ok) {
        tally.errors.merge(kind, 1, Integer::sum);
      }
    }
  }

  /**
   * A thread that POSTs until {@link #stop}; a POST under way when the time is up is waited for, so
   * the slowest ones are counted (as the clients' last requests are).
   */
  private record Writer(Thread thread, CountDownLatch done) {
    void stop() throws InterruptedException {
      done.countDown();
      thread.join();
    }
  }

  /**
   * POSTs {@code articles}, {@value #WRITE_BATCH} every {@value #WRITE_EVERY_MS} ms, counting those
   * refused or failed in {@code failed}.
   */
  private static Writer writer(
      HttpClient http,
      String base,
      String token,
      List<Article> articles,
      AtomicInteger written,
      AtomicInteger failed,
      List<Long> nanos,
      PrintWriter err) {
    ObjectMapper json = new ObjectMapper();
    CountDownLatch stop = new CountDownLatch(1);
    Thread thread =
        new Thread(
            () -> {
              for (int i = 0; i < articles.size() && stop.getCount() > 0; ) {
                List<Map<String, Object>> batch = new ArrayList<>();
                for (Article a : articles.subList(i, Math.min(articles.size(), i + WRITE_BATCH))) {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.put("id", a.id());
                  m.put("source", a.source());
                  m.put("url", a.url());
                  m.put("published", a.published() == null ? null : a.published().iso());
                  m.put("title", a.title());
                  m.put("text", a.text());
                  m.put("language", a.language());
                  batch.add(m);
                }
                i += batch.size();
                try {
                  long t = System.nanoTime();
                  HttpResponse<String> r =
                      http.send(
                          HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                              .header("Authorization", "Bearer " + token)
                              .header("Content-Type", "application/json")
                              .POST(
                                  HttpRequest.BodyPublishers.ofByteArray(
                                      json.writeValueAsBytes(batch)))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  synchronized (nanos) {
                    nanos.add(System.nanoTime() - t);
                  }
                  if (r.statusCode() / 100 == 2) {
                    written.addAndGet(batch.size());
                  } else {
                    failed.incrementAndGet();
                    err.println("write failed: HTTP " + r.statusCode() + " " + r.body());
                  }
                  long wait = (t + WRITE_EVERY_MS * 1_000_000 - System.nanoTime()) / 1_000_000;
                  if (wait > 0 && stop.await(wait, TimeUnit.MILLISECONDS)) {
                    return;
                  }
                } catch (InterruptedException e) {
                  return;
                } catch (IOException e) {
                  failed.incrementAndGet();
                  err.println("write failed: " + e);
                }
              }
            },
            "bench-writer");
    return new Writer(thread, stop);
  }

  private static void report(
      List<Tally> tallies,
      ObjectNode metrics,
      List<String> kinds,
      long cpuNanos,
      long serverCpuNanos,
      double elapsed) {
    long total = 0;
    long errors = 0;
    for (String kind : kinds) {
      List<Long> nanos = new ArrayList<>();
      int e = 0;
      for (Tally t : tallies) {
        nanos.addAll(t.nanos.get(kind));
        e += t.errors.get(kind);
      }
      ObjectNode k = metrics.putObject(kind);
      k.put("requests", nanos.size());
      k.put("per_second", round(nanos.size() / elapsed));
      k.put("p50_ms", round(percentile(nanos, 0.50) / 1e6));
      k.put("p99_ms", round(percentile(nanos, 0.99) / 1e6));
      k.put("max_ms", round(percentile(nanos, 1.0) / 1e6));
      k.put("errors", e);
      total += nanos.size();
      errors += e;
    }
    metrics.put("requests_per_second", round(total / elapsed));
    metrics.put("errors", errors);
    metrics.put("process_cpu_ms_per_request", round(cpuNanos / 1e6 / Math.max(1, total)));
    metrics.put(
        "server_threads_cpu_ms_per_request", round(serverCpuNanos / 1e6 / Math.max(1, total)));
  }

  private static double percentile(List<Long> nanos, double p) {
    if (nanos.isEmpty()) {
      return 0;
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  }

  /** Heap used after a collection, and open file handles (Linux: /proc; else -1), at one moment. */
  private record Snapshot(long heapMb, long openFiles) {
    static Snapshot now() {
      System.gc();
      Runtime r = Runtime.getRuntime();
      long files;
      try (var fds = Files.list(Path.of("/proc/self/fd"))) {
        files = fds.count();
      } catch (IOException e) {
        files = -1;
      }
      return new Snapshot((r.totalMemory() - r.freeMemory()) >> 20, files);
    }

    void put(ObjectNode metrics, String when) {
      metrics.put("heap_used_mb_" + when, heapMb);
      metrics.put("open_files_" + when, openFiles);
    }
  }

  /**
   * The CPU time so far of each live thread of the server's pool (Javalin names them), by thread
   * id: the part of the process's CPU spent serving, apart from the clients, GC and JIT. A pool
   * thread that ends during a phase takes its time with it (Jetty keeps idle ones for a minute).
   */
  private static Map<Long, Long> serverThreadCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Long, Long> cpu = new LinkedHashMap<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("JettyServerThreadPool")) {
        long nanos = threads.getThreadCpuTime(t.getId());
        if (nanos >= 0) {
          cpu.put(t.getId(), nanos);
        }
      }
    }
    return cpu;
  }

  /** The CPU time of the whole process so far, all threads, in nanoseconds (-1: not known). */
  static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
  }
}
