package org.rassegna.model;

/**
 * The characters of one article that back a statement of the brief.
 *
 * @param articleId the article cited
 * @param field which of its texts the span points into
 * @param span the characters cited
 */
public record Citation(String articleId, Field field, Span span) {

  /** The article texts a span can point into. */
  public enum Field {
    TEXT,
    TITLE
  }

  /** A citation of characters of the article's body text. */
  public static Citation ofText(String articleId, Span span) {
    return new Citation(articleId, Field.TEXT, span);
  }
}
