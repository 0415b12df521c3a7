package org.rassegna.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.rassegna.annotate.Annotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Skipped;

/**
 * The pipeline's one call into annotate: a batch in, its analyses out. An article the annotator
 * fails on is reported and left out; the batch goes on.
 */
final class Annotation {

  private final Annotator annotator;

  Annotation(Annotator annotator) {
    this.annotator = annotator;
  }

  /** The analyses of {@code batch}, in its order; {@code done} is told of each article. */
  List<AnnotatedArticle> annotate(List<Article> batch, Consumer<Skipped> failed, Runnable done) {
    List<AnnotatedArticle> out = new ArrayList<>(batch.size());
    for (Article a : batch) {
      try {
        out.add(annotator.annotate(a));
      } catch (RuntimeException e) {
        failed.accept(new Skipped(a.id(), "annotation failed: " + e));
      }
      done.run();
    }
    return out;
  }
}
