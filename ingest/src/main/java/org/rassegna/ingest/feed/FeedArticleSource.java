package org.rassegna.ingest.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rassegna.ingest.ArticleSink;
import org.rassegna.ingest.ArticleSource;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.Skipped;

/**
 * A feed file ({@code .rss}, {@code .atom}, or {@code .xml} holding a feed), read by a {@link
 * FeedReader}.
 */
public final class FeedArticleSource implements ArticleSource {

  private final Path file;
  private final IngestLimits limits;
  private final FeedReader reader;

  public FeedArticleSource(Path file, IngestLimits limits, FeedReader reader) {
    this.file = file;
    this.limits = limits;
    this.reader = reader;
  }

  @Override
  public void read(ArticleSink sink) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > FeedReader.maxFeedBytes(limits)) {
        sink.skip(new Skipped(file.toString(), "too large for a feed: " + size + " bytes"));
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      sink.skip(new Skipped(file.toString(), "unreadable: " + e));
      return;
    }
    reader.read(bytes, file.toString(), null, sink);
  }
}
