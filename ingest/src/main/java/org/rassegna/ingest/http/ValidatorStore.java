package org.rassegna.ingest.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The {@code ETag} and {@code Last-Modified} of each feed last read, so that the next run asks the
 * server for changed feeds only. Kept in a small JSON file ({@code {"url": {"etag": …,
 * "last_modified": …}}}), written atomically.
 */
public final class ValidatorStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, PageFetcher.Validators> byUrl = new TreeMap<>();

  /** An empty store (nothing remembered). */
  public ValidatorStore() {}

  /** The store saved in {@code file}, or an empty one when there is none yet. */
  public static ValidatorStore load(Path file) throws IOException {
    ValidatorStore store = new ValidatorStore();
    if (Files.exists(file)) {
      JsonNode root = JSON.readTree(file.toFile());
      root.properties()
          .forEach(
              e ->
                  store.byUrl.put(
                      e.getKey(),
                      new PageFetcher.Validators(
                          text(e.getValue(), "etag"), text(e.getValue(), "last_modified"))));
    }
    return store;
  }

  public synchronized PageFetcher.@Nullable Validators get(String url) {
    return byUrl.get(url);
  }

  public synchronized void put(String url, PageFetcher.Validators validators) {
    if (validators.isEmpty()) {
      byUrl.remove(url);
    } else {
      byUrl.put(url, validators);
    }
  }

  public synchronized void save(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    byUrl.forEach(
        (url, v) -> {
          ObjectNode n = root.putObject(url);
          if (v.etag() != null) {
            n.put("etag", v.etag());
          }
          if (v.lastModified() != null) {
            n.put("last_modified", v.lastModified());
          }
        });
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
