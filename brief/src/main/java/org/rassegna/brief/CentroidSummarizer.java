package org.rassegna.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rassegna.annotate.vector.SparseVector;
import org.rassegna.annotate.vector.TfIdf;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Citation;
import org.rassegna.model.Sentence;

/**
 * Picks the sentences that best sum up a group of articles about one event, extractively: every
 * sentence it returns is a sentence of a source, with the source sentences that state the same
 * thing as citations.
 *
 * <p>Score of a candidate sentence: cosine to the story centroid (the mean of the articles'
 * normalised vectors, so a long article does not outweigh a short one) × {@code (1 + 1 / (1 +
 * position))}, since news states its main facts first, × {@code (1 + 0.5 × support)}, where support
 * counts the other articles that state the same thing. Sentences are vectors of TF-IDF-weighted
 * content-word stems, IDF learnt over the story's sentences. Sentences are then taken greedily by
 * score, passing over any that repeats (cosine ≥ {@link #SAME}) one already taken.
 */
public final class CentroidSummarizer {

  /**
   * Cosine of two sentences' vectors at or above which they say the same thing. On the seeds,
   * reports of the same fact by different outlets ("è durata un'ora e mezza" vs "ha avuto una
   * durata di un'ora e mezza") score 0.35–0.6; unrelated sentences of the same story stay below
   * 0.25.
   */
  public static final double SAME = 0.35;

  private static final int MIN_TOKENS = 6;
  private static final int MAX_TOKENS = 80;

  /** A chosen sentence: where it was taken from, and every source sentence that states it. */
  public record Pick(Citation from, String text, List<Citation> support, double score) {}

  private record Candidate(AnnotatedArticle article, Sentence sentence, int position) {}

  private record Scored(
      Candidate candidate, SparseVector v, List<Citation> support, double score) {}

  /** Up to {@code max} sentences, best first. */
  public List<Pick> summarize(List<AnnotatedArticle> articles, int max) {
    List<Candidate> candidates = new ArrayList<>();
    List<List<String>> bags = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      int position = 0;
      for (Sentence s : a.sentences()) {
        int tokens = a.tokensIn(s.span()).size();
        if (tokens >= MIN_TOKENS && tokens <= MAX_TOKENS) {
          bags.add(TfIdf.contentTerms(a, s.span()));
          candidates.add(new Candidate(a, s, position++));
        }
      }
    }
    TfIdf tfIdf = TfIdf.fit(bags);
    List<SparseVector> vectors = bags.stream().map(b -> tfIdf.vector(b).normalized()).toList();
    SparseVector centroid = centroid(articles, candidates, vectors);
    Map<String, List<Posting>> withTerm = new HashMap<>();
    for (int i = 0; i < vectors.size(); i++) {
      int j = i;
      vectors
          .get(i)
          .forEach(
              (term, w) ->
                  withTerm.computeIfAbsent(term, k -> new ArrayList<>()).add(new Posting(j, w)));
    }
    Cosines cosines = new Cosines(vectors.size());
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      List<Citation> support = support(i, candidates, cosines.of(vectors.get(i), withTerm));
      double score =
          vectors.get(i).cosine(centroid)
              * (1 + 1.0 / (1 + c.position()))
              * (1 + 0.5 * (support.size() - 1));
      scored.add(new Scored(c, vectors.get(i), support, score));
    }
    scored.sort(
        Comparator.comparingDouble((Scored s) -> -s.score())
            .thenComparing(s -> s.candidate().article().id())
            .thenComparing(s -> s.candidate().sentence().span()));
    List<Scored> chosen = new ArrayList<>();
    for (Scored s : scored) {
      if (chosen.size() == max) {
        break;
      }
      if (chosen.stream().noneMatch(c -> c.v().dot(s.v()) >= SAME)) {
        chosen.add(s);
      }
    }
    return chosen.stream()
        .map(
            s ->
                new Pick(
                    cite(s.candidate()),
                    s.candidate().article().textOf(s.candidate().sentence()),
                    s.support(),
                    s.score()))
        .toList();
  }

  /** The sum of the articles' normalised vectors: each article counts once, whatever its length. */
  private static SparseVector centroid(
      List<AnnotatedArticle> articles, List<Candidate> candidates, List<SparseVector> vectors) {
    Map<AnnotatedArticle, List<SparseVector>> own = new IdentityHashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      own.computeIfAbsent(candidates.get(i).article(), a -> new ArrayList<>()).add(vectors.get(i));
    }
    List<SparseVector> perArticle = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      perArticle.add(SparseVector.sum(own.getOrDefault(a, List.of())).normalized());
    }
    return SparseVector.sum(perArticle);
  }

  /** A candidate holding a term, with the term's weight in its normalised vector. */
  private record Posting(int candidate, double weight) {}

  /**
   * The cosines of one candidate to every candidate it shares a term with, summed term by term over
   * the terms' postings, so that a story's summary is not a scan of every sentence pair (in a story
   * of a few thousand sentences, nearly every pair shares some common word). The terms are taken in
   * order, so each sum is the same, to the bit, as {@link SparseVector#dot}'s.
   */
  private static final class Cosines {
    private final double[] sum;
    private final boolean[] seen;
    private final List<Integer> touched = new ArrayList<>();

    Cosines(int candidates) {
      sum = new double[candidates];
      seen = new boolean[candidates];
    }

    /** Candidate → cosine to {@code v}, in candidate order; valid until the next call. */
    SortedMap<Integer, Double> of(SparseVector v, Map<String, List<Posting>> withTerm) {
      for (int j : touched) {
        sum[j] = 0;
        seen[j] = false;
      }
      touched.clear();
      v.forEach(
          (term, w) -> {
            for (Posting p : withTerm.getOrDefault(term, List.of())) {
              if (!seen[p.candidate()]) {
                seen[p.candidate()] = true;
                touched.add(p.candidate());
              }
              sum[p.candidate()] += p.weight() * w;
            }
          });
      SortedMap<Integer, Double> cosines = new TreeMap<>();
      touched.forEach(j -> cosines.put(j, sum[j]));
      return cosines;
    }
  }

  /**
   * The sentence itself, and in each other article the sentence that states it best, if any, among
   * the candidates whose {@code cosines} to it reach {@link #SAME}.
   */
  private static List<Citation> support(
      int i, List<Candidate> candidates, SortedMap<Integer, Double> cosines) {
    AnnotatedArticle own = candidates.get(i).article();
    Map<AnnotatedArticle, Integer> best = new LinkedHashMap<>();
    Map<AnnotatedArticle, Double> bestCosine = new HashMap<>();
    for (Map.Entry<Integer, Double> e : cosines.entrySet()) {
      int j = e.getKey();
      AnnotatedArticle other = candidates.get(j).article();
      double cosine = e.getValue();
      if (other != own && cosine >= SAME && cosine > bestCosine.getOrDefault(other, 0.0)) {
        best.put(other, j);
        bestCosine.put(other, cosine);
      }
    }
    List<Citation> support = new ArrayList<>(List.of(cite(candidates.get(i))));
    best.values().forEach(j -> support.add(cite(candidates.get(j))));
    return support;
  }

  private static Citation cite(Candidate c) {
    return Citation.ofText(c.article().id(), c.sentence().span());
  }
}
