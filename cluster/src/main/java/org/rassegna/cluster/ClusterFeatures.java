package org.rassegna.cluster;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import org.rassegna.model.AnnotatedArticle;

/**
 * All that {@link OnlineStoryClusterer} reads of an article, a few hundred terms instead of the
 * whole analysis: what a distributed job ships from its executors to the one place that clusters
 * the stream in publication order. {@link OnlineStoryClusterer.Session#add(ClusterFeatures)} of an
 * article's features is {@link OnlineStoryClusterer.Session#add(AnnotatedArticle) add} of the
 * article.
 *
 * @param id the article id
 * @param time its time for the decay and the dormancy window, or {@link OpenGroups#NO_TIME}
 * @param order its place in publication order (the time, else the earliest day it may be)
 * @param terms its terms and their counts
 * @param specific its specific keys (for the split pass)
 * @param language the language its analysis used (BCP-47, {@code und} when unknown): which {@link
 *     BackgroundFrequencies background table} weighs its terms
 */
public record ClusterFeatures(
    String id,
    long time,
    long order,
    Map<String, Integer> terms,
    Set<String> specific,
    String language) {

  /** {@link OnlineStoryClusterer#PUBLICATION_ORDER} on features. */
  public static final Comparator<ClusterFeatures> PUBLICATION_ORDER =
      Comparator.comparingLong(ClusterFeatures::order)
          .thenComparing(ClusterFeatures::id, OnlineStoryClusterer::compareIds);

  public ClusterFeatures {
    terms = Map.copyOf(terms);
    specific = Set.copyOf(specific);
  }

  public static ClusterFeatures of(AnnotatedArticle article) {
    return new ClusterFeatures(
        article.id(),
        OnlineStoryClusterer.timeOf(article),
        OnlineStoryClusterer.sortKey(article),
        OnlineStoryClusterer.terms(article),
        SpecificContent.of(article, BackgroundFrequencies.forLanguage(article.language())),
        article.language());
  }
}
