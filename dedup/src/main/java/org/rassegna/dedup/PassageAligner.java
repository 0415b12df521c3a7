package org.rassegna.dedup;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.CopiedPassage;
import org.rassegna.model.Span;

/**
 * Finds the passages two articles share: sentences with the same normalised words (so spacing, case
 * and punctuation do not matter, but a changed word does), joined into runs where consecutive
 * sentences of one article are consecutive in the other. A sentence shorter than {@link
 * DedupConfig#minSentenceWords()} words is no evidence by itself ("Lo ha riferito la CNN." in two
 * articles is not a copy), but it extends a run it continues in both articles ("Entrambi ci
 * crediamo molto." closing a copied quotation).
 */
public final class PassageAligner {

  private final DedupConfig config;

  public PassageAligner(DedupConfig config) {
    this.config = config;
  }

  /** The passages of {@code second} that repeat sentences of {@code first}, in its text order. */
  public List<CopiedPassage> align(AnnotatedArticle first, AnnotatedArticle second) {
    Fingerprint f = Fingerprint.of(first, config);
    Fingerprint s = Fingerprint.of(second, config);
    Map<Long, List<Integer>> firstByHash = new HashMap<>();
    for (int i = 0; i < f.count(); i++) {
      if (f.words(i) >= config.minSentenceWords()) {
        firstByHash.computeIfAbsent(f.hash(i), h -> new ArrayList<>()).add(i);
      }
    }
    List<long[]> matches = new ArrayList<>();
    for (int j = 0; j < s.count(); j++) {
      if (s.words(j) >= config.minSentenceWords()) {
        for (int i : firstByHash.getOrDefault(s.hash(j), List.of())) {
          matches.add(new long[] {i, j});
        }
      }
    }
    return align(first.id(), f, second.id(), s, matches).passages();
  }

  /**
   * Passages, and how many characters of each article they cover.
   *
   * @param passages in the second article's text order
   * @param firstChars characters of the first article's sentences in a passage
   * @param secondChars characters of the second article's sentences in a passage
   */
  record Alignment(List<CopiedPassage> passages, long firstChars, long secondChars) {}

  /**
   * Extends sentence matches {@code (first index, second index)} to the neighbouring sentences that
   * are equal in both articles, then joins them into runs.
   */
  static Alignment align(
      String firstId, Sentences first, String secondId, Sentences second, List<long[]> matches) {
    // key second << 32 | first, sorted by the second article's order
    TreeMap<Long, Boolean> matched = new TreeMap<>();
    List<long[]> todo = new ArrayList<>(matches);
    while (!todo.isEmpty()) {
      long[] m = todo.remove(todo.size() - 1);
      int i = (int) m[0];
      int j = (int) m[1];
      if (i < 0
          || j < 0
          || i >= first.count()
          || j >= second.count()
          || second.words(j) == 0
          || first.hash(i) != second.hash(j)
          || matched.put(key(j, i), Boolean.TRUE) != null) {
        continue;
      }
      todo.add(new long[] {i - 1, j - 1});
      todo.add(new long[] {i + 1, j + 1});
    }
    List<CopiedPassage> passages = new ArrayList<>();
    BitSet inFirst = new BitSet();
    BitSet inSecond = new BitSet();
    long firstChars = 0;
    long secondChars = 0;
    for (long k : matched.keySet()) {
      int j = (int) (k >>> 32);
      int i = (int) k;
      if (!inFirst.get(i)) {
        inFirst.set(i);
        firstChars += first.span(i).length();
      }
      if (!inSecond.get(j)) {
        inSecond.set(j);
        secondChars += second.span(j).length();
      }
      if (matched.containsKey(key(j - 1, i - 1))) {
        continue; // not the head of a run
      }
      int n = 1;
      while (matched.containsKey(key(j + n, i + n))) {
        n++;
      }
      passages.add(
          new CopiedPassage(
              firstId,
              new Span(first.span(i).start(), first.span(i + n - 1).end()),
              secondId,
              new Span(second.span(j).start(), second.span(j + n - 1).end()),
              n));
    }
    return new Alignment(passages, firstChars, secondChars);
  }

  private static long key(int second, int first) {
    return ((long) second << 32) | (first & 0xffffffffL);
  }
}
