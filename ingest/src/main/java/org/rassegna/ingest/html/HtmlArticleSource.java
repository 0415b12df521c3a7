package org.rassegna.ingest.html;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.rassegna.ingest.ArticleFiles;
import org.rassegna.ingest.ArticleSink;
import org.rassegna.ingest.ArticleSource;
import org.rassegna.ingest.IngestLimits;

/**
 * One saved web page ({@code .html}, {@code .htm}) as one article. The id is the file name without
 * extension; the source is the page's site name, else the host of its canonical URL, else the file
 * name.
 */
public final class HtmlArticleSource implements ArticleSource {

  private final Path file;
  private final IngestLimits limits;

  public HtmlArticleSource(Path file, IngestLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  @Override
  public void read(ArticleSink sink) {
    String item = file.toString();
    Optional<byte[]> read = ArticleFiles.read(file, limits, sink);
    if (read.isEmpty()) {
      return;
    }
    byte[] bytes = read.get();
    String name = file.getFileName().toString();
    String id = ArticleFiles.idOf(file);
    new HtmlArticleReader(limits)
        .read(
            bytes, new HtmlArticleReader.Origin(item, id, null, null, name, null, Map.of()), sink);
  }
}
