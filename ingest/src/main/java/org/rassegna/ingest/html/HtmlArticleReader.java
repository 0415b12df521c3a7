package org.rassegna.ingest.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.rassegna.ingest.ArticleSink;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.internal.TextDecoder;
import org.rassegna.model.Article;
import org.rassegna.model.Published;
import org.rassegna.model.Skipped;

/**
 * Turns the bytes of one web page into an {@link Article}: decodes them ({@link PageDecoder}),
 * parses them with jsoup, finds the body ({@link ArticleBodyExtractor}) and the metadata ({@link
 * PageMetadata}). Shared by the sources of files, WARC records, feeds and URLs, which say where the
 * page came from. The author, the modification time, the canonical URL, the site name and the
 * charset go into {@link Article#extra()}.
 */
public final class HtmlArticleReader {

  /**
   * Where a page came from.
   *
   * @param item how the user finds it in a report (a path, a URL, {@code file.warc.gz#3})
   * @param id the article id to give it
   * @param url the address it was fetched from, if any
   * @param contentType the HTTP {@code Content-Type} header, if any
   * @param fallbackSource the source when the page names no site and there is no URL
   * @param fallbackPublished the date to use when the page states none (a WARC record's date)
   * @param extra what the container knows about the page, added to {@link Article#extra()}
   */
  public record Origin(
      String item,
      String id,
      @Nullable String url,
      @Nullable String contentType,
      String fallbackSource,
      @Nullable Published fallbackPublished,
      Map<String, String> extra) {

    public Origin {
      extra = Map.copyOf(extra);
    }
  }

  private final ArticleBodyExtractor extractor = new ArticleBodyExtractor();
  private final IngestLimits limits;

  public HtmlArticleReader(IngestLimits limits) {
    this.limits = limits;
  }

  /** Reads the page into {@code sink}: one article, or one skipped item saying why not. */
  public void read(byte[] bytes, Origin origin, ArticleSink sink) {
    if (bytes.length > limits.maxArticleBytes()) {
      sink.skip(
          new Skipped(
              origin.item(),
              "too large: " + bytes.length + " bytes > " + limits.maxArticleBytes()));
      return;
    }
    TextDecoder.Decoded decoded = PageDecoder.decode(bytes, origin.contentType());
    if (!decoded.ok()) {
      sink.skip(new Skipped(origin.item(), decoded.problem()));
      return;
    }
    Document doc = Jsoup.parse(decoded.text(), origin.url() == null ? "" : origin.url());
    String text = extractor.extract(doc);
    if (text.isBlank()) {
      sink.skip(new Skipped(origin.item(), "no article text found in the page"));
      return;
    }
    PageMetadata meta = PageMetadata.of(doc);
    Map<String, String> extra = new LinkedHashMap<>(origin.extra());
    put(extra, "author", meta.author());
    put(extra, "modified", meta.modified() == null ? null : meta.modified().iso());
    put(extra, "canonical_url", meta.canonicalUrl());
    put(extra, "site_name", meta.siteName());
    extra.put("charset", decoded.charset());
    String url = origin.url() != null ? origin.url() : meta.canonicalUrl();
    String source = meta.siteName();
    if (source == null) {
      source = host(url);
    }
    sink.accept(
        new Article(
            origin.id(),
            source == null ? origin.fallbackSource() : source,
            url,
            meta.published() != null ? meta.published() : origin.fallbackPublished(),
            meta.title(),
            text,
            meta.language(),
            extra));
  }

  private static void put(Map<String, String> extra, String key, @Nullable String value) {
    if (value != null) {
      extra.put(key, value);
    }
  }

  /** The host of {@code url} without "www.", or null when it has none. */
  public static @Nullable String host(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = new URI(url).getHost();
      return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
