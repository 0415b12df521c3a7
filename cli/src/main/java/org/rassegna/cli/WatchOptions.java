package org.rassegna.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.http.FetchPolicy;
import org.rassegna.ingest.http.HttpPageFetcher;
import org.rassegna.pipeline.FeedWatcher;
import org.rassegna.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How {@code watch} and {@code serve --watch} poll feeds: the interval, private addresses. */
final class WatchOptions {

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*([smh])");

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private Duration every = Duration.ofMinutes(10);

  @Option(
      names = "--every",
      paramLabel = "DURATION",
      description =
          "How often to poll each feed: 30s, 10m, 2h (default: 10m). A feed that fails is retried"
              + " after twice as long each time, up to 32 times the interval.")
  void every(String value) {
    Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
    Duration d;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      d =
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
          };
    } else {
      try {
        d = Duration.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new ParameterException(
            spec.commandLine(), "--every must be like 30s, 10m or 2h, not '" + value + "'");
      }
    }
    if (d.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new ParameterException(spec.commandLine(), "--every must be at least 1s: " + value);
    }
    every = d;
  }

  @Option(
      names = "--allow-private-urls",
      description =
          "Fetch feeds and pages on hosts that resolve to loopback, link-local, private or"
              + " multicast addresses (intranet feeds). Refused by default, at every redirect too.")
  boolean allowPrivateUrls;

  /** The feeds, checked: each an http(s) URL. */
  static List<String> feeds(CommandSpec spec, List<String> feeds) {
    for (String f : feeds) {
      if (!IngestCommand.isUrl(f)) {
        throw new ParameterException(spec.commandLine(), "a feed must be an http(s) URL: " + f);
      }
    }
    return List.copyOf(feeds);
  }

  /** A watcher over {@code store}, fetching with the default politeness and caps. */
  FeedWatcher watcher(Store store, FeedWatcher.Adder adder) {
    FetchPolicy d = FetchPolicy.DEFAULT;
    FetchPolicy policy =
        new FetchPolicy(
            d.connectTimeout(),
            d.requestTimeout(),
            d.maxBytes(),
            d.maxRedirects(),
            d.perHostDelay(),
            d.userAgent(),
            allowPrivateUrls);
    return new FeedWatcher(
        store, new HttpPageFetcher(policy), IngestLimits.DEFAULT, every, Clock.systemUTC(), adder);
  }

  /**
   * One poll, in one line: what it added on {@code out}, failures and skipped items on {@code err}.
   */
  static void report(FeedWatcher.Poll p, PrintWriter out, PrintWriter err) {
    if (p.error() != null) {
      err.println(
          "feed "
              + p.url()
              + " failed ("
              + BriefCommand.plural(p.failures(), "time")
              + " in a row, retried later): "
              + p.error());
    } else if (p.notModified()) {
      out.println("feed " + p.url() + ": not modified");
    } else {
      out.println(
          "feed "
              + p.url()
              + ": added "
              + BriefCommand.plural(p.added().size(), "article")
              + (p.added().isEmpty() ? "" : " (" + String.join(", ", p.added()) + ")")
              + "; stories changed: "
              + (p.touchedStories().isEmpty() ? "none" : String.join(", ", p.touchedStories())));
      p.skipped().forEach(s -> err.println("skipped " + s.item() + ": " + s.reason()));
    }
    out.flush();
    err.flush();
  }
}
