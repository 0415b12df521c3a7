package org.rassegna.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rassegna.annotate.SharedData;
import org.rassegna.annotate.time.HeidelTimeTagger;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;

/** Every token, entity and time span of 1,000 real DICE articles equals its surface form. */
class DiceSpansEval {

  @Test
  void everySpanOf1000DiceArticlesCoversExactlyItsSurfaceForm() throws Exception {
    CoreNlpItalianAnnotator annotator =
        new CoreNlpItalianAnnotator(ItalianModels.shared(), HeidelTimeTagger.italian(), true);
    int tokens = 0;
    for (Article article : SharedData.dice(1000)) {
      AnnotatedArticle a = annotator.annotate(article);
      CoreNlpItalianAnnotatorTest.assertSpansMatchSurfaces(a);
      a.times().forEach(t -> assertThat(t.span().of(article.text())).isEqualTo(t.text()));
      tokens += a.tokens().size();
    }
    assertThat(tokens).isGreaterThan(100_000);
  }
}
