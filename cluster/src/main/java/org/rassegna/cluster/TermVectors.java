package org.rassegna.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Token;

/**
 * TF-IDF vectors over token norms, L2-normalised, with sublinear term frequency (1 + ln tf) so a
 * word repeated ten times does not outweigh ten different shared words. Stop words are left out.
 * IDF is smoothed as {@code 1 + ln((1 + N) / (1 + df))}, so that in a small batch the words all its
 * articles share (the event's actors) still count.
 */
final class TermVectors {

  private TermVectors() {}

  static List<Map<String, Double>> of(List<AnnotatedArticle> articles) {
    List<Map<String, Integer>> counts = articles.stream().map(TermVectors::termCounts).toList();
    Map<String, Integer> df = new HashMap<>();
    for (Map<String, Integer> c : counts) {
      c.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
    }
    int n = articles.size();
    return counts.stream()
        .map(
            c -> {
              Map<String, Double> v = new HashMap<>();
              c.forEach(
                  (t, tf) ->
                      v.put(t, (1 + Math.log(tf)) * (1 + Math.log((1.0 + n) / (1.0 + df.get(t))))));
              return normalise(v);
            })
        .toList();
  }

  private static Map<String, Integer> termCounts(AnnotatedArticle article) {
    Map<String, Integer> counts = new HashMap<>();
    for (Token t : article.tokens()) {
      if (!t.stop()) {
        counts.merge(t.norm(), 1, Integer::sum);
      }
    }
    return counts;
  }

  static Map<String, Double> normalise(Map<String, Double> v) {
    double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    if (norm > 0) {
      v.replaceAll((t, x) -> x / norm);
    }
    return v;
  }

  static double dot(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double sum = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        sum += e.getValue() * w;
      }
    }
    return sum;
  }

  /** Adds {@code v} to {@code sum} in place. */
  static void add(Map<String, Double> sum, Map<String, Double> v) {
    v.forEach((t, x) -> sum.merge(t, x, Double::sum));
  }
}
