package org.rassegna.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Published;
import org.rassegna.model.Story;

/**
 * Single-pass clustering by TF-IDF cosine: articles, in publication order (then by id, so the order
 * of files on disk does not matter), each join the story whose centroid is most similar, if that
 * similarity reaches the threshold, or start a new story. Cost is O(articles × stories).
 */
public final class SinglePassStoryClusterer implements StoryClusterer {

  /**
   * Cosine to a story centroid at or above which an article joins the story. Provisional: chosen on
   * the five seed articles only (at 0.22 the 18 March report joins the 12 February story, at 0.28
   * that story splits), until the clustering issue chooses it on labelled data.
   */
  public static final double DEFAULT_THRESHOLD = 0.25;

  private final double threshold;

  public SinglePassStoryClusterer(double threshold) {
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
  }

  @Override
  public List<Story> cluster(List<AnnotatedArticle> articles) {
    List<AnnotatedArticle> ordered =
        articles.stream()
            .sorted(
                Comparator.comparing(
                        (AnnotatedArticle a) -> a.article().published(),
                        Comparator.nullsLast(Comparator.<Published>naturalOrder()))
                    .thenComparing(AnnotatedArticle::id))
            .toList();
    List<Map<String, Double>> vectors = TermVectors.of(ordered);
    List<List<Integer>> members = new ArrayList<>();
    List<Map<String, Double>> sums = new ArrayList<>();
    List<Double> squaredNorms = new ArrayList<>(); // of each sum, kept so centroids need no copy
    for (int i = 0; i < ordered.size(); i++) {
      Map<String, Double> v = vectors.get(i);
      int best = -1;
      double bestScore = threshold;
      double bestDot = 0;
      for (int c = 0; c < sums.size(); c++) {
        double dot = TermVectors.dot(v, sums.get(c));
        double score = dot / Math.sqrt(squaredNorms.get(c));
        if (score >= bestScore) {
          best = c;
          bestScore = score;
          bestDot = dot;
        }
      }
      if (best < 0) {
        members.add(new ArrayList<>());
        sums.add(new HashMap<>());
        squaredNorms.add(0.0);
        best = members.size() - 1;
      }
      members.get(best).add(i);
      double vv = TermVectors.dot(v, v);
      squaredNorms.set(best, squaredNorms.get(best) + 2 * bestDot + vv);
      TermVectors.add(sums.get(best), v);
    }
    List<Story> stories = new ArrayList<>();
    for (int c = 0; c < members.size(); c++) {
      Map<String, Double> centroid = TermVectors.normalise(new HashMap<>(sums.get(c)));
      List<String> ids =
          members.get(c).stream()
              .sorted(
                  Comparator.comparingDouble(
                          (Integer i) -> -TermVectors.dot(vectors.get(i), centroid))
                      .thenComparing(i -> ordered.get(i).id()))
              .map(i -> ordered.get(i).id())
              .toList();
      stories.add(new Story("s" + (c + 1), ids));
    }
    stories.sort(Comparator.comparingInt((Story s) -> -s.articleIds().size()));
    return stories;
  }
}
