package org.rassegna.ingest;

import java.util.ArrayList;
import java.util.List;
import org.rassegna.model.Article;
import org.rassegna.model.Skipped;

/** An {@link ArticleSink} that keeps everything, for assertions. */
public final class Collected implements ArticleSink {

  public final List<Article> articles = new ArrayList<>();
  public final List<Skipped> skipped = new ArrayList<>();
  public final List<String> ignored = new ArrayList<>();

  public static Collected from(ArticleSource source) {
    Collected c = new Collected();
    source.read(c);
    return c;
  }

  @Override
  public void accept(Article article) {
    articles.add(article);
  }

  @Override
  public void skip(Skipped s) {
    skipped.add(s);
  }

  @Override
  public void ignore(String item) {
    ignored.add(item);
  }
}
