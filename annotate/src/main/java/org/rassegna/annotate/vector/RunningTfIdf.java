package org.rassegna.annotate.vector;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * {@link TfIdf} for a stream of texts: the document frequencies are those of the texts seen so far,
 * the current one included, with the same weights (sublinear term frequency, smoothed inverse
 * document frequency). Not thread-safe.
 */
public final class RunningTfIdf {

  private final Map<String, Integer> df;
  private int n;

  public RunningTfIdf() {
    this(0, Map.of());
  }

  /** Continues a stream whose first {@code documents} texts had these document frequencies. */
  public RunningTfIdf(int documents, Map<String, Integer> documentFrequencies) {
    this.n = documents;
    this.df = new HashMap<>(documentFrequencies);
  }

  /**
   * Counts a text, given as its term frequencies, into the document frequencies and returns its
   * vector, scaled to length 1.
   */
  public SparseVector add(Map<String, Integer> termFrequencies) {
    return add(termFrequencies, 0, t -> 0);
  }

  /**
   * {@link #add(Map)} with a background corpus added to the texts seen: the inverse document
   * frequency is {@code 1 + ln((1 + n + N_bg) / (1 + df + df_bg))}, so that while few texts have
   * been seen a word's weight comes mostly from how common it is in general, and the running counts
   * take over as the stream grows. Only the running counts are kept.
   *
   * @param backgroundDocuments N_bg, the background's number of documents (0: none)
   * @param backgroundDf df_bg, how many of them hold a term
   */
  public SparseVector add(
      Map<String, Integer> termFrequencies,
      int backgroundDocuments,
      ToIntFunction<String> backgroundDf) {
    n++;
    Map<String, Double> w = new HashMap<>(termFrequencies.size() * 2);
    termFrequencies.forEach(
        (t, f) ->
            w.put(
                t,
                TfIdf.weight(
                    f,
                    df.merge(t, 1, Integer::sum) + backgroundDf.applyAsInt(t),
                    n + backgroundDocuments)));
    return SparseVector.of(w).normalized();
  }

  /** How many texts have been counted. */
  public int documents() {
    return n;
  }

  /** How many of the texts counted have {@code term}. */
  public int documentFrequency(String term) {
    return df.getOrDefault(term, 0);
  }

  /** Per term, how many of the texts counted have it (a copy). */
  public Map<String, Integer> documentFrequencies() {
    return new HashMap<>(df);
  }
}
