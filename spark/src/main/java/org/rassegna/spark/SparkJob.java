package org.rassegna.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.rassegna.brief.BriefComposer;
import org.rassegna.cluster.ClusterFeatures;
import org.rassegna.cluster.ClusterParameters;
import org.rassegna.cluster.OnlineStoryClusterer;
import org.rassegna.compare.ClaimComparator;
import org.rassegna.dedup.DedupConfig;
import org.rassegna.extract.StoryExtractor;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.PathArticleSource;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Brief;
import org.rassegna.model.Clustering;
import org.rassegna.model.Comparison;
import org.rassegna.model.Skipped;
import org.rassegna.model.SourceGroup;
import org.rassegna.model.Story;
import org.rassegna.model.StoryExtraction;
import org.rassegna.model.Storyline;
import scala.Tuple2;

/**
 * The pipeline as a Spark job, giving the groups and stories that {@code pipeline.Pipeline} gives
 * for the same articles added at once:
 *
 * <ol>
 *   <li><b>ingest</b>, one task per input file (JSON Lines, HTML, WARC, WARC.gz, text: what {@link
 *       Ingest} reads); an article id read twice keeps its first reading;
 *   <li><b>annotate</b> in executors, the annotator loaded once per executor JVM ({@link
 *       JobAnnotator}); each article's analysis, cluster features and dedup entry are computed in
 *       the same task and the analysis is cached for the later stages;
 *   <li><b>dedup</b>: {@link SparkDedup}, joins on band keys and sentence hashes, components on the
 *       driver;
 *   <li><b>cluster</b> on the driver, over the features alone ({@link ClusterFeatures}: terms,
 *       specific keys, time), in publication order: the clusterer is online, one stream;
 *   <li><b>extract, compare and brief</b> per story in executors.
 * </ol>
 *
 * Output under {@code out}, each a directory of JSON Lines part files: {@code groups}, {@code
 * stories}, {@code storylines}, {@code skipped}, {@code extractions}, {@code comparisons} and
 * {@code briefs} (one brief per story). Input files must be readable by every executor at the same
 * path (a shared file system); {@code out} is a Hadoop path ({@code file:}, {@code hdfs:}, …).
 */
public final class SparkJob {

  /**
   * How the job runs its stages.
   *
   * @param annotator the executors' annotator
   * @param dedup the deduplicator's configuration
   * @param cluster the clusterer's parameters
   */
  public record Settings(JobAnnotator annotator, DedupConfig dedup, ClusterParameters cluster) {

    public static final Settings DEFAULT =
        new Settings(JobAnnotator.STANDARD, DedupConfig.DEFAULT, ClusterParameters.DEFAULT);

    public Settings withAnnotator(JobAnnotator a) {
      return new Settings(a, dedup, cluster);
    }

    public Settings withCluster(ClusterParameters p) {
      return new Settings(annotator, dedup, p);
    }
  }

  /**
   * What a run made (the briefs, extractions and comparisons are in {@code out} only).
   *
   * @param articles articles annotated
   * @param groups the independent-source groups, by earliest article
   * @param clustering the stories and storylines
   * @param skipped what could not be read, annotated or extracted, with the reason
   * @param seconds wall seconds per stage, in stage order
   * @param cpuSeconds CPU seconds of the driver's JVM per stage, in stage order: in local mode the
   *     executors' too, so that the cost can be judged on a loaded machine
   */
  public record Result(
      long articles,
      List<SourceGroup> groups,
      Clustering clustering,
      List<Skipped> skipped,
      Map<String, Double> seconds,
      Map<String, Double> cpuSeconds) {}

  /** One article's analysis, cluster features and dedup entry, as JSON. */
  record Analysed(String id, String annotated, String features, String entry)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** An article analysed, or why not. */
  record Outcome(@Nullable Analysed analysed, @Nullable String skipped) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** One story's extraction, comparison (absent when they failed) and brief, as JSON. */
  record StoryOutput(
      String storyId,
      @Nullable String extraction,
      @Nullable String comparison,
      String brief,
      @Nullable String failure)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Where the large records (articles, analyses: tens of KB of JSON each) are kept between the
   * stages that read them again: on disk, so that an executor's heap holds the records of the tasks
   * it runs, not of its partitions, and 100,000 articles fit a small heap.
   */
  private static final StorageLevel RECORDS = StorageLevel.DISK_ONLY();

  private SparkJob() {}

