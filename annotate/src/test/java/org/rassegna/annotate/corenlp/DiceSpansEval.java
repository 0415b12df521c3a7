package org.rassegna.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rassegna.annotate.ParallelAnnotator;
import org.rassegna.annotate.ParallelAnnotator.Annotated;
import org.rassegna.annotate.ParallelAnnotator.Outcome;
import org.rassegna.annotate.SharedData;
import org.rassegna.annotate.time.HeidelTimeTagger;
import org.rassegna.model.AnnotatedArticle;

/**
 * Every token, entity and time span of real DICE articles equals its surface form: 30 here, 1,000
 * in {@code DiceSpansIT}, over all cores.
 */
class DiceSpansEval {

  static void assertSpansOf(int articles) throws Exception {
    CoreNlpItalianAnnotator annotator =
        new CoreNlpItalianAnnotator(ItalianModels.shared(), HeidelTimeTagger.italian());
    int tokens = 0;
    try (ParallelAnnotator threads =
        new ParallelAnnotator(annotator, ParallelAnnotator.defaultThreads())) {
      for (Outcome outcome : threads.annotateAll(SharedData.dice(articles))) {
        assertThat(outcome).isInstanceOf(Annotated.class);
        AnnotatedArticle a = ((Annotated) outcome).annotated();
        CoreNlpItalianAnnotatorTest.assertSpansMatchSurfaces(a);
        a.times().forEach(t -> assertThat(t.span().of(a.article().text())).isEqualTo(t.text()));
        tokens += a.tokens().size();
      }
    }
    assertThat(tokens).isGreaterThan(articles * 100);
  }

  @Test
  void everySpanOf30DiceArticlesCoversExactlyItsSurfaceForm() throws Exception {
    assertSpansOf(30);
  }
}
