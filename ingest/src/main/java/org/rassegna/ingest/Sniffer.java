package org.rassegna.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Tells the format of an input from its media type or, failing that, its first bytes. */
public final class Sniffer {

  /** What an input holds. */
  public enum Format {
    HTML,
    FEED,
    WARC,
    OTHER
  }

  private Sniffer() {}

  /** The format by content: a WARC header, gzip (a compressed WARC), a feed root, an HTML tag. */
  public static Format sniff(byte[] head) {
    if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      return Format.WARC; // the only compressed input we read
    }
    String s = ascii(head);
    if (s.startsWith("warc/")) {
      return Format.WARC;
    }
    if (s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:rdf")) {
      return Format.FEED;
    }
    if (s.startsWith("<!doctype html") || s.contains("<html") || s.contains("<body")) {
      return Format.HTML;
    }
    return Format.OTHER;
  }

  /** Whether a fetched response is a feed: by its media type, else by its first bytes. */
  public static boolean isFeed(@Nullable String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.contains("rss") || type.contains("atom")) {
      return true;
    }
    if (type.contains("html")) {
      return false;
    }
    return sniff(body) == Format.FEED;
  }

  private static String ascii(byte[] bytes) {
    int n = Math.min(bytes.length, 1024);
    int start = n >= 3 && (bytes[0] & 0xFF) == 0xEF ? 3 : 0; // a UTF-8 BOM
    return new String(bytes, start, n - start, StandardCharsets.ISO_8859_1)
        .stripLeading()
        .toLowerCase(Locale.ROOT);
  }
}
