package org.rassegna.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rassegna.dedup.internal.Hashing;
import org.rassegna.dedup.internal.IntIntMap;
import org.rassegna.dedup.internal.IntList;
import org.rassegna.dedup.internal.LongIntMap;
import org.rassegna.dedup.internal.LongList;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.CopiedPassage;
import org.rassegna.model.SourceGroup;
import org.rassegna.model.Span;

/**
 * Exact duplicates by a hash of the normalised words, near duplicates by MinHash with LSH banding
 * over word shingles, copied passages by an index of sentence hashes, and independent-source groups
 * by union-find over both (see {@link DedupConfig} for the rules).
 *
 * <p>Incremental: {@link #add} compares the new article with the index and adds it; nothing already
 * indexed is recomputed. The index keeps no text, only primitive arrays: per article its MinHash
 * signature ({@code 4 × bands × rows} bytes) and a slot and chain link per band, and per sentence
 * its hash, span, length and chain link: about 1.8 KB per article of 6–20 sentences with the
 * default configuration (1.77 GB for a million, measured by {@code rassegna bench dedup}). It lives
 * in memory; {@link #index} returns each article's part of it as a {@link DedupEntry}, which the
 * pipeline stores per article and {@link #restore}s in a later process.
 *
 * <p>Not thread-safe.
 */
public final class MinHashDeduplicator implements Deduplicator {

  private final DedupConfig config;
  private final MinHasher hasher;
  private final List<String> ids = new ArrayList<>();
  private final IntList parent = new IntList();
  // each group's members as a ring: next article of the same group (joining two groups swaps
  // their roots' links), so a group is listed at the cost of its size
  private final IntList nextInGroup = new IntList();
  private final IntList sentenceChars = new IntList();
  private final LongIntMap exact = new LongIntMap();
  private final IntList signatures = new IntList();
  private final IntIntMap[] bandHeads;
  private final IntList bandNext = new IntList();
  private final LongIntMap sentenceHeads = new LongIntMap();
  private final IntList sentenceNext = new IntList();
  private final IntList sentenceArticle = new IntList();
  private final IntList firstSentence = new IntList();
  private final LongList sentenceHash = new LongList();
  private final IntList sentenceWords = new IntList();
  private final IntList sentenceStart = new IntList();
  private final IntList sentenceEnd = new IntList();
  private final List<NearDuplicate> nearDuplicates = new ArrayList<>();
  private final List<CopiedPassage> passages = new ArrayList<>();
  private final Map<String, Integer> indexOf = new HashMap<>();
  // the earlier articles the article being indexed was joined with
  private final List<String> joined = new ArrayList<>();

  public MinHashDeduplicator() {
    this(DedupConfig.DEFAULT);
  }

  public MinHashDeduplicator(DedupConfig config) {
    this.config = config;
    this.hasher = new MinHasher(config.hashes());
    this.bandHeads = new IntIntMap[config.bands()];
    for (int b = 0; b < bandHeads.length; b++) {
      bandHeads[b] = new IntIntMap();
    }
  }

  @Override
  public void add(AnnotatedArticle article) {
    index(article);
  }

  /**
   * Adds {@code article} as {@link #add} does and returns what the index keeps of it, to save and
   * {@link #restore} later.
   */
  public DedupEntry index(AnnotatedArticle article) {
    int self = ids.size();
    int pairsBefore = nearDuplicates.size();
    int passagesBefore = passages.size();
    joined.clear();
    ids.add(article.id());
    indexOf.put(article.id(), self);
    parent.add(self);
    nextInGroup.add(self);
    Fingerprint fp = Fingerprint.of(article, config);
    sentenceChars.add(fp.sentenceChars());
    int twin = -1;
    if (fp.words() > 0) {
      twin = exact.get(fp.exact());
      if (twin >= 0) {
        nearDuplicates.add(new NearDuplicate(ids.get(twin), article.id(), 1.0, true));
        union(twin, self);
      } else {
        exact.put(fp.exact(), self);
      }
    }
    int[] sig = findNearDuplicates(self, fp, twin);
    findCopiedPassages(self, fp);
    return new DedupEntry(
        article.id(),
        fp.exact(),
        fp.words(),
        fp.sentenceChars(),
        sig == null ? new int[0] : sig,
        fp.sentenceHashes(),
        fp.sentenceWords(),
        fp.sentenceStarts(),
        fp.sentenceEnds(),
        joined,
        nearDuplicates.subList(pairsBefore, nearDuplicates.size()),
        passages.subList(passagesBefore, passages.size()));
  }

