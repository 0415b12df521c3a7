package org.rassegna.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.Article;
import org.rassegna.model.Published;
import org.rassegna.model.Skipped;

/**
 * A JSON Lines file: one article a line, as an object with {@code text} (required) and optionally
 * {@code id}, {@code source}, {@code url}, {@code published} (ISO-8601) or {@code published_ms}
 * (epoch milliseconds), {@code title}, {@code language}. Other fields are kept in {@link
 * Article#extra()}. A line that is not valid UTF-8 or JSON, or has no text, is skipped with its
 * line number; the file goes on. Without an {@code id}, the id is {@code file:line}.
 */
public final class JsonLinesArticleSource implements ArticleSource {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> KNOWN =
      Set.of("id", "source", "url", "published", "published_ms", "title", "text", "language");

  private final Path file;
  private final IngestLimits limits;

  public JsonLinesArticleSource(Path file, IngestLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  @Override
  public void read(ArticleSink sink) {
    String name = file.getFileName().toString();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int lineNo = 0;
      boolean oversize = false;
      int b;
      while (true) {
        b = in.read();
        if (b == '\n' || b == -1) {
          if (b == -1 && line.size() == 0 && !oversize) {
            break;
          }
          lineNo++;
          String item = file + ":" + lineNo;
          if (oversize) {
            sink.skip(new Skipped(item, "too large: over " + limits.maxArticleBytes() + " bytes"));
          } else {
            readLine(line.toByteArray(), name, lineNo, item, sink);
          }
          line.reset();
          oversize = false;
          if (b == -1) {
            break;
          }
        } else if (line.size() < limits.maxArticleBytes()) {
          line.write(b);
        } else {
          oversize = true;
        }
      }
    } catch (IOException e) {
      sink.skip(new Skipped(file.toString(), "unreadable: " + e));
    }
  }

  private void readLine(byte[] bytes, String name, int lineNo, String item, ArticleSink sink) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      sink.skip(new Skipped(item, "not UTF-8"));
      return;
    }
    if (text.isBlank()) {
      return; // blank lines separate nothing in JSON Lines; not an item
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      sink.skip(new Skipped(item, "malformed JSON: " + e.getOriginalMessage()));
      return;
    }
    if (!(node instanceof ObjectNode obj)) {
      sink.skip(new Skipped(item, "not a JSON object"));
      return;
    }
    String body = string(obj, "text");
    if (body == null || body.isBlank()) {
      sink.skip(new Skipped(item, "empty: no \"text\""));
      return;
    }
    Map<String, String> extra = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> f : obj.properties()) {
      if (!KNOWN.contains(f.getKey())) {
        JsonNode v = f.getValue();
        extra.put(f.getKey(), v.isTextual() ? v.asText() : v.toString());
      }
    }
    String id = string(obj, "id");
    if (id == null || id.isBlank()) {
      id = name + ":" + lineNo;
    }
    String source = string(obj, "source");
    Published published = published(obj, extra);
    sink.accept(
        new Article(
            id,
            source == null || source.isBlank() ? name : source,
            string(obj, "url"),
            published,
            string(obj, "title"),
            body,
            string(obj, "language"),
            extra));
  }

  /** The publication time; a value we cannot read is kept in {@code extra}, not lost. */
  private static @Nullable Published published(ObjectNode obj, Map<String, String> extra) {
    String iso = string(obj, "published");
    if (iso != null) {
      var parsed = Published.parse(iso);
      if (parsed.isPresent()) {
        return parsed.get();
      }
      extra.put("published", iso);
    }
    JsonNode ms = obj.get("published_ms");
    if (ms != null && ms.canConvertToLong()) {
      return new Published(Instant.ofEpochMilli(ms.asLong()).atOffset(ZoneOffset.UTC).toString());
    }
    if (ms != null) {
      extra.put("published_ms", ms.toString());
    }
    return null;
  }

  private static @Nullable String string(ObjectNode obj, String field) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }
}
