package org.rassegna.dedup;

/**
 * How {@link MinHashDeduplicator} decides what is a copy.
 *
 * <p>Two articles are <b>near duplicates</b> when the Jaccard similarity of their sets of word
 * shingles ({@code shingleWords} consecutive normalised words) is at least {@code threshold},
 * estimated from MinHash signatures of {@code bands × rows} hashes. LSH banding makes candidate
 * pairs: a pair is compared only when all {@code rows} hashes of some band agree, which happens
 * with probability {@code 1 − (1 − J^rows)^bands} (with 32 × 3: 0.99 at J = 0.5, 0.89 at J = 0.4,
 * 0.03 at J = 0.1).
 *
 * <p>A <b>copied passage</b> is a run of consecutive sentences, each of at least {@code
 * minSentenceWords} words, that two articles share with the same normalised words. A sentence
 * repeated in more than {@code maxSentenceRepeats} earlier articles is boilerplate ("Altre
 * notizie", a standard disclaimer) and not taken as evidence of copying.
 *
 * <p>Two articles belong to one <b>independent-source group</b> when they are near duplicates, or
 * when their copied passages cover at least {@code copiedShare} of either article's sentence text.
 *
 * @param shingleWords words per shingle
 * @param bands LSH bands
 * @param rows MinHash values per band
 * @param threshold least estimated Jaccard similarity of near duplicates, in (0, 1]
 * @param minSentenceWords least words of a sentence taken as evidence of copying
 * @param maxSentenceRepeats a sentence found in more earlier articles than this is boilerplate
 * @param copiedShare least share of an article copied for it to join the other's group, in (0, 1]
 */
public record DedupConfig(
    int shingleWords,
    int bands,
    int rows,
    double threshold,
    int minSentenceWords,
    int maxSentenceRepeats,
    double copiedShare) {

  /** Word 3-shingles, 32 bands of 3 rows, near duplicates from Jaccard 0.5, copied share 0.5. */
  public static final DedupConfig DEFAULT = new DedupConfig(3, 32, 3, 0.5, 6, 50, 0.5);

  public DedupConfig {
    if (shingleWords < 1 || bands < 1 || rows < 1 || minSentenceWords < 1) {
      throw new IllegalArgumentException(
          "shingle words, bands, rows and sentence words must be ≥ 1");
    }
    if (maxSentenceRepeats < 1) {
      throw new IllegalArgumentException("max sentence repeats must be ≥ 1");
    }
    if (!(threshold > 0 && threshold <= 1) || !(copiedShare > 0 && copiedShare <= 1)) {
      throw new IllegalArgumentException("threshold and copied share must lie in (0, 1]");
    }
  }

  public DedupConfig withThreshold(double t) {
    return new DedupConfig(
        shingleWords, bands, rows, t, minSentenceWords, maxSentenceRepeats, copiedShare);
  }

  public DedupConfig withCopiedShare(double share) {
    return new DedupConfig(
        shingleWords, bands, rows, threshold, minSentenceWords, maxSentenceRepeats, share);
  }

  /** MinHash values per signature. */
  public int hashes() {
    return bands * rows;
  }
}
