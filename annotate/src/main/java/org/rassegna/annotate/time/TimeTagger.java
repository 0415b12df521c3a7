package org.rassegna.annotate.time;

import java.util.List;
import org.rassegna.model.Article;
import org.rassegna.model.TimeExpression;

/** Finds the time expressions of an article and normalises them to the calendar. */
public interface TimeTagger {

  /** The time expressions of {@code article}'s text, in text order. */
  List<TimeExpression> tag(Article article);

  /** Finds none: for languages with no time rules. */
  TimeTagger NONE = article -> List.of();
}
