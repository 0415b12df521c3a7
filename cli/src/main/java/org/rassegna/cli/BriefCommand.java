package org.rassegna.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.LanguageRoutingAnnotator;
import org.rassegna.annotate.ParallelAnnotator;
import org.rassegna.brief.BriefComposer;
import org.rassegna.brief.BriefWriter;
import org.rassegna.brief.HtmlBriefWriter;
import org.rassegna.brief.JsonBriefWriter;
import org.rassegna.brief.Labels;
import org.rassegna.brief.MarkdownBriefWriter;
import org.rassegna.cluster.ClusterParameters;
import org.rassegna.cluster.OnlineStoryClusterer;
import org.rassegna.compare.ClaimComparator;
import org.rassegna.dedup.Deduplication;
import org.rassegna.dedup.MinHashDeduplicator;
import org.rassegna.extract.StoryExtractor;
import org.rassegna.ingest.ArticleSource;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.PathArticleSource;
import org.rassegna.ingest.http.FetchPolicy;
import org.rassegna.ingest.http.HttpPageFetcher;
import org.rassegna.ingest.http.PageFetcher;
import org.rassegna.ingest.http.UrlArticleSource;
import org.rassegna.ingest.http.ValidatorStore;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Brief;
import org.rassegna.model.Clustering;
import org.rassegna.model.Skipped;
import org.rassegna.model.Story;
import org.rassegna.model.StoryExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rassegna brief}: the whole pipeline, from files to a brief in three formats. */
@Command(
    name = "brief",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles, finds the ones that copy each other (see 'rassegna dedup'), groups them"
          + " into stories and storylines, extracts who said what, entities and figures per story"
          + " and compares them across independent sources (see 'rassegna extract'), and writes"
          + " brief.md, brief.html (one self-contained page with an SVG timeline and"
          + " source-agreement chart) and brief.json (valid against brief.schema.json) into the"
          + " output folder: per storyline and story a headline, a summary whose sentences cite"
          + " every independent source that states them, and a timeline; per story also who said"
          + " what, the entities, the claims table and the sources with their groups.",
      "Inputs: plain-text files (the file name is the source; a leading 'date YYYY-MM-DD' line"
          + " is read as the publication date), JSON Lines files (.jsonl, .ndjson: one article"
          + " a line with text and optionally id, source, url, published, title), HTML pages"
          + " (.html, .htm: the article body and its title, author and dates), RSS and Atom"
          + " feeds (.rss, .atom, or .xml holding a feed; items without full text keep their"
          + " summary), WARC archives (.warc, .warc.gz: every HTML response), and folders of"
          + " these; .xml and unknown extensions are told apart by content. Text may be UTF-8"
          + " (with or without BOM) or Windows-1252/ISO-8859-1; pages may declare their"
          + " charset. http(s) URLs of pages and feeds are fetched (see 'rassegna ingest' for a"
          + " resumable, polite crawl into a file).",
      "An input that cannot be read (empty, binary, undecodable, too large, malformed, an"
          + " invalid feed, a broken WARC record) is reported on stderr with the reason and"
          + " listed in the brief; the run goes on.",
      ""
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:the brief was written",
      "1:no article could be read, or the output could not be written",
      "2:wrong usage"
    })
