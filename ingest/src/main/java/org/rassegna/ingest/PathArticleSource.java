package org.rassegna.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.rassegna.ingest.feed.FeedArticleSource;
import org.rassegna.ingest.feed.FeedReader;
import org.rassegna.ingest.html.HtmlArticleSource;
import org.rassegna.ingest.warc.WarcArticleSource;
import org.rassegna.model.Skipped;

/**
 * A file or a folder, read with the source its format calls for: by extension ({@code .txt}, {@code
 * .jsonl}/{@code .ndjson}, {@code .html}/{@code .htm}, {@code .rss}/{@code .atom}, {@code
 * .warc}/{@code .warc.gz}), and by content for {@code .xml} and for files named explicitly with an
 * unknown extension (a WARC header, a feed root, an HTML tag; else plain text). Folders are walked
 * in path order (so runs are reproducible whatever the disk's order); hidden files are passed over,
 * and so are files of a type that holds no articles (reported through {@link ArticleSink#ignore}).
 * Symbolic links to files are read; links to folders are not walked, and they and broken links are
 * skipped with the reason.
 */
public final class PathArticleSource implements ArticleSource {

  private final Path path;
  private final IngestLimits limits;
  private final FeedReader feeds;

  /** Reads without the network: feed items without full text keep their summary. */
  public PathArticleSource(Path path, IngestLimits limits) {
    this(path, limits, new FeedReader(limits, null, id -> false));
  }

  /**
   * @param feeds reads feed files (with a fetcher for linked pages, or without)
   */
  public PathArticleSource(Path path, IngestLimits limits, FeedReader feeds) {
    this.path = path;
    this.limits = limits;
    this.feeds = feeds;
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
    for (Path file : files(path, sink)) {
      readInFolder(file, sink);
    }
  }

  /**
   * The files a read of {@code folder} reads, in path order, hidden ones left out; links that
   * cannot be followed are reported to {@code sink}. With {@link #inFolder}, a job that reads each
   * file elsewhere (one Spark task per file) reads what one read of the folder would.
   */
  public static List<Path> files(Path folder, ArticleSink sink) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> all = walk.sorted().toList();
      files = all.stream().filter(Files::isRegularFile).toList();
      // links to folders are not walked (a link to a parent would loop); say so, and name the
      // links that lead nowhere (dangling, or a loop of links)
      for (Path link : all) {
        if (Files.isSymbolicLink(link) && !Files.isRegularFile(link)) {
          sink.skip(
              new Skipped(
                  link.toString(),
                  Files.isDirectory(link)
                      ? "symbolic link to a folder: not followed"
                      : "broken symbolic link (dangling, or a loop of links)"));
        }
      }
    } catch (IOException e) {
      sink.skip(new Skipped(folder.toString(), "unreadable folder: " + e));
      return List.of();
    }
    return files.stream()
        .filter(
            file ->
                !folder.relativize(file).toString().startsWith(".")
                    && !file.getFileName().toString().startsWith("."))
        .toList();
  }

  /**
   * Reads {@code file} as a read of its folder does: a file of a type that holds no articles is
   * reported through {@link ArticleSink#ignore}.
   */
  public static void inFolder(Path file, IngestLimits limits, ArticleSink sink) {
    new PathArticleSource(file, limits).readInFolder(file, sink);
  }

  private void readInFolder(Path file, ArticleSink sink) {
    ArticleSource source = sourceFor(file, false);
    if (source == null) {
      sink.ignore(file.toString());
    } else {
      source.read(sink);
    }
  }

  private @Nullable ArticleSource sourceFor(Path file, boolean explicit) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".warc.gz")) {
      return new WarcArticleSource(file, limits);
    }
    String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    return switch (ext) {
      case "jsonl", "ndjson" -> new JsonLinesArticleSource(file, limits);
      case "txt", "text" -> new TextFileArticleSource(file, limits);
      case "html", "htm", "xhtml" -> new HtmlArticleSource(file, limits);
      case "rss", "atom" -> new FeedArticleSource(file, limits, feeds);
      case "warc" -> new WarcArticleSource(file, limits);
      case "xml" -> sniffed(file, false);
      case "" -> sniffed(file, true);
      default -> explicit ? sniffed(file, true) : null;
    };
  }

  /** The source for what the file's first bytes say; plain text (or nothing) when they say none. */
  private @Nullable ArticleSource sniffed(Path file, boolean textOtherwise) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(1024);
    } catch (IOException e) {
      return new TextFileArticleSource(file, limits); // which reports the file as unreadable
    }
    return switch (Sniffer.sniff(head)) {
      case WARC -> new WarcArticleSource(file, limits);
      case FEED -> new FeedArticleSource(file, limits, feeds);
      case HTML -> new HtmlArticleSource(file, limits);
      case OTHER -> textOtherwise ? new TextFileArticleSource(file, limits) : null;
    };
  }
}
