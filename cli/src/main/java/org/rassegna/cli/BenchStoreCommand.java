package org.rassegna.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.cluster.OnlineStoryClusterer;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Story;
import org.rassegna.pipeline.Pipeline;
import org.rassegna.pipeline.PipelineConfig;
import org.rassegna.pipeline.Pipelines;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rassegna bench store}: whether adding costs the same however large the store is. */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = {
      "Adds batches of DICE articles (in publication order) through the pipeline to an empty store"
          + " and to one already holding --size articles, in SQLite and (with --postgresql) in"
          + " PostgreSQL, and compares the cost per added article; then composes the brief of one"
          + " story from the full store, reads the one its refresh stored, and reports the store's size per article on disk.",
      "Articles are annotated with Lucene's Italian analysis (sentences and words), not CoreNLP,"
          + " so that filling the store takes seconds: the figures are the cost of the store, dedup"
          + " and the clusterer, which is what grows with the store; annotation costs the same at"
          + " any size. Each add is timed in elapsed time and the adding thread's CPU time (the"
          + " PostgreSQL server's own CPU is not in the latter).",
      ""
    })
final class BenchStoreCommand implements Callable<Integer> {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int FILL_BATCH = 500;

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description = "DICE articles, JSON Lines (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data/dice/dice_articles.jsonl");

  @Option(
      names = "--size",
      paramLabel = "N",
      description = "Articles in the full store (default: ${DEFAULT-VALUE}).")
  int size = 10_000;

  @Option(
      names = "--batch",
      paramLabel = "N",
      description = "Articles per measured add (default: ${DEFAULT-VALUE}).")
  int batch = 100;

  @Option(
      names = "--batches",
      paramLabel = "N",
      description = "Measured adds, each to an empty store and to the full one (default: 3).")
  int batches = 3;

  @Option(
      names = "--postgresql",
      paramLabel = "URL",
      description =
          "A scratch PostgreSQL database (JDBC URL with user and password) to measure too:"
              + " ALL ITS TABLES ARE DROPPED.")
  @Nullable String postgresql;

  @Option(names = "--json", description = "Print one JSON object of the metrics.")
  boolean json;

  /** Elapsed, CPU and in-store nanoseconds of one add. */
  private record Cost(long wall, long cpu, long store) {
    double wallMs(int articles) {
      return wall / 1e6 / articles;
    }

    double cpuMs(int articles) {
      return cpu / 1e6 / articles;
    }

    double storeMs(int articles) {
      return store / 1e6 / articles;
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int measured = batch * batches;
    List<Article> all =
        new ArrayList<>(Ingest.read(List.of(data), IngestLimits.DEFAULT, a -> {}).articles());
    if (size < FILL_BATCH || batch < 1 || batches < 1 || all.size() < size + measured) {
      err.printf(
          Locale.ROOT,
          "rassegna: need --size ≥ %d and %d articles; %s has %d%n",
          FILL_BATCH,
          size + measured,
          data,
          all.size());
      return 2;
    }
    sortInPublicationOrder(all);
    List<Article> fill = all.subList(0, size);
    List<List<Article>> adds = new ArrayList<>();
    for (int i = 0; i < batches; i++) {
      adds.add(all.subList(size + i * batch, size + (i + 1) * batch));
    }
    Annotator annotator = LuceneAnnotator.italian();
    ObjectNode metrics = new ObjectMapper().createObjectNode();
    metrics.put("size", size);
    metrics.put("batch", batch);
    metrics.put("batches", batches);
    Path dir = Files.createTempDirectory("rassegna-bench-store");
    try {
      List<Backend> backends = new ArrayList<>();
      int[] n = {0};
      backends.add(new Backend("sqlite", () -> Stores.sqlite(dir.resolve("s" + n[0]++ + ".db"))));
      if (postgresql != null) {
        String url = postgresql;
        backends.add(new Backend("postgresql", () -> Stores.open(dropAll(url))));
      }
      for (Backend b : backends) {
        measure(b, annotator, fill, adds, metrics, err);
      }
    } finally {
      deleteTree(dir);
    }
    out.println(json ? metrics.toString() : metrics.toPrettyString());
    out.flush();
    return 0;
  }

  /**
   * Sorts articles in publication order, as a live store receives them: the clusterer's (DICE is
   * undated, so by id); an analysis of words only adds no date to it.
   */
  static void sortInPublicationOrder(List<Article> articles) {
    articles.sort(
        Comparator.comparing(
            (Article a) -> new AnnotatedArticle(a, "it", List.of(), List.of()),
            OnlineStoryClusterer.PUBLICATION_ORDER));
  }

  private record Backend(String name, Supplier<Store> fresh) {}

  private void measure(
      Backend backend,
      Annotator annotator,
      List<Article> fill,
      List<List<Article>> adds,
      ObjectNode metrics,
      PrintWriter err) {
    String k = backend.name() + "_";
    // warm-up, so that the empty store is not measured while the JIT compiles
    try (Store warm = backend.fresh().get()) {
      Pipeline p = Pipelines.withAnnotator(PipelineConfig.DEFAULT, warm, annotator);
      for (int i = 0; i < FILL_BATCH; i += batch) {
        p.add(fill.subList(i, i + batch));
      }
    }
    List<Cost> empty = new ArrayList<>();
    Map<String, Long> emptyByMethod = new TreeMap<>();
    long emptyBytes = 0;
    for (List<Article> add : adds) {
      try (Store store = backend.fresh().get()) {
        emptyBytes = store.bytesOnDisk();
        TimedStore timed = TimedStore.of(store);
        Pipeline p = Pipelines.withAnnotator(PipelineConfig.DEFAULT, timed.store(), annotator);
        empty.add(add(p, timed, add).cost());
        timed.nanosByMethod().forEach((m, ns) -> emptyByMethod.merge(m, ns, Long::sum));
      }
    }
    try (Store store = backend.fresh().get()) {
      Pipeline filling = Pipelines.withAnnotator(PipelineConfig.DEFAULT, store, annotator);
      long start = System.nanoTime();
      for (int i = 0; i < fill.size(); i += FILL_BATCH) {
        filling.add(fill.subList(i, Math.min(fill.size(), i + FILL_BATCH)));
      }
      double fillSeconds = (System.nanoTime() - start) / 1e9;
      // as a new process would: the first add restores the stages' state from the store
      TimedStore timed = TimedStore.of(store);
      Pipeline reopened = Pipelines.withAnnotator(PipelineConfig.DEFAULT, timed.store(), annotator);
      List<Cost> full = new ArrayList<>();
      Pipeline.Update last = null;
      Map<String, Long> afterFirst = Map.of();
      for (List<Article> add : adds) {
        Added added = add(reopened, timed, add);
        full.add(added.cost());
        last = added.update();
        if (full.size() == 1) {
          afterFirst = timed.nanosByMethod();
        }
      }
      // ms per added article in each store method: empty store vs full one after its first add
      ObjectNode methods = metrics.putObject(k + "store_ms_per_article_by_method");
      int emptyArticles = batch * adds.size();
      int steadyArticles = batch * Math.max(1, adds.size() - 1);
      Map<String, Long> steadyByMethod = timed.nanosByMethod();
      for (String m : new TreeSet<>(steadyByMethod.keySet())) {
        long steadyNs = steadyByMethod.get(m) - afterFirst.getOrDefault(m, 0L);
        ObjectNode row = methods.putObject(m);
        row.put("empty", round(emptyByMethod.getOrDefault(m, 0L) / 1e6 / emptyArticles));
        row.put("full", round(steadyNs / 1e6 / steadyArticles));
      }
      Cost emptyMean = mean(empty);
      Cost steady = mean(full.subList(Math.min(1, full.size() - 1), full.size()));
      Cost first = full.get(0);
      metrics.put(k + "fill_seconds", round(fillSeconds));
      metrics.put(k + "empty_ms_per_article", round(emptyMean.wallMs(batch)));
      metrics.put(k + "empty_cpu_ms_per_article", round(emptyMean.cpuMs(batch)));
      metrics.put(k + "full_first_ms_per_article", round(first.wallMs(batch)));
      metrics.put(k + "full_ms_per_article", round(steady.wallMs(batch)));
      metrics.put(k + "full_cpu_ms_per_article", round(steady.cpuMs(batch)));
      metrics.put(k + "ratio", round((double) steady.wall() / emptyMean.wall()));
      metrics.put(k + "cpu_ratio", round((double) steady.cpu() / emptyMean.cpu()));
      metrics.put(k + "ratio_first_add", round((double) first.wall() / emptyMean.wall()));
      metrics.put(k + "empty_store_ms_per_article", round(emptyMean.storeMs(batch)));
      metrics.put(k + "full_store_ms_per_article", round(steady.storeMs(batch)));
      metrics.put(k + "full_first_store_ms_per_article", round(first.storeMs(batch)));
      metrics.put(k + "store_ratio", round((double) steady.store() / emptyMean.store()));

      // the brief of the largest story the last add touched, read by a new pipeline
      String storyId = largest(store, last.touchedStories());
      reopened.refresh(List.of(storyId));
      long t0 = System.nanoTime();
      Pipeline reader = Pipelines.withAnnotator(PipelineConfig.DEFAULT, store, annotator);
      // composed from the store, as a read did before refresh stored each brief
      Pipeline.BriefQuery one = new Pipeline.BriefQuery(null, storyId);
      boolean found = !reader.brief(one).stories().isEmpty();
      double coldMs = (System.nanoTime() - t0) / 1e6;
      t0 = System.nanoTime();
      reader.brief(one);
      double warmMs = (System.nanoTime() - t0) / 1e6;
      // the brief the refresh stored, as a read gets it now
      t0 = System.nanoTime();
      found &= reader.story(storyId).isPresent();
      double storedMs = (System.nanoTime() - t0) / 1e6;
      // what a brief of the story reads from the store, without composing it
      t0 = System.nanoTime();
      Story story = store.story(storyId).orElseThrow();
      store.annotations(story.articleIds());
      store.groupIds(story.articleIds());
      store.extraction(storyId);
      store.comparison(storyId);
      double readsMs = (System.nanoTime() - t0) / 1e6;
      long articles = store.articleCount();
      long bytes = store.bytesOnDisk();
      metrics.put(k + "brief_story", storyId);
      metrics.put(
          k + "brief_story_articles", store.story(storyId).orElseThrow().articleIds().size());
      metrics.put(k + "brief_found", found);
      metrics.put(k + "brief_cold_ms", round(coldMs));
      metrics.put(k + "brief_warm_ms", round(warmMs));
      metrics.put(k + "brief_stored_ms", round(storedMs));
      metrics.put(k + "brief_store_reads_ms", round(readsMs));
      metrics.put(k + "articles", articles);
      metrics.put(k + "stories", store.stories().size());
      metrics.put(k + "bytes", bytes);
      metrics.put(k + "bytes_per_article", (bytes - emptyBytes) / articles);
      err.printf(
          Locale.ROOT,
          "%s: filled %,d articles in %.1f s; adding %d: %.2f ms/article to an empty store,"
              + " %.2f ms to the full one (%.2f×; CPU %.2f×; first add after reopening %.2f×);"
              + " in the store %.2f ms and %.2f ms (%.2f×);"
              + " brief of %s composed in %.0f ms (%.0f ms again; its store reads %.0f ms;"
              + " the stored brief read in %.0f ms);"
              + " %,d bytes per article%n",
          backend.name(),
          fill.size(),
          fillSeconds,
          batch,
          emptyMean.wallMs(batch),
          steady.wallMs(batch),
          (double) steady.wall() / emptyMean.wall(),
          (double) steady.cpu() / emptyMean.cpu(),
          (double) first.wall() / emptyMean.wall(),
          emptyMean.storeMs(batch),
          steady.storeMs(batch),
          (double) steady.store() / emptyMean.store(),
          storyId,
          coldMs,
          warmMs,
          readsMs,
          storedMs,
          (bytes - emptyBytes) / articles);
    }
  }

  private record Added(Pipeline.Update update, Cost cost) {}

  private static Added add(Pipeline p, TimedStore timed, List<Article> batch) {
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long inStore = timed.nanos();
    Pipeline.Update update = p.add(batch);
    return new Added(
        update,
        new Cost(
            System.nanoTime() - wall,
            THREADS.getCurrentThreadCpuTime() - cpu,
            timed.nanos() - inStore));
  }

  private static Cost mean(List<Cost> costs) {
    return new Cost(
        (long) costs.stream().mapToLong(Cost::wall).average().orElseThrow(),
        (long) costs.stream().mapToLong(Cost::cpu).average().orElseThrow(),
        (long) costs.stream().mapToLong(Cost::store).average().orElseThrow());
  }

  private static String largest(Store store, List<String> storyIds) {
    return store.stories().stream()
        .filter(s -> storyIds.contains(s.id()))
        .max(Comparator.comparingInt((Story s) -> s.articleIds().size()).thenComparing(Story::id))
        .orElseThrow()
        .id();
  }

  /** Drops every table of the scratch database {@code url}; returns {@code url}. */
  private static String dropAll(String url) {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
      return url;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty " + url + ": " + e.getMessage(), e);
    }
  }

  /** Deletes a benchmark's temporary folder and what it holds. */
  static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(BenchStoreCommand::deleteQuietly);
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a temporary file left behind is harmless
    }
  }

  /** To three decimals, for the metrics. */
  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
