package org.rassegna.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.rassegna.model.Article;
import org.rassegna.model.Skipped;

/**
 * Reads a list of paths into articles, collecting what was skipped and why. Article ids must be
 * unique within a run: a second article with an id already read is skipped, not silently merged.
 */
public final class Ingest implements ArticleSink {

  /** What a run read. */
  public record Result(List<Article> articles, List<Skipped> skipped, List<String> ignored) {}

  private final List<Article> articles = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final List<String> ignored = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final Consumer<Article> progress;

  /** A sink that collects what sources send it, telling {@code progress} of each article. */
  public Ingest(Consumer<Article> progress) {
    this.progress = progress;
  }

  public static Result read(List<Path> paths, IngestLimits limits, Consumer<Article> progress) {
    return read(
        paths.stream().map(p -> (ArticleSource) new PathArticleSource(p, limits)).toList(),
        progress);
  }

  /** Reads the sources in order; an id read before is skipped, not merged. */
  public static Result read(List<ArticleSource> sources, Consumer<Article> progress) {
    Ingest sink = new Ingest(progress);
    for (ArticleSource source : sources) {
      source.read(sink);
    }
    return sink.result();
  }

  public Result result() {
    return new Result(List.copyOf(articles), List.copyOf(skipped), List.copyOf(ignored));
  }

  @Override
  public void accept(Article article) {
    if (ids.add(article.id())) {
      articles.add(article);
      progress.accept(article);
    } else {
      skipped.add(new Skipped(article.id(), "duplicate id: an article with it was read"));
    }
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