  /**
   * Puts back an article as {@link #index} returned it, without comparing it again: entries
   * restored in the order they were indexed rebuild the same index, groups and results.
   */
  public void restore(DedupEntry entry) {
    int self = ids.size();
    ids.add(entry.id());
    indexOf.put(entry.id(), self);
    parent.add(self);
    nextInGroup.add(self);
    sentenceChars.add(entry.sentenceChars());
    if (entry.words() > 0 && exact.get(entry.exact()) < 0) {
      exact.put(entry.exact(), self);
    }
    int[] sig = entry.signature().length == 0 ? null : entry.signature();
    int[] keys = new int[bandHeads.length];
    for (int b = 0; sig != null && b < bandHeads.length; b++) {
      keys[b] = bandKey(sig, b);
    }
    indexSignature(self, sig, keys);
    indexSentences(self, entry.fingerprint());
    for (String other : entry.joined()) {
      link(indexOf.get(other), self);
    }
    nearDuplicates.addAll(entry.nearDuplicates());
    passages.addAll(entry.passages());
  }

  private int[] findNearDuplicates(int self, Fingerprint fp, int twin) {
    int n = hasher.size();
    int[] sig = fp.shingles().length == 0 ? null : hasher.signature(fp.shingles());
    int[] keys = new int[bandHeads.length];
    int[] heads = new int[bandHeads.length];
    int[] candidates = new int[16];
    int found = 0;
    for (int b = 0; sig != null && b < bandHeads.length; b++) {
      keys[b] = bandKey(sig, b);
      heads[b] = bandHeads[b].get(keys[b]);
      for (int c = heads[b]; c >= 0; c = bandNext.get((long) c * keys.length + b)) {
        if (found == candidates.length) {
          candidates = Arrays.copyOf(candidates, found * 2);
        }
        candidates[found++] = c;
      }
    }
    Arrays.sort(candidates, 0, found);
    for (int i = 0; i < found; i++) {
      int c = candidates[i];
      if ((i > 0 && candidates[i - 1] == c) || c == twin) {
        continue;
      }
      int agree = 0;
      long base = (long) c * n;
      for (int h = 0; h < n; h++) {
        if (signatures.get(base + h) == sig[h]) {
          agree++;
        }
      }
      double similarity = (double) agree / n;
      if (similarity >= config.threshold()) {
        nearDuplicates.add(new NearDuplicate(ids.get(c), ids.get(self), similarity, false));
        union(c, self);
      }
    }
    indexSignature(self, sig, keys);
    return sig;
  }

  private void indexSignature(int self, int[] sig, int[] keys) {
    for (int h = 0; h < hasher.size(); h++) {
      signatures.add(sig == null ? -1 : sig[h]);
    }
    for (int b = 0; b < bandHeads.length; b++) {
      bandNext.add(sig == null ? -1 : bandHeads[b].get(keys[b]));
      if (sig != null) {
        bandHeads[b].put(keys[b], self);
      }
    }
  }

  private int bandKey(int[] sig, int band) {
    return bandKey(sig, band, config.rows());
  }

  static int bandKey(int[] sig, int band, int rows) {
    long h = band;
    for (int r = band * rows; r < (band + 1) * rows; r++) {
      h = Hashing.combine(h, sig[r]);
    }
    return (int) h;
  }

  /** The share of positions at which two signatures of one length agree. */
  static double similarity(int[] a, int[] b) {
    int agree = 0;
    for (int h = 0; h < a.length; h++) {
      if (a[h] == b[h]) {
        agree++;
      }
    }
    return (double) agree / a.length;
  }

  private void findCopiedPassages(int self, Fingerprint fp) {
    // earlier article -> (its sentence, this one's sentence) pairs; sorted for a stable output
    Map<Integer, List<long[]>> matches = new TreeMap<>();
    int[] chain = new int[config.maxSentenceRepeats() + 1];
    for (int j = 0; j < fp.count(); j++) {
      if (fp.words(j) < config.minSentenceWords()) {
        continue;
      }
      int repeats = 0;
      for (int g = sentenceHeads.get(fp.hash(j));
          g >= 0 && repeats < chain.length;
          g = sentenceNext.get(g)) {
        chain[repeats++] = g;
      }
      if (repeats == chain.length) {
        continue; // boilerplate
      }
      for (int r = 0; r < repeats; r++) {
        int other = sentenceArticle.get(chain[r]);
        matches
            .computeIfAbsent(other, a -> new ArrayList<>())
            .add(new long[] {chain[r] - firstSentence.get(other), j});
      }
    }
    for (var e : matches.entrySet()) {
      int other = e.getKey();
      PassageAligner.Alignment alignment =
          PassageAligner.align(ids.get(other), stored(other), ids.get(self), fp, e.getValue());
      passages.addAll(alignment.passages());
      if (copied(alignment, sentenceChars.get(other), fp.sentenceChars(), config)) {
        union(other, self);
      }
    }
    indexSentences(self, fp);
  }

