package org.rassegna.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rassegna.annotate.DiceAnnotations;
import org.rassegna.annotate.ParallelAnnotator.Annotated;
import org.rassegna.annotate.ParallelAnnotator.Outcome;
import org.rassegna.model.AnnotatedArticle;

/**
 * Every token, entity and time span of real DICE articles equals its surface form: 30 here, 1,000
 * in {@code DiceSpansIT}, over all cores (the annotations of {@link DiceAnnotations}).
 */
class DiceSpansEval {

  static void assertSpansOf(int articles) throws Exception {
    int tokens = 0;
    for (Outcome outcome : DiceAnnotations.first(articles)) {
      assertThat(outcome).isInstanceOf(Annotated.class);
      AnnotatedArticle a = ((Annotated) outcome).annotated();
      // Italian, so the spans checked are CoreNLP's and HeidelTime's
      assertThat(a.article().language()).as(a.id()).isEqualTo("it");
      CoreNlpItalianAnnotatorTest.assertSpansMatchSurfaces(a);
      a.times().forEach(t -> assertThat(t.span().of(a.article().text())).isEqualTo(t.text()));
      tokens += a.tokens().size();
    }
    assertThat(tokens).isGreaterThan(articles * 100);
  }

  @Test
  void everySpanOf30DiceArticlesCoversExactlyItsSurfaceForm() throws Exception {
    assertSpansOf(30);
  }
}
