package org.rassegna.ingest.http;

import java.util.Map;
import java.util.function.Predicate;
import org.rassegna.ingest.ArticleSink;
import org.rassegna.ingest.ArticleSource;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.Sniffer;
import org.rassegna.ingest.feed.FeedReader;
import org.rassegna.ingest.html.HtmlArticleReader;
import org.rassegna.model.Skipped;

/**
 * A page or a feed at a URL. The response decides what it is (its {@code Content-Type}, else its
 * first bytes): a page becomes one article whose id is the URL as given; a feed is read by a {@link
 * FeedReader}, with a conditional GET against the validators of its last reading. A URL whose
 * article is already {@code known} is not fetched again. A URL that cannot be fetched (unreachable,
 * timed out, HTTP error, too large, too many redirects) is skipped with the reason.
 */
public final class UrlArticleSource implements ArticleSource {

  private final String url;
  private final IngestLimits limits;
  private final PageFetcher fetcher;
  private final ValidatorStore validators;
  private final Predicate<String> known;

  public UrlArticleSource(
      String url,
      IngestLimits limits,
      PageFetcher fetcher,
      ValidatorStore validators,
      Predicate<String> known) {
    this.url = url;
    this.limits = limits;
    this.fetcher = fetcher;
    this.validators = validators;
    this.known = known;
  }

  @Override
  public void read(ArticleSink sink) {
    if (known.test(url)) {
      return;
    }
    PageFetcher.Fetched got;
    try {
      got = fetcher.fetch(url, validators.get(url));
    } catch (PageFetcher.FetchException e) {
      sink.skip(new Skipped(url, e.getMessage()));
      return;
    }
    if (got.notModified()) {
      sink.ignore(url + " (not modified since the last run)");
      return;
    }
    if (Sniffer.isFeed(got.contentType(), got.body())) {
      new FeedReader(limits, fetcher, known).read(got.body(), url, got.url(), sink);
      validators.put(url, got.validators()); // only once its items are in the sink
      return;
    }
    new HtmlArticleReader(limits)
        .read(
            got.body(),
            new HtmlArticleReader.Origin(
                url,
                url,
                got.url(),
                got.contentType(),
                HtmlArticleReader.host(got.url()) == null ? url : HtmlArticleReader.host(got.url()),
                null,
                Map.of()),
            sink);
  }
}
