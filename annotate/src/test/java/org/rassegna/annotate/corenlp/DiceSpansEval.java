package org.rassegna.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rassegna.annotate.SharedData;
import org.rassegna.annotate.time.HeidelTimeTagger;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;

/**
 * Every token, entity and time span of real DICE articles equals its surface form: 30 here, 1,000
 * in {@code DiceSpansIT}.
 */
class DiceSpansEval {

  static void assertSpansOf(int articles) throws Exception {
    CoreNlpItalianAnnotator annotator =
        new CoreNlpItalianAnnotator(ItalianModels.shared(), HeidelTimeTagger.italian());
    int tokens = 0;
    for (Article article : SharedData.dice(articles)) {
      AnnotatedArticle a = annotator.annotate(article);
      CoreNlpItalianAnnotatorTest.assertSpansMatchSurfaces(a);
      a.times().forEach(t -> assertThat(t.span().of(article.text())).isEqualTo(t.text()));
      tokens += a.tokens().size();
    }
    assertThat(tokens).isGreaterThan(articles * 100);
  }

  @Test
  void everySpanOf30DiceArticlesCoversExactlyItsSurfaceForm() throws Exception {
    assertSpansOf(30);
  }
}
