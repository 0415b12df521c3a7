package org.rassegna.cluster;

/**
 * The settings of {@link OnlineStoryClusterer}.
 *
 * @param threshold score (cosine of TF-IDF vectors, times the time decay and the size prior) at or
 *     above which an article joins an event; also the cosine at or above which an event joins a
 *     storyline
 * @param sizeExponent the size prior: an event of n articles has its score multiplied by
 *     n<sup>sizeExponent</sup>, so that an established event draws a reworded article more than a
 *     stray one does (0 turns it off)
 * @param halfLifeHours hours of silence after which an event's pull on a new article halves
 * @param dormantAfterHours hours of silence after which an event takes no more articles
 * @param storylineDormantAfterDays days of silence after which a storyline takes no more events
 * @param maxActive the most events (and storylines) kept open at once; beyond it, the one silent
 *     the longest goes dormant, so that the cost of an article stays bounded even without dates
 * @param maxCentroidTerms the most terms an event's centroid keeps (its heaviest)
 */
public record ClusterParameters(
    double threshold,
    double sizeExponent,
    double halfLifeHours,
    double dormantAfterHours,
    double storylineDormantAfterDays,
    int maxActive,
    int maxCentroidTerms) {

  /**
   * The defaults; see {@link OnlineStoryClusterer} for how each was chosen. The threshold was
   * chosen on the tuning half of the headlines data; the time constants are set from how long news
   * coverage of one event lasts, not fitted.
   */
  public static final ClusterParameters DEFAULT =
      new ClusterParameters(0.1, 0.2, 6, 48, 90, 5000, 200);

  public ClusterParameters {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    if (!(sizeExponent >= 0 && sizeExponent < 1)) {
      throw new IllegalArgumentException("sizeExponent must be in [0, 1): " + sizeExponent);
    }
    if (!(halfLifeHours > 0) || !(dormantAfterHours > 0) || !(storylineDormantAfterDays > 0)) {
      throw new IllegalArgumentException("time constants must be positive");
    }
    if (maxActive < 1 || maxCentroidTerms < 1) {
      throw new IllegalArgumentException("maxActive and maxCentroidTerms must be positive");
    }
  }

  public ClusterParameters withSizeExponent(double value) {
    return new ClusterParameters(
        threshold,
        value,
        halfLifeHours,
        dormantAfterHours,
        storylineDormantAfterDays,
        maxActive,
        maxCentroidTerms);
  }

  public ClusterParameters withTime(double halfLife, double dormantAfter) {
    return new ClusterParameters(
        threshold,
        sizeExponent,
        halfLife,
        dormantAfter,
        storylineDormantAfterDays,
        maxActive,
        maxCentroidTerms);
  }

  public ClusterParameters withThreshold(double value) {
    return new ClusterParameters(
        value,
        sizeExponent,
        halfLifeHours,
        dormantAfterHours,
        storylineDormantAfterDays,
        maxActive,
        maxCentroidTerms);
  }
}
