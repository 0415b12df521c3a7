package org.rassegna.annotate.time;

import java.util.List;
import org.rassegna.model.Article;
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

  /** Finds none: for languages with no time rules. */
  TimeTagger NONE = article -> List.of();
}
