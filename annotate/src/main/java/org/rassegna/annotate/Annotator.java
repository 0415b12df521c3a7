package org.rassegna.annotate;

import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;

/** Analyses the text of an article. Implementations are language-specific and thread-safe. */
public interface Annotator {

  AnnotatedArticle annotate(Article article);
}
