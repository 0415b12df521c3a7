package org.rassegna.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.rassegna.ingest.ArticleSink;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.html.ArticleBodyExtractor;
import org.rassegna.ingest.html.DateReader;
import org.rassegna.ingest.html.HtmlArticleReader;
import org.rassegna.ingest.http.PageFetcher;
import org.rassegna.model.Article;
import org.rassegna.model.Published;
import org.rassegna.model.Skipped;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed, parsed with Rome; each item becomes an article. An item
 * whose feed carries its full text ({@code content:encoded}, Atom {@code content}) is read from the
 * feed; otherwise its linked page is fetched and read when a {@link PageFetcher} is given, and
 * without one the item's summary stands in (marked {@code body=summary} in {@link
 * Article#extra()}). The id is the item's guid, else its link; the source is the feed's title.
 *
 * <p>A feed that is not valid XML or not a feed is skipped as a whole; an item without any text, or
 * whose page cannot be fetched, is skipped alone.
 */
public final class FeedReader {

  /** Feed content shorter than this is taken for a teaser, not the article. */
  private static final int FULL_TEXT_CHARS = 400;

  private final ArticleBodyExtractor extractor = new ArticleBodyExtractor();
  private final IngestLimits limits;
  private final @Nullable PageFetcher fetcher;
  private final Predicate<String> known;

  /**
   * @param limits bounds for the linked pages
   * @param fetcher fetches linked pages of items without full text; null to use their summary
   * @param known ids already ingested, whose pages need not be fetched again
   */
  public FeedReader(IngestLimits limits, @Nullable PageFetcher fetcher, Predicate<String> known) {
    this.limits = limits;
    this.fetcher = fetcher;
    this.known = known;
  }

  /** A feed holds many articles: it may be ten times the size of one. */
  public static long maxFeedBytes(IngestLimits limits) {
    return limits.maxArticleBytes() * 10;
  }

  /** Reads a feed's bytes, from a file or the web ({@code feedUrl}), into {@code sink}. */
  public void read(byte[] bytes, String item, @Nullable String feedUrl, ArticleSink sink) {
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
      feed = new SyndFeedInput().build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      sink.skip(new Skipped(item, "invalid feed: " + firstLine(e.getMessage())));
      return;
    }
    String source = text(feed.getTitle());
    if (source == null) {
      source = HtmlArticleReader.host(feedUrl != null ? feedUrl : feed.getLink());
    }
    if (source == null) {
      source = item;
    }
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      readEntry(entry, item + "#" + n, source, feed.getLanguage(), feedUrl, sink);
    }
  }

  private void readEntry(
      SyndEntry entry,
      String item,
      String source,
      @Nullable String language,
      @Nullable String feedUrl,
      ArticleSink sink) {
    String link = text(entry.getLink());
    String id = text(entry.getUri());
    if (id == null) {
      id = link;
    }
    if (id == null) {
      sink.skip(new Skipped(item, "item has neither guid nor link"));
      return;
    }
    String content = contentText(entry.getContents(), extractor);
    String summary = entry.getDescription() == null ? "" : html(entry.getDescription(), extractor);
    Published published = published(entry.getPublishedDate(), entry.getUpdatedDate());
    Map<String, String> extra = new LinkedHashMap<>();
    if (text(entry.getAuthor()) != null) {
      extra.put("author", entry.getAuthor().strip());
    }
    if (feedUrl != null) {
      extra.put("feed_url", feedUrl);
    }
    String body;
    if (content.length() >= FULL_TEXT_CHARS && content.length() >= summary.length()) {
      body = content;
    } else if (fetcher != null && link != null) {
      if (!known.test(id)) {
        fetchPage(id, link, item, source, published, extra, sink);
      }
      return;
    } else {
      body = content.length() > summary.length() ? content : summary;
      extra.put("body", "summary");
    }
    if (body.isBlank()) {
      sink.skip(new Skipped(item, "item has no text and no page to fetch"));
      return;
    }
    sink.accept(
        new Article(
            id, source, link, published, text(entry.getTitle()), body, lang(language), extra));
  }

  private void fetchPage(
      String id,
      String link,
      String item,
      String source,
      @Nullable Published published,
      Map<String, String> extra,
      ArticleSink sink) {
    try {
      var page = fetcher.fetch(link, null);
      new HtmlArticleReader(limits)
          .read(
              page.body(),
              new HtmlArticleReader.Origin(
                  item + " " + link, id, page.url(), page.contentType(), source, published, extra),
              sink);
    } catch (PageFetcher.FetchException e) {
      sink.skip(new Skipped(item + " " + link, e.getMessage()));
    }
  }

  private static String contentText(List<SyndContent> contents, ArticleBodyExtractor extractor) {
    List<String> parts = new ArrayList<>();
    for (SyndContent c : contents) {
      String t = html(c, extractor);
      if (!t.isBlank()) {
        parts.add(t);
      }
    }
    return String.join("\n\n", parts);
  }

  private static String html(SyndContent c, ArticleBodyExtractor extractor) {
    String value = c.getValue() == null ? "" : c.getValue();
    String type = c.getType() == null ? "text/html" : c.getType();
    return type.contains("html") || value.contains("<")
        ? extractor.fragmentText(value)
        : value.strip();
  }

  private static @Nullable Published published(@Nullable Date published, @Nullable Date updated) {
    Date d = published != null ? published : updated;
    return d == null ? null : DateReader.instant(d.toInstant());
  }

  private static @Nullable String lang(@Nullable String language) {
    if (language == null || language.isBlank()) {
      return null;
    }
    return language.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
  }

  private static @Nullable String text(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstLine(@Nullable String s) {
    return s == null ? "unreadable" : s.lines().findFirst().orElse(s);
  }
}
