package org.rassegna.ingest;

/**
 * A readable input of articles: a file, a folder, a feed, an archive. Implementations report each
 * item they cannot read to {@link ArticleSink#skip} and go on; they throw only for programmer
 * errors.
 */
public interface ArticleSource {

  /** Reads every article of this input, in a deterministic order. */
  void read(ArticleSink sink);
}
