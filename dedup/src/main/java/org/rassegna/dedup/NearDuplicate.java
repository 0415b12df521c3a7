package org.rassegna.dedup;

/**
 * Two articles whose texts are the same or nearly so.
 *
 * @param firstId the article read first
 * @param secondId the article read later
 * @param similarity the estimated Jaccard similarity of their word shingles, in [0, 1]
 * @param exact whether their normalised texts are identical
 */
public record NearDuplicate(String firstId, String secondId, double similarity, boolean exact) {

  public NearDuplicate {
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity " + similarity + " outside [0, 1]");
    }
  }
}