final class BriefCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Files or folders of articles (folders are read recursively in name order), or"
              + " http(s) URLs of pages or feeds.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Folder to write brief.md, brief.html and brief.json into (created if needed).")
  Path output;

  @Option(
      names = "--similarity",
      paramLabel = "X",
      description =
          "Score (0–1]: TF-IDF cosine of an article to an event's centroid, decayed by the time"
              + " since the event's latest article, at or above which the article joins the"
              + " event; also the cosine at which events join a storyline"
              + " (default: ${DEFAULT-VALUE}).")
  double similarity = ClusterParameters.DEFAULT.threshold();

  @Option(
      names = "--max-article-bytes",
      paramLabel = "N",
      description = "Skip any article larger than this (default: ${DEFAULT-VALUE}).")
  long maxArticleBytes = IngestLimits.DEFAULT.maxArticleBytes();

  @Option(
      names = "--lang",
      paramLabel = "it|en",
      description =
          "Language of the brief's labels (headings, counts, statuses); the content stays as the"
              + " sources wrote it (default: ${DEFAULT-VALUE}).")
  String lang = "it";

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads annotating the articles (default: the available processors, ${DEFAULT-VALUE}).")
  int threads = ParallelAnnotator.defaultThreads();

  @Option(
      names = "--no-progress",
      description = "Do not show progress on stderr (it is shown only on a console anyway).")
  boolean noProgress;

  /** Files and folders are read offline; URLs are fetched, and so are their feeds' pages. */
  private List<ArticleSource> sources(IngestLimits limits) {
    @Nullable PageFetcher fetcher = null;
    List<ArticleSource> sources = new ArrayList<>();
    for (String input : inputs) {
      if (IngestCommand.isUrl(input)) {
        if (fetcher == null) {
          fetcher = new HttpPageFetcher(FetchPolicy.DEFAULT);
        }
        sources.add(
            new UrlArticleSource(input, limits, fetcher, new ValidatorStore(), id -> false));
      } else {
        sources.add(new PathArticleSource(Path.of(input), limits));
      }
    }
    return sources;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Labels labels;
    try {
      labels = Labels.of(lang);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--lang: " + e.getMessage() + " (it or en)");
    }
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--threads must be at least 1: " + threads);
    }
    boolean showProgress = !noProgress && Progress.console();
    Ingest.Result read;
    try (Progress p = new Progress(err, showProgress, "read", 0)) {
      read = Ingest.read(sources(new IngestLimits(maxArticleBytes)), a -> p.step());
    }
    if (!Reports.readSomething(read, inputs, err)) {
      return 1;
    }
    long t0 = System.nanoTime();
    List<AnnotatedArticle> annotated = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>(read.skipped());
    try (Progress p = new Progress(err, showProgress, "annotate", read.articles().size());
        ParallelAnnotator annotator =
            new ParallelAnnotator(LanguageRoutingAnnotator.standard(), threads)) {
      annotator.annotateAll(
          read.articles(),
          outcome -> {
            if (outcome instanceof ParallelAnnotator.Annotated a) {
              annotated.add(a.annotated());
            } else if (outcome instanceof ParallelAnnotator.Failed f) {
              skipped.add(f.skipped());
              err.println(f.skipped().item() + ": " + f.skipped().reason());
            }
            p.step();
          });
    }
    long t1 = System.nanoTime();
    Deduplication copies = new MinHashDeduplicator().deduplicate(annotated);
    Clustering clustering =
        new OnlineStoryClusterer(ClusterParameters.DEFAULT.withThreshold(similarity))
            .cluster(annotated);
    long t2 = System.nanoTime();
    Map<String, String> groupOf = copies.groupOfArticle();
    StoryExtractor extractor = StoryExtractor.italian();
    ClaimComparator comparator = new ClaimComparator();
    Map<String, BriefComposer.Findings> findings = new HashMap<>();
    Map<String, AnnotatedArticle> byId = new HashMap<>();
    annotated.forEach(a -> byId.put(a.id(), a));
    try (Progress p = new Progress(err, showProgress, "extract", clustering.stories().size())) {
      for (Story story : clustering.stories()) {
        try {
          StoryExtraction x = extractor.extract(story, byId);
          findings.put(
              story.id(),
              new BriefComposer.Findings(
                  x, comparator.compare(x, id -> groupOf.getOrDefault(id, id))));
        } catch (RuntimeException e) {
          // one story's failure must not cost the brief: it goes out without that story's
          // who said what, entities and claims, and says so
          Skipped s =
              new Skipped(
                  "story " + story.id() + " (" + story.articleIds().get(0) + " …)",
                  "extract or compare failed, briefed without statements, entities and claims: "
                      + e);
          skipped.add(s);
          err.println(s.item() + ": " + s.reason());
        }
        p.step();
      }
    }
    long t3 = System.nanoTime();
    Brief brief =
        new BriefComposer()
            .compose(
                clustering,
                annotated,
                groupOf,
                findings,
                new Brief.InputSummary(read.articles().size(), skipped));
    Files.createDirectories(output);
    for (BriefWriter writer :
        List.of(
            new MarkdownBriefWriter(labels), new HtmlBriefWriter(labels), new JsonBriefWriter())) {
      try (Writer out = Files.newBufferedWriter(output.resolve(writer.fileName()))) {
        writer.write(brief, out);
      }
    }
    err.printf(
        Locale.ROOT,
        "read %s, skipped %d, ignored %s; %s, %s in %s -> %s%n",
        plural(read.articles().size(), "article"),
        read.skipped().size(),
        plural(read.ignored().size(), "non-article file"),
        plural(copies.groups().size(), "independent source"),
        plural(clustering.stories().size(), "story"),
        plural(clustering.storylines().size(), "storyline"),
        output.resolve("brief.{md,html,json}"));
    err.printf(
        Locale.ROOT,
        "seconds: annotate %.1f (models included), dedup and cluster %.1f, extract and compare"
            + " %.1f, compose and write %.1f%n",
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9,
        (System.nanoTime() - t3) / 1e9);
    return 0;
  }

  /** "1 story", "2 stories", "0 articles". */
  static String plural(int n, String noun) {
    if (n == 1) {
      return n + " " + noun;
    }
    return n
        + " "
        + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
  }
}
