package org.rassegna.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.SharedData;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.annotate.corenlp.ItalianModels;
import org.rassegna.model.Article;
import org.rassegna.model.Published;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.TimeExpression;

/**
 * Running HeidelTime only on the sentences where its rules may match (and looking for the anchor of
 * an undated article only where there are digits) keeps the time expressions it finds on the whole
 * text, on DICE articles as they are (no publication day) and given one. {@code
 * -Drassegna.timeArticles=1000} checks more articles; the differences are printed.
 */
class TimeTriggersEval {

  private static final int ARTICLES = Integer.getInteger("rassegna.timeArticles", 40);

  /** Expressions allowed to differ, per thousand found on the whole text. */
  private static final double MAX_DIFFERENT_PER_THOUSAND = 2.0;

  @Test
  void theRulesFindTheSameWhereTheyRunOnlyWhereTheyMayMatch() throws Exception {
    List<Article> articles = new ArrayList<>();
    for (Article a : SharedData.dice(ARTICLES)) {
      articles.add(a);
      articles.add(
          new Article(
              a.id() + "@2020-01-15",
              a.source(),
              null,
              new Published("2020-01-15"),
              null,
              a.text(),
              "it",
              Map.of()));
    }
    CoreNlpItalianAnnotator sentences =
        new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE);
    HeidelTimeTagger tagger = HeidelTimeTagger.italian();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<int[]>> counts = new ArrayList<>();
      for (Article article : articles) {
        counts.add(threads.submit(() -> compare(sentences, tagger, article)));
      }
      int whole = 0;
      int different = 0;
      for (Future<int[]> c : counts) {
        whole += c.get()[0];
        different += c.get()[1];
      }
      System.out.printf(
          Locale.ROOT,
          "time expressions on %d DICE articles, undated and dated: %d on the whole text, %d"
              + " different where the rules run only where they may%n",
          ARTICLES,
          whole,
          different);
      assertThat(whole).isGreaterThan(ARTICLES * 2);
      assertThat(different * 1000.0 / whole).isLessThanOrEqualTo(MAX_DIFFERENT_PER_THOUSAND);
    } finally {
      threads.shutdownNow();
    }
  }

  /** The number of expressions on the whole text, and of those not found alike by the other way. */
  private static int[] compare(
      CoreNlpItalianAnnotator sentences, HeidelTimeTagger tagger, Article article) {
    List<Span> spans =
        sentences.annotate(article).sentences().stream().map(Sentence::span).toList();
    List<TimeExpression> whole = tagger.tag(article, spans, false).times();
    List<TimeExpression> where = tagger.tag(article, spans, true).times();
    List<TimeExpression> missing = new ArrayList<>(whole);
    missing.removeAll(where);
    List<TimeExpression> added = new ArrayList<>(where);
    added.removeAll(whole);
    missing.forEach(x -> System.out.println(article.id() + " only on the whole text: " + x));
    added.forEach(x -> System.out.println(article.id() + " only where they may: " + x));
    return new int[] {whole.size(), Math.max(missing.size(), added.size())};
  }
}
