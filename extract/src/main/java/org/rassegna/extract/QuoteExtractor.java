package org.rassegna.extract;

import java.util.List;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Quotation;

/** Finds the quotations of an article and who said them. Implementations are thread-safe. */
public interface QuoteExtractor {

  /** The quotations of {@code article}, in text order. */
  List<Quotation> extract(AnnotatedArticle article);
}
