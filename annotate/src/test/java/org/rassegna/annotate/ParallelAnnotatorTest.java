package org.rassegna.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.ParallelAnnotator.Annotated;
import org.rassegna.annotate.ParallelAnnotator.Failed;
import org.rassegna.annotate.ParallelAnnotator.Outcome;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;

class ParallelAnnotatorTest {

  private static final Annotator WORDS = LuceneAnnotator.italian();

  /** Fails on the articles whose id says so. */
  private static final Annotator FAILING_ON_BAD =
      a -> {
        if (a.id().startsWith("bad")) {
          throw new IllegalArgumentException("cannot read " + a.id());
        }
        return WORDS.annotate(a);
      };

  private static List<Article> articles() throws Exception {
    List<Article> out = new ArrayList<>();
    for (int round = 0; round < 20; round++) {
      for (Article seed : SharedData.seeds()) {
        out.add(Article.of(round + "-" + seed.id(), seed.text()));
      }
      out.add(Article.of("bad-" + round, "Un testo qualunque."));
    }
    return out;
  }

  @Test
  void outcomesComeInTheArticlesOrderAsOneThreadGivesThem() throws Exception {
    List<Article> articles = articles();
    List<Outcome> outcomes;
    try (ParallelAnnotator parallel = new ParallelAnnotator(FAILING_ON_BAD, 3)) {
      outcomes = parallel.annotateAll(articles);
    }
    assertThat(outcomes).extracting(Outcome::article).isEqualTo(articles);
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      if (a.id().startsWith("bad")) {
        assertThat(outcomes.get(i)).isInstanceOf(Failed.class);
        assertThat(((Failed) outcomes.get(i)).skipped().item()).isEqualTo(a.id());
        assertThat(((Failed) outcomes.get(i)).skipped().reason()).contains("cannot read " + a.id());
      } else {
        AnnotatedArticle one = WORDS.annotate(a);
        assertThat(((Annotated) outcomes.get(i)).annotated()).isEqualTo(one);
      }
    }
  }

  @Test
  void streamingHandsOutcomesOverInOrderOnTheCallingThread() throws Exception {
    List<Article> articles = articles();
    List<String> ids = new ArrayList<>();
    Thread caller = Thread.currentThread();
    try (ParallelAnnotator parallel = new ParallelAnnotator(FAILING_ON_BAD, 2)) {
      parallel.annotateAll(
          articles,
          o -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            ids.add(o.article().id());
          });
    }
    assertThat(ids).isEqualTo(articles.stream().map(Article::id).toList());
  }
}
