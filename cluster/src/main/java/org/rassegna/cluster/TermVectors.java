package org.rassegna.cluster;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Mention;
import org.rassegna.model.TimeExpression;
import org.rassegna.model.Token;

/**
 * TF-IDF vectors of a stream of articles, L2-normalised, with sublinear term frequency (1 + ln tf)
 * so a word repeated ten times does not outweigh ten different shared words. The terms are the
 * token norms (stems) that are not stop words, plus, when the annotator provides them, each named
 * entity ({@code PER:peskov}) and each calendar day named in the text ({@code DATE:2025-02-12}), so
 * that shared entities and dates count on top of shared words. Document frequencies are those of
 * the articles seen so far, this one included; IDF is smoothed as {@code 1 + ln((1 + N) / (1 +
 * df))}, so that in a small batch the words all its articles share (the event's actors) still
 * count.
 */
final class TermVectors {

  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private int documents;

  /** Counts {@code article} into the document frequencies and returns its vector. */
  Map<String, Double> add(AnnotatedArticle article) {
    Map<String, Integer> counts = termCounts(article);
    documents++;
    Map<String, Double> v = new HashMap<>(counts.size() * 2);
    counts.forEach(
        (t, tf) -> {
          int df = documentFrequency.merge(t, 1, Integer::sum);
          v.put(t, (1 + Math.log(tf)) * (1 + Math.log((1.0 + documents) / (1.0 + df))));
        });
    return normalise(v);
  }

  private static Map<String, Integer> termCounts(AnnotatedArticle article) {
    Map<String, Integer> counts = new HashMap<>();
    for (Token t : article.tokens()) {
      if (!t.stop()) {
        counts.merge(t.norm(), 1, Integer::sum);
      }
    }
    for (Mention m : article.mentions()) {
      counts.merge(m.type() + ":" + m.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    for (TimeExpression x : article.times()) {
      if (x.type().equals("DATE") && x.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
        counts.merge("DATE:" + x.value(), 1, Integer::sum);
      }
    }
    return counts;
  }

  static Map<String, Double> normalise(Map<String, Double> v) {
    double norm = Math.sqrt(dot(v, v));
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
}
