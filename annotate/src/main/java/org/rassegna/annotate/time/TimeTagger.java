package org.rassegna.annotate.time;

import java.util.List;
import org.rassegna.model.Article;
import org.rassegna.model.ArticleDay;
import org.rassegna.model.Sentence;
import org.rassegna.model.TimeExpression;

/** Finds the time expressions of an article and normalises them to the calendar. */
public interface TimeTagger {

  /** The time expressions of {@code article}'s text, in text order. */
  List<TimeExpression> tag(Article article);

  /**
   * The same, given the article's sentences, so that a tagger may look only in those that can hold
   * an expression.
   */
  default List<TimeExpression> tag(Article article, List<Sentence> sentences) {
    return tag(article);
  }

  /**
   * The time expressions and the article's day they rest on: a tagger that resolves relative
   * expressions against an anchor takes it from {@link ArticleDay the one rule}.
   */
  record Dated(List<TimeExpression> times, ArticleDay day) {}

  /** The time expressions of {@code article}, with its day. */
  default Dated dated(Article article, List<Sentence> sentences) {
    List<TimeExpression> times = tag(article, sentences);
    return new Dated(times, ArticleDay.of(article.published(), times));
  }

  /** Finds none: for languages with no time rules. */
  TimeTagger NONE = article -> List.of();
}