  private void indexSentences(int self, Fingerprint fp) {
    firstSentence.add(Math.toIntExact(sentenceHash.size()));
    for (int j = 0; j < fp.count(); j++) {
      int g = Math.toIntExact(sentenceHash.size());
      sentenceHash.add(fp.hash(j));
      sentenceWords.add(fp.words(j));
      sentenceStart.add(fp.sentenceStarts()[j]);
      sentenceEnd.add(fp.sentenceEnds()[j]);
      sentenceArticle.add(self);
      if (fp.words(j) >= config.minSentenceWords()) {
        sentenceNext.add(sentenceHeads.get(fp.hash(j)));
        sentenceHeads.put(fp.hash(j), g);
      } else {
        sentenceNext.add(-1);
      }
    }
  }

  /** The sentences of an indexed article, read from the index. */
  private Sentences stored(int article) {
    int from = firstSentence.get(article);
    int to =
        article + 1 < firstSentence.size()
            ? firstSentence.get(article + 1)
            : Math.toIntExact(sentenceHash.size());
    return new Sentences() {
      @Override
      public int count() {
        return to - from;
      }

      @Override
      public long hash(int i) {
        return sentenceHash.get(from + i);
      }

      @Override
      public int words(int i) {
        return sentenceWords.get(from + i);
      }

      @Override
      public Span span(int i) {
        return new Span(sentenceStart.get(from + i), sentenceEnd.get(from + i));
      }
    };
  }

  /** Whether an alignment covers enough of either article to join their groups. */
  private static boolean copied(
      PassageAligner.Alignment alignment, int firstChars, int secondChars, DedupConfig config) {
    double share =
        Math.max(
            share(alignment.firstChars(), firstChars), share(alignment.secondChars(), secondChars));
    return share >= config.copiedShare();
  }

  /** {@link #copied(PassageAligner.Alignment, int, int, DedupConfig)} of two articles' matches. */
  static boolean copied(
      String firstId,
      Fingerprint first,
      String secondId,
      Fingerprint second,
      List<long[]> matches,
      DedupConfig config) {
    return copied(
        PassageAligner.align(firstId, first, secondId, second, matches),
        first.sentenceChars(),
        second.sentenceChars(),
        config);
  }

  private static double share(long part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  private int find(int x) {
    while (parent.get(x) != x) {
      int up = parent.get(parent.get(x));
      parent.set(x, up);
      x = up;
    }
    return x;
  }

  /** Joins two groups (and notes it for the entry), see {@link #link}. */
  private void union(int a, int b) {
    joined.add(ids.get(a));
    link(a, b);
  }

  /** Joins two groups under the root read first, so a group's id never changes. */
  private void link(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent.set(Math.max(ra, rb), Math.min(ra, rb));
      int n = nextInGroup.get(ra);
      nextInGroup.set(ra, nextInGroup.get(rb));
      nextInGroup.set(rb, n);
    }
  }

  /**
   * The groups of {@link #result} that hold one of {@code articleIds} (ids not added are passed
   * over), in its order: at the cost of those groups, not of the whole index.
   */
  public List<SourceGroup> groupsOf(Collection<String> articleIds) {
    Map<Integer, List<String>> byRoot = new TreeMap<>();
    for (String id : articleIds) {
      Integer i = indexOf.get(id);
      if (i != null && !byRoot.containsKey(find(i))) {
        List<Integer> members = new ArrayList<>();
        int m = i;
        do {
          members.add(m);
          m = nextInGroup.get(m);
        } while (m != i);
        Collections.sort(members);
        byRoot.put(find(i), members.stream().map(ids::get).toList());
      }
    }
    List<SourceGroup> groups = new ArrayList<>(byRoot.size());
    byRoot.forEach((root, members) -> groups.add(new SourceGroup(ids.get(root), members)));
    return groups;
  }

  @Override
  public Deduplication result() {
    Map<Integer, List<String>> byRoot = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      byRoot.computeIfAbsent(find(i), r -> new ArrayList<>()).add(ids.get(i));
    }
    List<SourceGroup> groups = new ArrayList<>(byRoot.size());
    for (var e : byRoot.entrySet()) {
      groups.add(new SourceGroup(ids.get(e.getKey()), e.getValue()));
    }
    return new Deduplication(groups, nearDuplicates, passages);
  }

  /** How many articles have been added. */
  public int size() {
    return ids.size();
  }

  /** Bytes held by the index's primitive arrays (not the article ids or the results found). */
  public long indexBytes() {
    long bytes =
        parent.bytes()
            + nextInGroup.bytes()
            + sentenceChars.bytes()
            + exact.bytes()
            + signatures.bytes()
            + bandNext.bytes()
            + sentenceHeads.bytes()
            + sentenceNext.bytes()
            + sentenceArticle.bytes()
            + firstSentence.bytes()
            + sentenceHash.bytes()
            + sentenceWords.bytes()
            + sentenceStart.bytes()
            + sentenceEnd.bytes();
    for (IntIntMap m : bandHeads) {
      bytes += m.bytes();
    }
    return bytes;
  }
}
