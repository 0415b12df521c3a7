package org.rassegna.cluster;

import java.util.List;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Story;

/** Groups articles that tell the same event. The same input gives the same stories. */
public interface StoryClusterer {

  /** Every article ends up in exactly one story; stories come largest first. */
  List<Story> cluster(List<AnnotatedArticle> articles);
}
