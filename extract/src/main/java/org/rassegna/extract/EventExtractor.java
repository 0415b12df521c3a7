package org.rassegna.extract;

import java.util.List;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.ArticleDay;
import org.rassegna.model.DatedEvent;

/** Finds what an article places on a calendar day. Implementations are thread-safe. */
public interface EventExtractor {

  /**
   * The dated events of {@code article}, in text order, its relative dates read with {@code day}:
   * the article's own, or the one {@link ArticleDay#inStory its story} gives it.
   */
  List<DatedEvent> extract(AnnotatedArticle article, ArticleDay day);
}
