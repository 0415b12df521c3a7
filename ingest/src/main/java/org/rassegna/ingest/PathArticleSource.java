package org.rassegna.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.rassegna.model.Skipped;

/**
 * A file or a folder, read with the source its format calls for. Folders are walked in path order
 * (so runs are reproducible whatever the disk's order); hidden files are passed over, and so are
 * files of a type that holds no articles (reported through {@link ArticleSink#ignore}). A file
 * named explicitly is read as plain text unless its extension says otherwise.
 */
public final class PathArticleSource implements ArticleSource {

  private final Path path;
  private final IngestLimits limits;

  public PathArticleSource(Path path, IngestLimits limits) {
    this.path = path;
    this.limits = limits;
  }

  @Override
  public void read(ArticleSink sink) {
    if (!Files.exists(path)) {
      sink.skip(new Skipped(path.toString(), "no such file or folder"));
      return;
    }
    if (!Files.isDirectory(path)) {
      sourceFor(path, true).read(sink);
      return;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(path)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      sink.skip(new Skipped(path.toString(), "unreadable folder: " + e));
      return;
    }
    for (Path file : files) {
      if (path.relativize(file).toString().startsWith(".")
          || file.getFileName().toString().startsWith(".")) {
        continue;
      }
      ArticleSource source = sourceFor(file, false);
      if (source == null) {
        sink.ignore(file.toString());
      } else {
        source.read(sink);
      }
    }
  }

  private ArticleSource sourceFor(Path file, boolean explicit) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    return switch (ext) {
      case "jsonl", "ndjson" -> new JsonLinesArticleSource(file, limits);
      case "txt", "text", "" -> new TextFileArticleSource(file, limits);
      default -> explicit ? new TextFileArticleSource(file, limits) : null;
    };
  }
}
