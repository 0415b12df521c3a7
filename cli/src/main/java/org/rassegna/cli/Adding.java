package org.rassegna.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.rassegna.cluster.ClusterParameters;
import org.rassegna.model.Article;
import org.rassegna.model.Skipped;
import org.rassegna.pipeline.Pipeline;
import org.rassegna.pipeline.PipelineConfig;
import org.rassegna.store.Store;

/** What every command that adds articles does: add the batch, refresh its stories, report. */
final class Adding {

  private Adding() {}

  /** What an add and its refresh did, and what failed in them (also reported on {@code err}). */
  record Result(Pipeline.Update update, List<Skipped> failed) {}

  /** The pipeline over {@code store}, clustering at {@code similarity}. */
  static Pipeline pipeline(Store store, double similarity) {
    return Pipeline.open(
        PipelineConfig.DEFAULT.withCluster(ClusterParameters.DEFAULT.withThreshold(similarity)),
        store);
  }

  static Result add(
      Pipeline pipeline, List<Article> articles, PrintWriter err, boolean showProgress) {
    Pipeline.Update update;
    try (Progress p = new Progress(err, showProgress, "annotate", articles.size())) {
      update = pipeline.add(articles, p::step);
    }
    List<Skipped> failed = new ArrayList<>(update.skipped());
    try (Progress p = new Progress(err, showProgress, "extract", update.touchedStories().size())) {
      failed.addAll(pipeline.refresh(update.touchedStories(), p::step));
    }
    failed.forEach(s -> err.println(s.item() + ": " + s.reason()));
    return new Result(update, failed);
  }
}