  /** {@code spark-submit --class org.rassegna.spark.SparkJob JAR INPUT… --out DIR [--lucene]}. */
  public static void main(String[] args) {
    List<Path> inputs = new ArrayList<>();
    String out = null;
    Settings settings = Settings.DEFAULT;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = args[++i];
        case "--lucene" -> settings = settings.withAnnotator(JobAnnotator.LUCENE);
        default -> inputs.add(Path.of(args[i]));
      }
    }
    if (out == null || inputs.isEmpty()) {
      throw new IllegalArgumentException("usage: SparkJob INPUT… --out DIR [--lucene]");
    }
    try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("rassegna"))) {
      Result r = run(sc, inputs, out, settings);
      System.out.printf(
          java.util.Locale.ROOT,
          "%d articles, %d stories, %d skipped; seconds %s; driver CPU seconds %s%n",
          r.articles(),
          r.clustering().stories().size(),
          r.skipped().size(),
          r.seconds(),
          r.cpuSeconds());
    }
  }

  /**
   * Runs the stages over the files under {@code inputs} and writes the results under {@code out}.
   */
  public static Result run(JavaSparkContext sc, List<Path> inputs, String out, Settings settings) {
    Clock clock = new Clock();
    Ingest listing = new Ingest(a -> {});
    List<Tuple2<Integer, String>> files = files(inputs, listing);
    List<Skipped> skipped = new ArrayList<>(listing.result().skipped());
    JavaPairRDD<String, String> read =
        sc.parallelize(files, Math.max(1, files.size())).flatMapToPair(SparkJob::ingest);
    read.persist(RECORDS);
    JavaRDD<String> firstReadings =
        read.filter(r -> r._1().equals("a"))
            .mapToPair(r -> reading(r._2()))
            .groupByKey()
            .flatMap(SparkJob::firstReading);
    firstReadings.persist(RECORDS);
    read.filter(r -> r._1().equals("s"))
        .map(Tuple2::_2)
        .union(firstReadings.filter(r -> r.startsWith("s")).map(r -> r.substring(1)))
        .collect()
        .forEach(s -> skipped.add(Json.read(s, Skipped.class)));
    JavaRDD<String> articles =
        firstReadings.filter(r -> r.startsWith("a")).map(r -> r.substring(1));
    articles.persist(RECORDS);
    articles.count();
    clock.lap("ingest");

    JobAnnotator annotator = settings.annotator();
    String dedupJson = Json.write(settings.dedup());
    JavaRDD<Outcome> outcomes = articles.map(json -> analyse(annotator, dedupJson, json));
    outcomes.persist(RECORDS);
    JavaRDD<Analysed> analysed = outcomes.filter(o -> o.analysed() != null).map(Outcome::analysed);
    analysed.persist(RECORDS);
    outcomes
        .filter(o -> o.skipped() != null)
        .map(Outcome::skipped)
        .collect()
        .forEach(s -> skipped.add(Json.read(s, Skipped.class)));
    List<ClusterFeatures> features =
        new ArrayList<>(
            analysed.map(Analysed::features).collect().stream()
                .map(f -> Json.read(f, ClusterFeatures.class))
                .toList());
    outcomes.unpersist();
    articles.unpersist();
    firstReadings.unpersist();
    read.unpersist();
    clock.lap("annotate");

    features.sort(ClusterFeatures.PUBLICATION_ORDER);
    List<String> ids = features.stream().map(ClusterFeatures::id).toList();
    HashMap<String, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      indexOf.put(ids.get(i), i);
    }
    Broadcast<HashMap<String, Integer>> index = sc.broadcast(indexOf);
    List<SourceGroup> groups =
        SparkDedup.groups(
            analysed.mapToPair(a -> new Tuple2<>(index.value().get(a.id()), a.entry())),
            ids,
            dedupJson);
    clock.lap("dedup");

    OnlineStoryClusterer.Session session = new OnlineStoryClusterer(settings.cluster()).session();
    features.forEach(session::add);
    features.clear();
    Clustering clustering = session.finish();
    clock.lap("cluster");

    JavaRDD<StoryOutput> stories = perStory(sc, analysed, clustering, groups);
    stories.persist(RECORDS);
    stories
        .filter(s -> s.extraction() != null)
        .map(StoryOutput::extraction)
        .saveAsTextFile(out + "/extractions");
    stories
        .filter(s -> s.comparison() != null)
        .map(StoryOutput::comparison)
        .saveAsTextFile(out + "/comparisons");
    stories.map(StoryOutput::brief).saveAsTextFile(out + "/briefs");
    stories
        .filter(s -> s.failure() != null)
        .map(StoryOutput::failure)
        .collect()
        .forEach(s -> skipped.add(Json.read(s, Skipped.class)));
    stories.unpersist();
    long n = analysed.count();
    analysed.unpersist();
    clock.lap("extract+compare+brief");

    write(sc, out + "/groups", groups);
    write(sc, out + "/stories", clustering.stories());
    write(sc, out + "/storylines", clustering.storylines());
    write(sc, out + "/skipped", skipped);
    return new Result(n, groups, clustering, skipped, clock.wall, clock.cpu);
  }

  /**
   * The files to read, numbered, in the order one read of {@code inputs} reads them: a folder's
   * files as a read of the folder walks them (marked {@code d}: read as in a folder), a named file
   * as named (marked {@code f}). Links not followed are reported to {@code sink}.
   */
  static List<Tuple2<Integer, String>> files(List<Path> inputs, Ingest sink) {
    List<Tuple2<Integer, String>> out = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        PathArticleSource.files(p, sink).forEach(f -> out.add(new Tuple2<>(out.size(), "d" + f)));
      } else {
        out.add(new Tuple2<>(out.size(), "f" + p));
      }
    }
    return out;
  }

  /** A file's articles ("a": position and article) and skipped items ("s"). */
  private static Iterator<Tuple2<String, String>> ingest(Tuple2<Integer, String> file) {
    Ingest sink = new Ingest(a -> {});
    Path path = Path.of(file._2().substring(1));
    if (file._2().startsWith("d")) {
      PathArticleSource.inFolder(path, IngestLimits.DEFAULT, sink);
    } else {
      new PathArticleSource(path, IngestLimits.DEFAULT).read(sink);
    }
    Ingest.Result r = sink.result();
    List<Tuple2<String, String>> out = new ArrayList<>();
    for (int i = 0; i < r.articles().size(); i++) {
      long position = ((long) file._1() << 32) | i;
      out.add(new Tuple2<>("a", position + " " + Json.write(r.articles().get(i))));
    }
    r.skipped().forEach(s -> out.add(new Tuple2<>("s", Json.write(s))));
    return out.iterator();
  }

  private static Tuple2<String, Tuple2<Long, String>> reading(String positioned) {
    int space = positioned.indexOf(' ');
    String json = positioned.substring(space + 1);
    Article a = Json.read(json, Article.class);
    return new Tuple2<>(a.id(), new Tuple2<>(Long.parseLong(positioned.substring(0, space)), json));
  }

  /**
   * The first reading of an id ("a" and the article), and a skip for each later one ("s" and the
   * skip), as {@link Ingest} reports them.
   */
  private static Iterator<String> firstReading(Tuple2<String, Iterable<Tuple2<Long, String>>> id) {
    List<Tuple2<Long, String>> all = new ArrayList<>();
    id._2().forEach(all::add);
    all.sort(Comparator.comparingLong(Tuple2::_1));
    List<String> out = new ArrayList<>();
    out.add("a" + all.get(0)._2());
    for (int i = 1; i < all.size(); i++) {
      out.add("s" + Json.write(new Skipped(id._1(), "duplicate id: an article with it was read")));
    }
    return out.iterator();
  }

  private static Outcome analyse(JobAnnotator annotator, String dedupJson, String articleJson) {
    Article article = Json.read(articleJson, Article.class);
    try {
      AnnotatedArticle a = annotator.get().annotate(article);
      return new Outcome(
          new Analysed(
              a.id(),
              Json.write(a),
              Json.write(ClusterFeatures.of(a)),
              Json.write(SparkDedup.parts(dedupJson).entry(a))),
          null);
    } catch (RuntimeException e) {
      // one article the annotator fails on is reported; the batch goes on
      return new Outcome(null, Json.write(new Skipped(article.id(), "annotation failed: " + e)));
    }
  }

  private static JavaRDD<StoryOutput> perStory(
      JavaSparkContext sc,
      JavaRDD<Analysed> analysed,
      Clustering clustering,
      List<SourceGroup> groups) {
    HashMap<String, String> storyOf = new HashMap<>();
    HashMap<String, String> storyJson = new HashMap<>();
    for (Story s : clustering.stories()) {
      s.articleIds().forEach(a -> storyOf.put(a, s.id()));
      storyJson.put(s.id(), Json.write(s));
    }
    // a story's brief names its storyline with that story alone, as the pipeline's brief of one
    HashMap<String, String> lineOf = new HashMap<>();
    for (Storyline line : clustering.storylines()) {
      line.storyIds().forEach(id -> lineOf.put(id, line.id()));
    }
    HashMap<String, String> groupOf = new HashMap<>();
    groups.forEach(g -> g.articleIds().forEach(a -> groupOf.put(a, g.id())));
    Broadcast<HashMap<String, String>> bStoryOf = sc.broadcast(storyOf);
    Broadcast<HashMap<String, String>> bStories = sc.broadcast(storyJson);
    Broadcast<HashMap<String, String>> bLines = sc.broadcast(lineOf);
    Broadcast<HashMap<String, String>> bGroups = sc.broadcast(groupOf);
    return analysed
        .mapToPair(a -> new Tuple2<>(bStoryOf.value().get(a.id()), a.annotated()))
        .groupByKey()
        .mapPartitions(
            it -> {
              // one set of stages per task: they are not known to be thread-safe
              Stages stages = new Stages();
              // lazily, story by story: a task's outputs are written as they come, not held
              return new Iterator<StoryOutput>() {
                @Override
                public boolean hasNext() {
                  return it.hasNext();
                }

                @Override
                public StoryOutput next() {
                  Tuple2<String, Iterable<String>> g = it.next();
                  return stages.story(
                      Json.read(bStories.value().get(g._1()), Story.class),
                      bLines.value().get(g._1()),
                      g._2(),
                      bGroups.value());
                }
              };
            });
  }

  /** Extract, compare and brief, for the stories of one task. */
  private static final class Stages {
    private final StoryExtractor extractor = StoryExtractor.italian();
    private final ClaimComparator comparator = new ClaimComparator();
    private final BriefComposer composer = new BriefComposer();

    StoryOutput story(
        Story story,
        @Nullable String lineId,
        Iterable<String> annotated,
        Map<String, String> groups) {
      Map<String, AnnotatedArticle> byId = new HashMap<>();
      annotated.forEach(
          json -> {
            AnnotatedArticle a = Json.read(json, AnnotatedArticle.class);
            byId.put(a.id(), a);
          });
      List<AnnotatedArticle> members = story.articleIds().stream().map(byId::get).toList();
      Map<String, String> memberGroups = new HashMap<>();
      story.articleIds().forEach(id -> memberGroups.put(id, groups.getOrDefault(id, id)));
      Map<String, BriefComposer.Findings> findings = new HashMap<>();
      String extraction = null;
      String comparison = null;
      String failure = null;
      try {
        StoryExtraction x = extractor.extract(story, members);
        Comparison c = comparator.compare(x, a -> memberGroups.getOrDefault(a, a));
        findings.put(story.id(), new BriefComposer.Findings(x, c));
        extraction = Json.write(x);
        comparison = Json.write(c);
      } catch (RuntimeException e) {
        failure =
            Json.write(
                new Skipped(
                    "story " + story.id() + " (" + story.articleIds().get(0) + " …)",
                    "extract or compare failed, briefed without statements, entities and claims: "
                        + e));
      }
      List<Storyline> lines =
          lineId == null ? List.of() : List.of(new Storyline(lineId, List.of(story.id())));
      Brief brief =
          composer.compose(
              new Clustering(List.of(story), lines),
              members,
              memberGroups,
              findings,
              new Brief.InputSummary(members.size(), List.of()));
      return new StoryOutput(
          story.id(), extraction, comparison, Json.write(brief.stories().get(0)), failure);
    }
  }

  private static void write(JavaSparkContext sc, String dir, List<?> records) {
    List<String> lines = records.stream().map(Json::write).toList();
    sc.parallelize(lines, 1).saveAsTextFile(dir);
  }

  /** Wall and CPU seconds of the driver's JVM per stage, from one lap's end to the next. */
  /** The CPU time of the whole process so far, all threads, in nanoseconds (-1: not known). */
  private static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
  }

  private static final class Clock {
    final Map<String, Double> wall = new LinkedHashMap<>();
    final Map<String, Double> cpu = new LinkedHashMap<>();
    private long wallAt = System.nanoTime();
    private long cpuAt = processCpuNanos();

    void lap(String stage) {
      long w = System.nanoTime();
      long c = processCpuNanos();
      wall.put(stage, (w - wallAt) / 1e9);
      cpu.put(stage, (c - cpuAt) / 1e9);
      wallAt = w;
      cpuAt = c;
    }
  }
}
