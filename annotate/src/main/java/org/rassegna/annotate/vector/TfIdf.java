package org.rassegna.annotate.vector;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Span;
import org.rassegna.model.Token;

/**
 * TF-IDF weights learnt from a collection of texts (each a bag of token norms): sublinear term
 * frequency ({@code 1 + ln tf}, so a word repeated ten times does not outweigh ten different shared
 * words) times smoothed inverse document frequency ({@code 1 + ln((1 + N) / (1 + df))}, so that in
 * a small collection the words all its texts share still count).
 */
public final class TfIdf {

  private final Map<String, Integer> df;
  private final int n;

  private TfIdf(Map<String, Integer> df, int n) {
    this.df = df;
    this.n = n;
  }

  /** Document frequencies learnt from {@code documents}, each a list of terms. */
  public static TfIdf fit(Collection<List<String>> documents) {
    Map<String, Integer> df = new HashMap<>();
    for (List<String> doc : documents) {
      doc.stream().distinct().forEach(t -> df.merge(t, 1, Integer::sum));
    }
    return new TfIdf(df, documents.size());
  }

  /** The weighted vector of a bag of terms (not normalised). */
  public SparseVector vector(List<String> terms) {
    Map<String, Integer> tf = new HashMap<>();
    terms.forEach(t -> tf.merge(t, 1, Integer::sum));
    Map<String, Double> w = new HashMap<>();
    tf.forEach((t, f) -> w.put(t, weight(f, df.getOrDefault(t, 0), n)));
    return SparseVector.of(w);
  }

  /** The weight of a term seen {@code tf} times in a text, in {@code df} of {@code n} texts. */
  static double weight(int tf, int df, int n) {
    return (1 + Math.log(tf)) * (1 + Math.log((1.0 + n) / (1.0 + df)));
  }

  /** The norms of the content words (not stop words) of {@code article} inside {@code span}. */
  public static List<String> contentTerms(AnnotatedArticle article, Span span) {
    return article.tokensIn(span).stream().filter(t -> !t.stop()).map(Token::norm).toList();
  }
}
