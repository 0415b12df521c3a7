package org.rassegna.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.ParallelAnnotator.Annotated;
import org.rassegna.annotate.ParallelAnnotator.Outcome;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;

/**
 * The full annotation (CoreNLP, HeidelTime, Lingua) over two threads gives each of 100 DICE
 * articles exactly what one thread gives it: the shared models and the per-thread HeidelTime keep
 * no state from one article to the next.
 */
class ParallelAnnotatorIT {

  @Test
  void twoThreadsAnnotate100DiceArticlesAsOneDoes() throws Exception {
    List<Article> articles = SharedData.dice(100);
    Annotator annotator = LanguageRoutingAnnotator.standard();
    List<Outcome> parallel;
    try (ParallelAnnotator threads = new ParallelAnnotator(annotator, 2)) {
      parallel = threads.annotateAll(articles);
    }
    List<AnnotatedArticle> one = articles.stream().map(annotator::annotate).toList();
    assertThat(parallel).allMatch(o -> o instanceof Annotated);
    assertThat(parallel.stream().map(o -> ((Annotated) o).annotated()).toList()).isEqualTo(one);
    assertThat(one.stream().mapToInt(a -> a.times().size()).sum()).isGreaterThan(100);
  }
}
