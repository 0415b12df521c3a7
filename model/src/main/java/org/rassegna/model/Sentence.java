package org.rassegna.model;

/**
 * A sentence of an article.
 *
 * @param span where it stands in the article text, without surrounding white space
 * @param paragraph the index (from 0) of the paragraph it belongs to
 */
public record Sentence(Span span, int paragraph) {

  public Sentence {
    if (paragraph < 0) {
      throw new IllegalArgumentException("negative paragraph index " + paragraph);
    }
  }
}
