package org.rassegna.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.LanguageRoutingAnnotator;
import org.rassegna.annotate.corenlp.ItalianDependencies;
import org.rassegna.brief.BriefWriter;
import org.rassegna.brief.HtmlBriefWriter;
import org.rassegna.brief.JsonBriefWriter;
import org.rassegna.brief.Labels;
import org.rassegna.brief.MarkdownBriefWriter;
import org.rassegna.ingest.ArticleSource;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.PathArticleSource;
import org.rassegna.ingest.http.FetchPolicy;
import org.rassegna.ingest.http.HttpPageFetcher;
import org.rassegna.ingest.http.PageFetcher;
import org.rassegna.ingest.http.UrlArticleSource;
import org.rassegna.ingest.http.ValidatorStore;
import org.rassegna.model.Brief;
import org.rassegna.model.Skipped;
import org.rassegna.pipeline.Pipeline;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
      arity = "0..*",
      paramLabel = "INPUT",
      description =
          "Files or folders of articles (folders are read recursively in name order), or"
              + " http(s) URLs of pages or feeds. Without --db they are briefed in a store in"
              + " memory; with --db they are first added to that store (see 'rassegna add').")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "Write the brief from this store (an SQLite file such as rassegna.db, a jdbc:sqlite:"
              + " or jdbc:postgresql: URL), as 'rassegna add' filled it.")
  @Nullable String db;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "Only stories with an article of this day (YYYY-MM-DD) or later.")
  @Nullable LocalDate since;

  @Option(
      names = "--story",
      paramLabel = "ID",
      description = "Only this story (its id as the brief and 'rassegna add' print it).")
  @Nullable String story;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "DIR",
      description = "Folder to write brief.md, brief.html and brief.json into (created if needed).")
  Path output;

  @Mixin SimilarityOption similarity;

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

  @Mixin ThreadsOption threads;

  @Option(
      names = "--no-progress",
      description = "Do not show progress on stderr (it is shown only on a console anyway).")
  boolean noProgress;

  /** Files and folders are read offline; URLs are fetched, and so are their feeds' pages. */
  static List<ArticleSource> sources(List<String> inputs, IngestLimits limits) {
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
    if (inputs.isEmpty() && db == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give INPUT files or folders, or --db with a store");
    }
    if (!inputs.isEmpty()) {
      // the models load while the input is read, and the parser the stories need beside them
      LanguageRoutingAnnotator.startLoading();
      ItalianDependencies.startLoading();
    }
    boolean showProgress = !noProgress && Progress.console();
    Pipeline.BriefQuery query = new Pipeline.BriefQuery(since, story);
    long t0 = System.nanoTime();
    Brief brief;
    String read = "";
    double readSeconds = 0;
    double addSeconds = 0;
    double refreshSeconds = 0;
    long composeStart;
    try (Store store = db == null ? Stores.inMemory() : Stores.open(db)) {
      Pipeline pipeline = Adding.pipeline(store, similarity.similarity(), threads.threads());
      Brief.InputSummary input = null;
      if (!inputs.isEmpty()) {
        Ingest.Result result;
        try (Progress p = new Progress(err, showProgress, "read", 0)) {
          result = Ingest.read(sources(inputs, new IngestLimits(maxArticleBytes)), a -> p.step());
        }
        if (!Reports.readSomething(result, inputs, err)) {
          return 1;
        }
        readSeconds = (System.nanoTime() - t0) / 1e9;
        List<Skipped> skipped = new ArrayList<>(result.skipped());
        Adding.Result added = Adding.add(pipeline, result.articles(), err, showProgress);
        skipped.addAll(added.failed());
        addSeconds = added.addSeconds();
        refreshSeconds = added.refreshSeconds();
        input = new Brief.InputSummary(result.articles().size(), skipped);
        read =
            String.format(
                Locale.ROOT,
                "read %s, skipped %d, ignored %s; ",
                plural(result.articles().size(), "article"),
                result.skipped().size(),
                plural(result.ignored().size(), "non-article file"));
      }
      composeStart = System.nanoTime();
      try {
        brief = pipeline.brief(query, input);
      } catch (NoSuchElementException e) {
        err.println("rassegna: " + e.getMessage());
        return 1;
      }
    }
    long t1 = System.nanoTime();
    Files.createDirectories(output);
    for (BriefWriter writer :
        List.of(
            new MarkdownBriefWriter(labels), new HtmlBriefWriter(labels), new JsonBriefWriter())) {
      try (Writer out = Files.newBufferedWriter(output.resolve(writer.fileName()))) {
        writer.write(brief, out);
      }
    }
    long groups =
        brief.stories().stream()
            .flatMap(s -> s.sources().stream())
            .map(Brief.Source::group)
            .distinct()
            .count();
    err.printf(
        Locale.ROOT,
        "%s%s, %s in %s -> %s%n",
        read,
        plural((int) groups, "independent source"),
        plural(brief.stories().size(), "story"),
        plural(brief.storylines().size(), "storyline"),
        output.resolve("brief.{md,html,json}"));
    err.printf(
        Locale.ROOT,
        "seconds: read %.1f, annotate dedup and cluster %.1f (models included), extract and"
            + " compare %.1f, compose %.1f, write %.1f%n",
        readSeconds,
        addSeconds,
        refreshSeconds,
        (t1 - composeStart) / 1e9,
        (System.nanoTime() - t1) / 1e9);
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
