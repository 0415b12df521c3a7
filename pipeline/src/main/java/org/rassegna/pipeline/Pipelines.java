package org.rassegna.pipeline;

import org.rassegna.annotate.Annotator;
import org.rassegna.store.Store;

/**
 * Pipelines with an annotator of the caller's choice instead of the standard one: the store
 * benchmark's (Lucene's Italian analysis, so that filling a store of 10,000 articles takes seconds,
 * not hours), or an entry point that annotates elsewhere.
 */
public final class Pipelines {

  private Pipelines() {}

  /** A pipeline over {@code store} that annotates new articles with {@code annotator}. */
  public static Pipeline withAnnotator(PipelineConfig config, Store store, Annotator annotator) {
    return new Pipeline(config, store, () -> annotator);
  }
}
