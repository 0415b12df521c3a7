package org.rassegna.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rassegna.ingest.internal.TextDecoder;
import org.rassegna.model.Article;
import org.rassegna.model.Published;
import org.rassegna.model.Skipped;

/**
 * One plain-text file as one article. The file name is both the id (without extension) and the
 * source. Leading metadata lines are recognised and removed from the text: {@code date 2025-02-12}
 * (or {@code published …}) may share its line with the text that follows, as in the seed files;
 * {@code title …}, {@code source …} and {@code url …} must stand on their own line.
 */
public final class TextFileArticleSource implements ArticleSource {

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "\\A[ \\t]*(?:date|published)[ \\t]*:?[ \\t]+(\\d{4}(?:-\\d{2}(?:-\\d{2}"
              + "(?:T[0-9:.]+(?:Z|[+-]\\d{2}:\\d{2}))?)?)?)(?:[ \\t]+|[ \\t]*\\R)");
  private static final Pattern FIELD_LINE =
      Pattern.compile("\\A[ \\t]*(title|source|url)[ \\t]*:[ \\t]*(\\S[^\\r\\n]*)\\R");

  private final Path file;
  private final IngestLimits limits;

  public TextFileArticleSource(Path file, IngestLimits limits) {
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
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    if (!decoded.ok()) {
      sink.skip(new Skipped(item, decoded.problem()));
      return;
    }
    String fileName = file.getFileName().toString();
    Map<String, String> fields = new HashMap<>();
    String text = stripMetadata(decoded.text(), fields);
    if (text.isBlank()) {
      sink.skip(new Skipped(item, "empty: no text"));
      return;
    }
    Map<String, String> extra = new HashMap<>();
    extra.put("charset", decoded.charset());
    Published published = null;
    if (fields.containsKey("date")) {
      published = new Published(fields.get("date"));
    }
    String source = fields.getOrDefault("source", fileName);
    String id = ArticleFiles.idOf(file);
    sink.accept(
        new Article(
            id, source, fields.get("url"), published, fields.get("title"), text, null, extra));
  }

  /** Removes recognised metadata lines from the start of {@code text}, recording them. */
  static String stripMetadata(String text, Map<String, String> fields) {
    String rest = text;
    while (true) {
      Matcher date = DATE_LINE.matcher(rest);
      if (date.find() && Published.parse(date.group(1)).isPresent()) {
        fields.putIfAbsent("date", date.group(1));
        rest = rest.substring(date.end());
        continue;
      }
      Matcher field = FIELD_LINE.matcher(rest);
      if (field.find()) {
        fields.putIfAbsent(field.group(1), field.group(2).strip());
        rest = rest.substring(field.end());
        continue;
      }
      return rest;
    }
  }
}
