package org.rassegna.model;

/**
 * One mention of an {@link Entity} in one article.
 *
 * @param articleId the article it stands in
 * @param span where it stands in the article text
 * @param text exactly the characters of {@code span}
 */
public record EntityMention(String articleId, Span span, String text) {

  public EntityMention {
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("'" + text + "' does not fit its span " + span);
    }
  }
}
