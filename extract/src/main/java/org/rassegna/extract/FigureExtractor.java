package org.rassegna.extract;

import java.util.List;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Figure;

/** Finds the figures an article states. Implementations are thread-safe. */
public interface FigureExtractor {

  /** The figures of {@code article}, in text order. */
  List<Figure> extract(AnnotatedArticle article);
}
