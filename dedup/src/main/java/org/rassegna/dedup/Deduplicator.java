package org.rassegna.dedup;

import java.util.List;
import org.rassegna.model.AnnotatedArticle;

/** Finds the articles that copy each other, one article at a time. */
public interface Deduplicator {

  /**
   * Compares {@code article} with every article added before and adds it. Ids must be unique, as
   * ingest guarantees.
   */
  void add(AnnotatedArticle article);

  /** What the articles added so far copy from each other. */
  Deduplication result();

  /** Adds {@code articles} in order and returns the result. */
  default Deduplication deduplicate(List<AnnotatedArticle> articles) {
    articles.forEach(this::add);
    return result();
  }
}
