package org.rassegna.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.rassegna.model.Skipped;

/** Reading one file as one article, the same way for every file format. */
public final class ArticleFiles {

  private ArticleFiles() {}

  /** The file's bytes, or empty after reporting to {@code sink} why it was not read. */
  public static Optional<byte[]> read(Path file, IngestLimits limits, ArticleSink sink) {
    String item = file.toString();
    try {
      long size = Files.size(file);
      if (size > limits.maxArticleBytes()) {
        sink.skip(new Skipped(item, "too large: " + size + " bytes > " + limits.maxArticleBytes()));
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      sink.skip(new Skipped(item, "unreadable: " + e));
      return Optional.empty();
    }
  }

  /** The article id a file gives: its name without the extension. */
  public static String idOf(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
