package org.rassegna.model;

/**
 * A run of sentences that two articles share word for word (after normalisation): a wire story
 * republished, or a quotation block lifted from an agency. The two spans cover the same sentences
 * in each article, from the start of the first to the end of the last.
 *
 * @param firstId the article read first
 * @param first the characters of the passage in the first article's text
 * @param secondId the article read later, which repeats the passage
 * @param second the characters of the passage in the second article's text
 * @param sentences how many sentences the passage runs over (at least one)
 */
public record CopiedPassage(
    String firstId, Span first, String secondId, Span second, int sentences) {

  public CopiedPassage {
    if (firstId.equals(secondId)) {
      throw new IllegalArgumentException("a passage copied within " + firstId + " itself");
    }
    if (sentences < 1) {
      throw new IllegalArgumentException("a copied passage of " + sentences + " sentences");
    }
  }
}
