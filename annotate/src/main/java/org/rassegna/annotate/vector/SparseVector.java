package org.rassegna.annotate.vector;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ObjDoubleConsumer;

/**
 * An immutable sparse vector over terms, stored as sorted parallel arrays so that a dot product is
 * one merge pass with no hashing and no boxing.
 */
public final class SparseVector {

  public static final SparseVector EMPTY = new SparseVector(new String[0], new double[0]);

  private final String[] terms;
  private final double[] weights;

  private SparseVector(String[] terms, double[] weights) {
    this.terms = terms;
    this.weights = weights;
  }

  /** The vector with these weights; zero weights are dropped. */
  public static SparseVector of(Map<String, Double> weights) {
    TreeMap<String, Double> sorted = new TreeMap<>(weights);
    sorted.values().removeIf(w -> w == 0.0);
    String[] t = sorted.keySet().toArray(new String[0]);
    double[] w = sorted.values().stream().mapToDouble(Double::doubleValue).toArray();
    return new SparseVector(t, w);
  }

  public int size() {
    return terms.length;
  }

  public boolean isEmpty() {
    return terms.length == 0;
  }

  public double weight(String term) {
    int i = Arrays.binarySearch(terms, term);
    return i >= 0 ? weights[i] : 0.0;
  }

  /** Hands each term and its weight to {@code action}, in term order. */
  public void forEach(ObjDoubleConsumer<String> action) {
    for (int i = 0; i < terms.length; i++) {
      action.accept(terms[i], weights[i]);
    }
  }

  /** The dot product with a vector held as a map (e.g. a centroid being summed). */
  public double dot(Map<String, Double> o) {
    double sum = 0;
    for (int i = 0; i < terms.length; i++) {
      Double w = o.get(terms[i]);
      if (w != null) {
        sum += weights[i] * w;
      }
    }
    return sum;
  }

  /** The {@code k} heaviest terms (ties by term), or this vector when it has no more than that. */
  public SparseVector heaviest(int k) {
    if (terms.length <= k) {
      return this;
    }
    Integer[] order = new Integer[terms.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order, Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparing(i -> terms[i]));
    int[] kept = new int[k];
    for (int i = 0; i < k; i++) {
      kept[i] = order[i];
    }
    Arrays.sort(kept);
    String[] t = new String[k];
    double[] w = new double[k];
    for (int i = 0; i < k; i++) {
      t[i] = terms[kept[i]];
      w[i] = weights[kept[i]];
    }
    return new SparseVector(t, w);
  }

  public double dot(SparseVector o) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < terms.length && j < o.terms.length) {
      int c = terms[i].compareTo(o.terms[j]);
      if (c == 0) {
        sum += weights[i++] * o.weights[j++];
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  public double norm() {
    return Math.sqrt(dot(this));
  }

  /** This vector scaled to length 1 (the empty vector stays empty). */
  public SparseVector normalized() {
    double norm = norm();
    if (norm == 0 || norm == 1) {
      return this;
    }
    double[] w = weights.clone();
    for (int i = 0; i < w.length; i++) {
      w[i] /= norm;
    }
    return new SparseVector(terms, w);
  }

  /** The cosine of the angle between the two vectors; 0 when either is empty. */
  public double cosine(SparseVector o) {
    double norms = norm() * o.norm();
    return norms == 0 ? 0 : dot(o) / norms;
  }

  /** The sum of the vectors, e.g. the (unnormalised) centroid of a group. */
  public static SparseVector sum(Iterable<SparseVector> vectors) {
    Map<String, Double> sum = new TreeMap<>();
    for (SparseVector v : vectors) {
      for (int i = 0; i < v.terms.length; i++) {
        sum.merge(v.terms[i], v.weights[i], Double::sum);
      }
    }
    return of(sum);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SparseVector v
        && Arrays.equals(terms, v.terms)
        && Arrays.equals(weights, v.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < terms.length; i++) {
      b.append(i == 0 ? "" : ", ").append(terms[i]).append('=').append(weights[i]);
    }
    return b.append('}').toString();
  }
}
