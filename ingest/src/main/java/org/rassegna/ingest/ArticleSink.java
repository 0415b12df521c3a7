package org.rassegna.ingest;

import org.rassegna.model.Article;
import org.rassegna.model.Skipped;

/** Receives what an {@link ArticleSource} reads: articles, and the items it had to skip. */
public interface ArticleSink {

  void accept(Article article);

  void skip(Skipped skipped);

  /** A file in a folder that is not an article format (a README, an image): passed over. */
  default void ignore(String item) {}
}
