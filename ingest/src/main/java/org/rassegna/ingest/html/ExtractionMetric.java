package org.rassegna.ingest.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric (scrapinghub's article-extraction-benchmark): each text
 * is split into {@code \w+} tokens (Unicode, case kept) and counted as a multiset of word 4-grams
 * (a text of fewer than four tokens is one shingle of all of them); per page, tp, fp and fn are
 * normalised by their sum; precision and recall are means over pages, F1 comes from the two means.
 *
 * <p>Also WCXB's metric ({@link #wordF1}): per page, F1 of the multisets of lower-cased {@code \w+}
 * words, averaged over pages.
 */
public final class ExtractionMetric {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  private ExtractionMetric() {}

  /** One page's shingle overlap, normalised so that tp + fp + fn = 1 (or all zero). */
  public record PageScore(double tp, double fp, double fn) {

    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
    }

    /** This page's own F1 of the shingle overlap. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The means over pages, and F1 from them. */
  public record Summary(int pages, double precision, double recall, double f1) {}

  public static PageScore score(String truth, String predicted) {
    Map<String, Integer> t = shingles(truth);
    Map<String, Integer> p = shingles(predicted);
    Set<String> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (String k : keys) {
      int tc = t.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    return sum == 0 ? new PageScore(0, 0, 0) : new PageScore(tp / sum, fp / sum, fn / sum);
  }

  public static Summary summarise(List<PageScore> pages) {
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no pages to summarise");
    }
    double p = pages.stream().mapToDouble(PageScore::precision).average().orElseThrow();
    double r = pages.stream().mapToDouble(PageScore::recall).average().orElseThrow();
    return new Summary(pages.size(), p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /**
   * WCXB's per-page score: F1 of the lower-cased word multisets; 1 when both texts have no word, 0
   * when only one has none.
   */
  public static double wordF1(String truth, String predicted) {
    Map<String, Integer> t = words(truth);
    Map<String, Integer> p = words(predicted);
    if (t.isEmpty() || p.isEmpty()) {
      return t.isEmpty() && p.isEmpty() ? 1 : 0;
    }
    long common = 0;
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      common += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
    }
    return 2.0 * common / (size(t) + size(p));
  }

  private static long size(Map<String, Integer> counts) {
    return counts.values().stream().mapToLong(Integer::longValue).sum();
  }

  private static Map<String, Integer> words(String text) {
    Map<String, Integer> counts = new HashMap<>();
    WORD.matcher(text.toLowerCase(Locale.ROOT))
        .results()
        .forEach(m -> counts.merge(m.group(), 1, Integer::sum));
    return counts;
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> tokens = WORD.matcher(text).results().map(m -> m.group()).toList();
    Map<String, Integer> counts = new HashMap<>();
    int n = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < n; i++) {
      String shingle = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
      if (!shingle.isEmpty()) {
        counts.merge(shingle, 1, Integer::sum);
      }
    }
    return counts;
  }
}
