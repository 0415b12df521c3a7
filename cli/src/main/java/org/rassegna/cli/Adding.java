package org.rassegna.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.Annotator;
import org.rassegna.cluster.ClusterParameters;
import org.rassegna.model.Article;
import org.rassegna.model.Skipped;
import org.rassegna.pipeline.Pipeline;
import org.rassegna.pipeline.PipelineConfig;
import org.rassegna.pipeline.Pipelines;
import org.rassegna.store.Store;

/** What every command that adds articles does: add the batch, refresh its stories, report. */
final class Adding {

  private Adding() {}

  /**
   * What an add and its refresh did, what failed in them (also reported on {@code err}), and the
   * seconds each took (the add: annotate, dedup, cluster, store; the refresh: extract, compare).
   */
  record Result(
      Pipeline.Update update, List<Skipped> failed, double addSeconds, double refreshSeconds) {}

  /** The pipeline over {@code store}, clustering at {@code similarity}, annotating on threads. */
  static Pipeline pipeline(Store store, double similarity, int threads) {
    return pipeline(store, similarity, threads, null);
  }

  /**
   * As {@link #pipeline(Store, double, int)}, annotating with {@code annotator} instead of the
   * standard annotators when given (the tests of the long-running commands, which need no CoreNLP).
   */
  static Pipeline pipeline(
      Store store, double similarity, int threads, @Nullable Annotator annotator) {
    PipelineConfig config =
        PipelineConfig.DEFAULT
            .withCluster(ClusterParameters.DEFAULT.withThreshold(similarity))
            .withThreads(threads);
    return annotator == null
        ? Pipeline.open(config, store)
        : Pipelines.withAnnotator(config, store, annotator);
  }

  static Result add(
      Pipeline pipeline, List<Article> articles, PrintWriter err, boolean showProgress) {
    long t0 = System.nanoTime();
    Pipeline.Update update;
    try (Progress p = new Progress(err, showProgress, "annotate", articles.size())) {
      update = pipeline.add(articles, p::step);
    }
    long t1 = System.nanoTime();
    List<Skipped> failed = new ArrayList<>(update.skipped());
    try (Progress p = new Progress(err, showProgress, "extract", update.touchedStories().size())) {
      failed.addAll(pipeline.refresh(update.touchedStories(), p::step));
    }
    failed.forEach(s -> err.println(s.item() + ": " + s.reason()));
    return new Result(update, failed, (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
  }
}
