package org.rassegna.cluster;

import java.util.List;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Clustering;

/**
 * Groups articles that tell the same event into stories, and stories of the same affair into
 * storylines. The same input gives the same clustering, whatever its order.
 */
public interface StoryClusterer {

  /** Every article ends up in exactly one story; stories come largest first. */
  Clustering cluster(List<AnnotatedArticle> articles);
}
