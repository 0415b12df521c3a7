package org.rassegna.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.Arrays;
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
      "Each add to the full store (after a first add of --first articles, which restores the"
          + " stages' state as a new process would) follows an add of the same articles to a"
          + " store of --mid articles and sits between two adds of them to new empty stores, so"
          + " that the load of a shared machine falls on every side of each ratio; the figures are"
          + " the medians of the --batches adds and ratios, with the ratios' range (min to max):"
          + " full / empty, mid / empty and full / mid (whether the cost per added article is"
          + " flat in the store's size, past a stream's start).",
      ""
    })
final class BenchStoreCommand implements Callable<Integer> {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final int FILL_BATCH = 500;

  /** The PostgreSQL schema of the empty stores measured beside the full one (in public). */
  private static final String BESIDE = "rassegna_bench_empty";

  /** The PostgreSQL schema of the middle store. */
  private static final String MIDDLE = "rassegna_bench_mid";

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
      names = "--mid",
      paramLabel = "N",
      description =
          "Articles in the middle store, the third point between empty and --size (default:"
              + " ${DEFAULT-VALUE}).")
  int mid = 1_000;

  @Option(
      names = "--batch",
      paramLabel = "N",
      description = "Articles per measured add (default: ${DEFAULT-VALUE}).")
  int batch = 100;

  @Option(
      names = "--batches",
      paramLabel = "N",
      description =
          "Measured adds to the full store, each between two adds of the same articles to empty"
              + " stores (default: ${DEFAULT-VALUE}).")
  int batches = 3;

  @Option(
      names = "--first",
      paramLabel = "N",
      description =
          "Articles of the first add after reopening the full store, as one POST of the server"
              + " would be (default: ${DEFAULT-VALUE}).")
  int first = 10;

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

    Cost meanWith(Cost other) {
      return new Cost((wall + other.wall) / 2, (cpu + other.cpu) / 2, (store + other.store) / 2);
    }
  }

  /** Per-add ratios of one side's cost to another's: elapsed, CPU, in the store. */
  private static final class Ratios {
    private final List<double[]> rows = new ArrayList<>();

    void add(Cost side, Cost base) {
      rows.add(
          new double[] {
            (double) side.wall() / base.wall(),
            (double) side.cpu() / base.cpu(),
            (double) side.store() / base.store()
          });
    }

    double median(int column) {
      double[] xs = column(column);
      int m = xs.length / 2;
      return xs.length % 2 == 1 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
    }

    private double[] column(int c) {
      return rows.stream().mapToDouble(r -> r[c]).sorted().toArray();
    }

    /** The median, then the range: "1.52× (1.41–1.60)". */
    String text(int column) {
      double[] xs = column(column);
      return String.format(
          Locale.ROOT, "%.2f× (%.2f–%.2f)", median(column), xs[0], xs[xs.length - 1]);
    }

    /** The medians as {@code <prefix>ratio}, {@code cpu_ratio}, {@code store_ratio}, and each. */
    void put(ObjectNode metrics, String prefix) {
      String[] names = {"ratio", "cpu_ratio", "store_ratio"};
      for (int c = 0; c < names.length; c++) {
        metrics.put(prefix + names[c], round(median(c)));
        ArrayNode each = metrics.putArray(prefix + names[c] + "s");
        int col = c;
        for (double x : rows.stream().mapToDouble(r -> r[col]).toArray()) {
          each.add(round(x));
        }
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int measured = first + batch * batches;
    List<Article> all =
        new ArrayList<>(Ingest.read(List.of(data), IngestLimits.DEFAULT, a -> {}).articles());
    if (size < FILL_BATCH
        || mid < FILL_BATCH
        || mid >= size
        || batch < 1
        || batches < 1
        || first < 1
        || all.size() < size + measured) {
      err.printf(
          Locale.ROOT,
          "rassegna: need %d ≤ --mid < --size and %d articles; %s has %d%n",
          FILL_BATCH,
          size + measured,
          data,
          all.size());
      return 2;
    }
    sortInPublicationOrder(all);
    List<Article> fill = all.subList(0, size);
    List<Article> reopening = all.subList(size, size + first);
    List<List<Article>> adds = new ArrayList<>();
    for (int i = size + first; i < size + measured; i += batch) {
      adds.add(all.subList(i, i + batch));
    }
    Annotator annotator = LuceneAnnotator.italian();
    ObjectNode metrics = new ObjectMapper().createObjectNode();
    metrics.put("size", size);
    metrics.put("mid", mid);
    metrics.put("batch", batch);
    metrics.put("batches", batches);
    metrics.put("first", first);
    Path dir = Files.createTempDirectory("rassegna-bench-store");
    try {
      List<Backend> backends = new ArrayList<>();
      int[] n = {0};
      Supplier<Store> newFile = () -> Stores.sqlite(dir.resolve("s" + n[0]++ + ".db"));
      backends.add(new Backend("sqlite", newFile, newFile, newFile, () -> {}, () -> {}));
      if (postgresql != null) {
        String url = postgresql;
        backends.add(
            new Backend(
                "postgresql",
                () -> Stores.open(dropAll(url)),
                () -> Stores.open(schemaIn(url, BESIDE)),
                () -> Stores.open(schemaIn(url, MIDDLE)),
                () -> dropSchema(url, BESIDE),
                () -> dropSchema(url, MIDDLE)));
      }
      for (Backend b : backends) {
        measure(b, annotator, fill, reopening, adds, metrics, err);
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

  /**
   * A kind of store: {@code fresh} opens a new empty one (dropping what the last held), {@code
   * beside} a new empty one that leaves a filled {@code fresh} store alone, {@code middle} the
   * empty store to fill with --mid articles beside both; {@code dropBeside} and {@code dropMiddle}
   * remove the last of those (so that they are not in the full store's size).
   */
  private record Backend(
      String name,
      Supplier<Store> fresh,
      Supplier<Store> beside,
      Supplier<Store> middle,
      Runnable dropBeside,
      Runnable dropMiddle) {}

  private void measure(
      Backend backend,
      Annotator annotator,
      List<Article> fill,
      List<Article> reopening,
      List<List<Article>> adds,
      ObjectNode metrics,
      PrintWriter err) {
    String k = backend.name() + "_";
    long emptyBytes;
    // warm-up, so that the empty store is not measured while the JIT compiles
    try (Store warm = backend.fresh().get()) {
      emptyBytes = warm.bytesOnDisk();
      Pipeline p = Pipelines.withAnnotator(PipelineConfig.DEFAULT, warm, annotator);
      for (int i = 0; i < FILL_BATCH; i += batch) {
        p.add(fill.subList(i, i + batch));
      }
    }
    try (Store store = backend.fresh().get()) {
      long start = System.nanoTime();
      fill(store, annotator, fill);
      double fillSeconds = (System.nanoTime() - start) / 1e9;
      Store middle = backend.middle().get();
      fill(middle, annotator, fill.subList(0, mid));
      // as a new process would: the first add restores the stages' state from the store
      TimedStore timed = TimedStore.of(store);
      Pipeline reopened = Pipelines.withAnnotator(PipelineConfig.DEFAULT, timed.store(), annotator);
      Cost first = add(reopened, timed, reopening).cost();
      Map<String, Long> afterFirst = timed.nanosByMethod();
      TimedStore timedMiddle = TimedStore.of(middle);
      Pipeline middling =
          Pipelines.withAnnotator(PipelineConfig.DEFAULT, timedMiddle.store(), annotator);
      add(middling, timedMiddle, reopening);
      // Each add to the full store follows one to the middle store and sits between two adds of
      // the same articles to empty stores, so that a change of the machine's load over the minutes
      // of a run falls on every side of its ratios; the ratios' median is the figure, their range
      // its spread.
      List<Cost> empty = new ArrayList<>();
      List<Cost> full = new ArrayList<>();
      List<Cost> middles = new ArrayList<>();
      Ratios fullToEmpty = new Ratios();
      Ratios middleToEmpty = new Ratios();
      Ratios fullToMiddle = new Ratios();
      Map<String, Long> emptyByMethod = new TreeMap<>();
      Pipeline.Update last = null;
      for (List<Article> add : adds) {
        Cost before = addToEmpty(backend, annotator, add, emptyByMethod);
        Cost m = add(middling, timedMiddle, add).cost();
        Added added = add(reopened, timed, add);
        Cost after = addToEmpty(backend, annotator, add, emptyByMethod);
        Cost f = added.cost();
        last = added.update();
        empty.add(before);
        empty.add(after);
        full.add(f);
        middles.add(m);
        Cost e = before.meanWith(after);
        fullToEmpty.add(f, e);
        middleToEmpty.add(m, e);
        fullToMiddle.add(f, m);
      }
      middle.close();
      backend.dropBeside().run();
      backend.dropMiddle().run();
      // ms per added article in each store method: empty stores vs the full one after its first add
      ObjectNode methods = metrics.putObject(k + "store_ms_per_article_by_method");
      int emptyArticles = batch * empty.size();
      int fullArticles = batch * full.size();
      Map<String, Long> fullByMethod = timed.nanosByMethod();
      for (String m : new TreeSet<>(fullByMethod.keySet())) {
        long fullNs = fullByMethod.get(m) - afterFirst.getOrDefault(m, 0L);
        ObjectNode row = methods.putObject(m);
        row.put("empty", round(emptyByMethod.getOrDefault(m, 0L) / 1e6 / emptyArticles));
        row.put("full", round(fullNs / 1e6 / fullArticles));
      }
      Cost emptyMedian = median(empty);
      Cost fullMedian = median(full);
      Cost middleMedian = median(middles);
      metrics.put(k + "fill_seconds", round(fillSeconds));
      metrics.put(k + "empty_ms_per_article", round(emptyMedian.wallMs(batch)));
      metrics.put(k + "empty_cpu_ms_per_article", round(emptyMedian.cpuMs(batch)));
      metrics.put(k + "mid_ms_per_article", round(middleMedian.wallMs(batch)));
      metrics.put(k + "mid_cpu_ms_per_article", round(middleMedian.cpuMs(batch)));
      metrics.put(k + "full_ms_per_article", round(fullMedian.wallMs(batch)));
      metrics.put(k + "full_cpu_ms_per_article", round(fullMedian.cpuMs(batch)));
      fullToEmpty.put(metrics, k + "");
      middleToEmpty.put(metrics, k + "mid_");
      fullToMiddle.put(metrics, k + "full_mid_");
      metrics.put(k + "empty_store_ms_per_article", round(emptyMedian.storeMs(batch)));
      metrics.put(k + "full_store_ms_per_article", round(fullMedian.storeMs(batch)));
      metrics.put(k + "first_add_articles", reopening.size());
      metrics.put(k + "first_add_ms", round(first.wall() / 1e6));
      metrics.put(k + "first_add_cpu_ms", round(first.cpu() / 1e6));
      metrics.put(k + "first_add_store_ms", round(first.store() / 1e6));

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
          "%s: filled %,d articles in %.1f s; adding %d (median of %d), ms/article, elapsed"
              + " (CPU): empty store %.2f (%.2f), %,d articles %.2f (%.2f), %,d articles %.2f"
              + " (%.2f); full / empty %s, CPU %s; %,d / empty %s, CPU %s; full / %,d %s, CPU"
              + " %s; in the store %.2f ms and %.2f ms (%s); first add of %d after reopening"
              + " %.0f ms (CPU %.0f ms); brief of %s composed in %.0f ms (%.0f ms again; its"
              + " store reads %.0f ms; the stored brief read in %.0f ms); %,d bytes per article%n",
          backend.name(),
          fill.size(),
          fillSeconds,
          batch,
          adds.size(),
          emptyMedian.wallMs(batch),
          emptyMedian.cpuMs(batch),
          mid,
          middleMedian.wallMs(batch),
          middleMedian.cpuMs(batch),
          fill.size(),
          fullMedian.wallMs(batch),
          fullMedian.cpuMs(batch),
          fullToEmpty.text(0),
          fullToEmpty.text(1),
          mid,
          middleToEmpty.text(0),
          middleToEmpty.text(1),
          mid,
          fullToMiddle.text(0),
          fullToMiddle.text(1),
          emptyMedian.storeMs(batch),
          fullMedian.storeMs(batch),
          fullToEmpty.text(2),
          reopening.size(),
          first.wall() / 1e6,
          first.cpu() / 1e6,
          storyId,
          coldMs,
          warmMs,
          readsMs,
          storedMs,
          (bytes - emptyBytes) / articles);
    }
  }

  /** Fills {@code store} with {@code articles}, in adds of {@value #FILL_BATCH}. */
  private static void fill(Store store, Annotator annotator, List<Article> articles) {
    Pipeline filling = Pipelines.withAnnotator(PipelineConfig.DEFAULT, store, annotator);
    for (int i = 0; i < articles.size(); i += FILL_BATCH) {
      filling.add(articles.subList(i, Math.min(articles.size(), i + FILL_BATCH)));
    }
  }

  /** Adds {@code articles} to a new empty store beside the full one, counting its store calls. */
  private static Cost addToEmpty(
      Backend backend, Annotator annotator, List<Article> articles, Map<String, Long> byMethod) {
    try (Store store = backend.beside().get()) {
      TimedStore timed = TimedStore.of(store);
      Pipeline p = Pipelines.withAnnotator(PipelineConfig.DEFAULT, timed.store(), annotator);
      Cost cost = add(p, timed, articles).cost();
      timed.nanosByMethod().forEach((m, ns) -> byMethod.merge(m, ns, Long::sum));
      return cost;
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

  /** The median of each of the costs' measures, apart. */
  private static Cost median(List<Cost> costs) {
    return new Cost(
        median(costs.stream().mapToLong(Cost::wall).toArray()),
        median(costs.stream().mapToLong(Cost::cpu).toArray()),
        median(costs.stream().mapToLong(Cost::store).toArray()));
  }

  private static long median(long[] xs) {
    Arrays.sort(xs);
    int m = xs.length / 2;
    return xs.length % 2 == 1 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
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
    dropSchema(url, BESIDE);
    dropSchema(url, MIDDLE);
    execute(url, "DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
    return url;
  }

  /** A new empty schema beside the full store's; returns the URL of a store in it. */
  private static String schemaIn(String url, String schema) {
    dropSchema(url, schema);
    execute(url, "CREATE SCHEMA " + schema);
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static void dropSchema(String url, String schema) {
    execute(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private static void execute(String url, String... sql) {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot prepare the scratch database " + url + ": " + e.getMessage(), e);
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
