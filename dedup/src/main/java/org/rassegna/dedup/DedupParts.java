package org.rassegna.dedup;

import java.util.List;
import org.rassegna.model.AnnotatedArticle;

/**
 * The decisions of {@link MinHashDeduplicator} that look at one article or at one pair, for a
 * deduplicator that finds its candidate pairs elsewhere (the Spark job joins on band keys and on
 * sentence hashes): an article's entry and band keys, whether a candidate pair is a near duplicate,
 * and whether the sentences two articles share make one a copy of the other. Two articles joined
 * here exactly when the incremental index joins them give the same independent-source groups,
 * whatever the order the pairs are found in (groups are connected components; a group's id is its
 * earliest article).
 */
public final class DedupParts {

  private final DedupConfig config;
  private final MinHasher hasher;

  public DedupParts(DedupConfig config) {
    this.config = config;
    this.hasher = new MinHasher(config.hashes());
  }

  public DedupConfig config() {
    return config;
  }

  /**
   * What {@link MinHashDeduplicator#index} keeps of {@code article}, computed alone: nothing joined
   * or found yet.
   */
  public DedupEntry entry(AnnotatedArticle article) {
    Fingerprint fp = Fingerprint.of(article, config);
    int[] sig = fp.shingles().length == 0 ? new int[0] : hasher.signature(fp.shingles());
    return new DedupEntry(
        article.id(),
        fp.exact(),
        fp.words(),
        fp.sentenceChars(),
        sig,
        fp.sentenceHashes(),
        fp.sentenceWords(),
        fp.sentenceStarts(),
        fp.sentenceEnds(),
        List.of(),
        List.of(),
        List.of());
  }

  /** The key of each LSH band of a non-empty signature, as the index files it. */
  public int[] bandKeys(int[] signature) {
    int[] keys = new int[config.bands()];
    for (int b = 0; b < keys.length; b++) {
      keys[b] = MinHashDeduplicator.bandKey(signature, b, config.rows());
    }
    return keys;
  }

  /** Whether two articles that share a band key are near duplicates, by their signatures. */
  public boolean nearDuplicates(int[] a, int[] b) {
    return MinHashDeduplicator.similarity(a, b) >= config.threshold();
  }

  /**
   * Whether {@code later} copies enough of {@code earlier} (or the reverse) to join its group,
   * given the sentences they share: {@code (earlier's sentence, later's sentence)} pairs of equal
   * hash, of at least {@code minSentenceWords} words and not boilerplate in {@code later} (its hash
   * in at most {@code maxSentenceRepeats} earlier articles' sentences). The order of the pairs does
   * not matter.
   */
  public boolean copied(DedupEntry earlier, DedupEntry later, List<long[]> shared) {
    return MinHashDeduplicator.copied(
        earlier.id(), earlier.fingerprint(), later.id(), later.fingerprint(), shared, config);
  }
}
