package org.rassegna.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.Article;

/**
 * Appends articles to a JSON Lines file in the form {@link JsonLinesArticleSource} reads (extra
 * fields at the top level), so that an interrupted ingestion resumes: opening the file reads the
 * ids already written, drops a last line cut short by the interruption, and {@link #write} passes
 * over an article whose id is already there. Each line is flushed as it is written.
 */
public final class JsonLinesArticleWriter implements Closeable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Set<String> ids = new HashSet<>();
  private final int previously;
  private final BufferedWriter out;

  public JsonLinesArticleWriter(Path file) throws IOException {
    if (Files.exists(file)) {
      dropPartialLastLine(file);
      try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
        lines
            .filter(l -> !l.isBlank())
            .forEach(
                l -> {
                  try {
                    var id = JSON.readTree(l).get("id");
                    if (id != null) {
                      ids.add(id.asText());
                    }
                  } catch (IOException e) {
                    throw new IllegalStateException(
                        file + ": not JSON Lines: " + e.getMessage(), e);
                  }
                });
      }
    } else if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    previously = ids.size();
    out =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** Whether an article with this id is already in the file. */
  public boolean has(String id) {
    return ids.contains(id);
  }

  /** How many articles the file held when it was opened. */
  public int previously() {
    return previously;
  }

  /** Appends {@code article}; false when one with its id is already there. */
  public boolean write(Article article) throws IOException {
    if (!ids.add(article.id())) {
      return false;
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("id", article.id());
    o.put("source", article.source());
    putIfPresent(o, "url", article.url());
    putIfPresent(o, "published", article.published() == null ? null : article.published().iso());
    putIfPresent(o, "title", article.title());
    putIfPresent(o, "language", article.language());
    for (Map.Entry<String, String> e : article.extra().entrySet()) {
      if (!o.has(e.getKey()) && !e.getKey().equals("text")) {
        o.put(e.getKey(), e.getValue());
      }
    }
    o.put("text", article.text());
    out.write(JSON.writeValueAsString(o));
    out.write('\n');
    out.flush();
    return true;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  private static void putIfPresent(ObjectNode o, String field, @Nullable String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  /** An interrupted run may have left half a line: cut the file back to its last newline. */
  private static void dropPartialLastLine(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      long end = raf.length();
      long pos = end;
      while (pos > 0) {
        raf.seek(pos - 1);
        if (raf.read() == '\n') {
          break;
        }
        pos--;
      }
      if (pos < end) {
        raf.setLength(pos);
      }
    }
  }
}
