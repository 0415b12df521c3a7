package org.rassegna.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.ParallelAnnotator.Annotated;
import org.rassegna.annotate.ParallelAnnotator.Outcome;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;

/**
 * The full annotation (CoreNLP, HeidelTime, Lingua) over two threads or more gives each of 100 DICE
 * articles exactly what one thread gives it: the shared models and the per-thread HeidelTime keep
 * no state from one article to the next. The parallel run is {@link DiceAnnotations}', which the
 * other ITs of this JVM read too.
 */
class ParallelAnnotatorIT {

  @Test
  void twoThreadsAnnotate100DiceArticlesAsOneDoes() throws Exception {
    List<Article> articles = SharedData.dice(100);
    List<Outcome> parallel = DiceAnnotations.first(100);
    Annotator annotator = DiceAnnotations.standard();
    List<AnnotatedArticle> one = articles.stream().map(annotator::annotate).toList();
    assertThat(parallel).allMatch(o -> o instanceof Annotated);
    assertThat(parallel.stream().map(o -> ((Annotated) o).annotated()).toList()).isEqualTo(one);
    assertThat(one.stream().mapToInt(a -> a.times().size()).sum()).isGreaterThan(100);
  }
}
