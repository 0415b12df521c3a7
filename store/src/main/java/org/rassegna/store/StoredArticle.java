package org.rassegna.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.Article;

/**
 * An article as the store keeps it: its raw metadata and text, and its day.
 *
 * @param article the article as ingested (id, source, url, published, title, text, language)
 * @param day the article's day, decided once by the pipeline and used by every stage; {@code null}
 *     when nothing dates it
 */
public record StoredArticle(Article article, @Nullable LocalDate day) {

  public String id() {
    return article.id();
  }
}
