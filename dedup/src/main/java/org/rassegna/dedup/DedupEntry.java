package org.rassegna.dedup;

import java.util.List;
import org.rassegna.model.CopiedPassage;

/**
 * What the {@link MinHashDeduplicator} index holds of one article, and what it found when the
 * article was added: saved per article and {@link MinHashDeduplicator#restore restored} in the same
 * order, it rebuilds the index without the article's text and without comparing anything again.
 *
 * @param exact hash of all normalised words in order
 * @param words how many words the article has
 * @param sentenceChars characters of all its sentences together
 * @param signature its MinHash signature; empty when it has no words
 * @param sentenceHashes hash of the normalised words of each sentence, in text order
 * @param sentenceWords words in each sentence
 * @param sentenceStarts start offset of each sentence
 * @param sentenceEnds end offset of each sentence
 * @param joined the earlier articles it was put in one group with, in the order found
 * @param nearDuplicates the pairs it formed with earlier articles
 * @param passages the passages it shares with earlier articles
 */
public record DedupEntry(
    String id,
    long exact,
    int words,
    int sentenceChars,
    int[] signature,
    long[] sentenceHashes,
    int[] sentenceWords,
    int[] sentenceStarts,
    int[] sentenceEnds,
    List<String> joined,
    List<NearDuplicate> nearDuplicates,
    List<CopiedPassage> passages) {

  public DedupEntry {
    joined = List.copyOf(joined);
    nearDuplicates = List.copyOf(nearDuplicates);
    passages = List.copyOf(passages);
  }

  Fingerprint fingerprint() {
    return new Fingerprint(
        exact,
        words,
        new long[0],
        sentenceHashes,
        sentenceWords,
        sentenceStarts,
        sentenceEnds,
        sentenceChars);
  }
}
