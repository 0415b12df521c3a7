package org.rassegna.ingest.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.rassegna.ingest.ArticleSink;
import org.rassegna.ingest.ArticleSource;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.html.DateReader;
import org.rassegna.ingest.html.HtmlArticleReader;
import org.rassegna.model.Published;
import org.rassegna.model.Skipped;

/**
 * A WARC file, plain or gzipped ({@code .warc}, {@code .warc.gz}, as Common Crawl's CC-NEWS), read
 * with jwarc. Every successful (2xx) HTML response record becomes an article whose id and URL are
 * the record's target URI; the record's date stands in when the page states no publication date,
 * and is kept as {@code warc_date}. Other records (requests, metadata, images, redirects) are
 * passed over through {@link ArticleSink#ignore}. A record whose HTTP message or body cannot be
 * read is skipped with the reason; a file that stops making sense (truncated, garbage) is reported
 * where it broke, after the records read before.
 */
public final class WarcArticleSource implements ArticleSource {

  private final Path file;
  private final IngestLimits limits;

  public WarcArticleSource(Path file, IngestLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  @Override
  public void read(ArticleSink sink) {
    HtmlArticleReader pages = new HtmlArticleReader(limits);
    int n = 0;
    try (WarcReader reader = new WarcReader(file)) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.skip(
              new Skipped(
                  file + "#" + (n + 1),
                  "malformed or truncated WARC record, the rest of the file is unreadable: "
                      + message(e)));
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        n++;
        readRecord(next.get(), file + "#" + n, pages, sink);
      }
    } catch (IOException | RuntimeException e) {
      sink.skip(new Skipped(file.toString(), "not a readable WARC file: " + message(e)));
    }
  }

  private void readRecord(
      WarcRecord record, String item, HtmlArticleReader pages, ArticleSink sink) {
    if (!(record instanceof WarcResponse response)) {
      sink.ignore(item + " (" + record.type() + " record)");
      return;
    }
    String target = response.target();
    String where = item + " " + target;
    try {
      if (!response.contentType().base().toString().equals("application/http")) {
        sink.ignore(where + " (not an HTTP response)");
        return;
      }
      HttpResponse http = response.http();
      String contentType = http.headers().first("Content-Type").orElse("");
      if (http.status() < 200 || http.status() >= 300) {
        sink.ignore(where + " (HTTP " + http.status() + ")");
        return;
      }
      byte[] body;
      try (InputStream in = http.bodyDecoded().stream()) {
        body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxArticleBytes() + 1));
      }
      if (!isHtml(contentType, body)) {
        sink.ignore(
            where + " (not HTML: " + (contentType.isEmpty() ? "no type" : contentType) + ")");
        return;
      }
      Published date = DateReader.instant(response.date());
      String host = HtmlArticleReader.host(target);
      pages.read(
          body,
          new HtmlArticleReader.Origin(
              where,
              target,
              target,
              contentType,
              host == null ? file.getFileName().toString() : host,
              date,
              Map.of("warc_date", date.iso())),
          sink);
    } catch (IOException | RuntimeException e) {
      sink.skip(new Skipped(where, "unreadable record: " + message(e)));
    }
  }

  private static boolean isHtml(String contentType, byte[] body) {
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.contains("html")) {
      return true;
    }
    if (!type.isEmpty() && !type.startsWith("text/plain") && !type.contains("octet-stream")) {
      return false;
    }
    String head =
        new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName()
        + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
  }
}
