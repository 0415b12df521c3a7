package org.rassegna.extract;

import java.util.List;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.DatedEvent;

/** Finds what an article places on a calendar day. Implementations are thread-safe. */
public interface EventExtractor {

  /** The dated events of {@code article}, in text order. */
  List<DatedEvent> extract(AnnotatedArticle article);
}
