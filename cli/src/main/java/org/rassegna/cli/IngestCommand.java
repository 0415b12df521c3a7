package org.rassegna.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rassegna.ingest.ArticleSink;
import org.rassegna.ingest.ArticleSource;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.JsonLinesArticleWriter;
import org.rassegna.ingest.PathArticleSource;
import org.rassegna.ingest.feed.FeedReader;
import org.rassegna.ingest.http.FetchPolicy;
import org.rassegna.ingest.http.HttpPageFetcher;
import org.rassegna.ingest.http.PageFetcher;
import org.rassegna.ingest.http.UrlArticleSource;
import org.rassegna.ingest.http.ValidatorStore;
import org.rassegna.model.Article;
import org.rassegna.model.Skipped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rassegna ingest}: inputs of any kind into one JSON Lines file, resumably. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads articles from files, folders and URLs and appends them to a JSON Lines file"
          + " (which 'rassegna brief' reads).",
      "Inputs: plain text, JSON Lines, HTML pages (.html, .htm), RSS and Atom feeds (.rss,"
          + " .atom, or .xml holding a feed), WARC archives (.warc, .warc.gz), told apart by"
          + " extension or, for .xml and unknown extensions, by content; and http(s) URLs of"
          + " pages or feeds. Feed items without their full text are read from the linked page.",
      "Resumable: articles whose id is already in the output are neither fetched nor written"
          + " again, and feeds are fetched with a conditional GET against the ETag and"
          + " Last-Modified remembered in OUTPUT.state.json.",
      "An input that cannot be read (malformed, invalid feed, broken WARC record, too large,"
          + " unreachable URL) is reported on stderr with the reason; the run goes on.",
      ""
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:the inputs were read (some items may have been skipped, as reported)",
      "1:nothing could be read, or the output could not be written",
      "2:wrong usage"
    })
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files, folders (read recursively in name order) or http(s) URLs.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "JSON Lines file to append the articles to (created if needed).")
  Path output;

  @Option(
      names = "--max-article-bytes",
      paramLabel = "N",
      description = "Skip any article or page larger than this (default: ${DEFAULT-VALUE}).")
  long maxArticleBytes = IngestLimits.DEFAULT.maxArticleBytes();

  @Option(
      names = "--delay-ms",
      paramLabel = "MS",
      description = "Least time between two requests to the same host (default: ${DEFAULT-VALUE}).")
  long delayMs = FetchPolicy.DEFAULT.perHostDelay().toMillis();

  @Option(
      names = "--timeout-s",
      paramLabel = "S",
      description =
          "Seconds to wait for a connection and for a response (default: ${DEFAULT-VALUE}).")
  long timeoutS = FetchPolicy.DEFAULT.requestTimeout().toSeconds();

  @Option(
      names = "--max-redirects",
      paramLabel = "N",
      description = "Redirects to follow before giving up on a URL (default: ${DEFAULT-VALUE}).")
  int maxRedirects = FetchPolicy.DEFAULT.maxRedirects();

  @Option(
      names = "--allow-private-urls",
      description =
          "Fetch hosts that resolve to loopback, link-local, private or multicast addresses"
              + " (intranet feeds). Refused by default, at every redirect too.")
  boolean allowPrivateUrls;

  @Option(
      names = "--no-fetch-linked",
      description =
          "Do not fetch the pages that local feed files link to; keep the items' summaries.")
  boolean noFetchLinked;

  @Option(
      names = "--no-progress",
      description = "Do not show progress on stderr (it is shown only on a console anyway).")
  boolean noProgress;

  static boolean isUrl(String input) {
    return input.matches("(?i)https?://.*");
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    IngestLimits limits = new IngestLimits(maxArticleBytes);
    PageFetcher fetcher =
        new HttpPageFetcher(
            new FetchPolicy(
                Duration.ofSeconds(Math.min(timeoutS, 10)),
                Duration.ofSeconds(timeoutS),
                maxArticleBytes,
                maxRedirects,
                Duration.ofMillis(delayMs),
                FetchPolicy.USER_AGENT,
                allowPrivateUrls));
    Path stateFile = output.resolveSibling(output.getFileName() + ".state.json");
    int[] written = new int[1];
    int[] repeated = new int[1];
    List<Skipped> skipped = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    try (JsonLinesArticleWriter writer = new JsonLinesArticleWriter(output);
        Progress progress = new Progress(err, !noProgress && Progress.console(), "ingest", 0)) {
      ValidatorStore validators = ValidatorStore.load(stateFile);
      ArticleSink sink =
          new ArticleSink() {
            @Override
            public void accept(Article article) {
              try {
                if (writer.write(article)) {
                  written[0]++;
                  progress.step();
                } else {
                  repeated[0]++;
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }

            @Override
            public void skip(Skipped s) {
              skipped.add(s);
              err.println("skipped " + s.item() + ": " + s.reason());
            }

            @Override
            public void ignore(String item) {
              ignored.add(item);
            }
          };
      FeedReader feeds = new FeedReader(limits, noFetchLinked ? null : fetcher, writer::has);
      for (String input : inputs) {
        ArticleSource source =
            isUrl(input)
                ? new UrlArticleSource(input, limits, fetcher, validators, writer::has)
                : new PathArticleSource(Path.of(input), limits, feeds);
        source.read(sink);
        validators.save(stateFile);
      }
      err.printf(
          Locale.ROOT,
          "ingested %d new articles (%d were already in %s, %d repeated), skipped %d, ignored %d"
              + " non-article items -> %s%n",
          written[0],
          writer.previously(),
          output,
          repeated[0],
          skipped.size(),
          ignored.size(),
          output);
      return written[0] + writer.previously() + repeated[0] == 0 && !skipped.isEmpty() ? 1 : 0;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      err.println("rassegna: cannot write " + output + ": " + e.getMessage());
      return 1;
    }
  }
}
