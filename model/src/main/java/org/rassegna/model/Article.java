package org.rassegna.model;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One news article as read by an ingest source, before any analysis.
 *
 * @param id stable identifier, unique within a run (file name, JSON {@code id}, URL …)
 * @param source the outlet or, when none is known, the input it came from
 * @param url where it was published, if known
 * @param published when it was published, as precisely as known
 * @param title its headline, if known
 * @param text the body text; every {@link Span} of later stages points into it
 * @param language BCP-47 code when known (from metadata or language identification)
 * @param extra metadata fields the reader did not interpret, kept verbatim (values as JSON text
 *     when they were not strings)
 */
public record Article(
    String id,
    String source,
    @Nullable String url,
    @Nullable Published published,
    @Nullable String title,
    String text,
    @Nullable String language,
    Map<String, String> extra) {

  public Article {
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
    if (source.isBlank()) {
      throw new IllegalArgumentException("article " + id + " has a blank source");
    }
    extra = Map.copyOf(extra);
  }

  /** An article known only by its id and text; the id doubles as the source. */
  public static Article of(String id, String text) {
    return new Article(id, id, null, null, null, text, null, Map.of());
  }

  public Optional<Published> publishedTime() {
    return Optional.ofNullable(published);
  }

  public Article withLanguage(String lang) {
    return new Article(id, source, url, published, title, text, lang, extra);
  }
}
