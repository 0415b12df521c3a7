package org.rassegna.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.ParallelAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Skipped;

/**
 * The pipeline's one call into annotate: a batch in, its analyses out, in the batch's order, over a
 * pool of threads (the pool lives as long as the pipeline; its threads are daemons). An article the
 * annotator fails on is reported and left out; the batch goes on.
 */
final class Annotation {

  private final ParallelAnnotator pool;

  Annotation(Annotator annotator, int threads) {
    this.pool = new ParallelAnnotator(annotator, threads);
  }

  /** The analyses of {@code batch}, in its order; {@code done} is told of each article. */
  List<AnnotatedArticle> annotate(List<Article> batch, Consumer<Skipped> failed, Runnable done) {
    List<AnnotatedArticle> out = new ArrayList<>(batch.size());
    pool.annotateAll(
        batch,
        outcome -> {
          if (outcome instanceof ParallelAnnotator.Annotated a) {
            out.add(a.annotated());
          } else if (outcome instanceof ParallelAnnotator.Failed f) {
            failed.accept(f.skipped());
          }
          done.run();
        });
    return out;
  }
}
