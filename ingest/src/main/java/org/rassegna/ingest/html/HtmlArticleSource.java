package org.rassegna.ingest.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.rassegna.ingest.ArticleSink;
import org.rassegna.ingest.ArticleSource;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.Skipped;

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
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxArticleBytes()) {
        sink.skip(new Skipped(item, "too large: " + size + " bytes > " + limits.maxArticleBytes()));
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      sink.skip(new Skipped(item, "unreadable: " + e));
      return;
    }
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String id = dot > 0 ? name.substring(0, dot) : name;
    new HtmlArticleReader(limits)
        .read(
            bytes, new HtmlArticleReader.Origin(item, id, null, null, name, null, Map.of()), sink);
  }
}
