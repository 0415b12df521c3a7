package org.rassegna.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rassegna.brief.Labels;
import org.rassegna.model.Brief.StoryBrief;

/**
 * The most recently read stories' briefs as the server sends them: the brief, its JSON, an ETag of
 * that JSON and its pages, kept while the story's {@link Newsroom#storyVersion version} holds. A
 * read then costs one look-up of the story's row instead of reading, parsing and writing its whole
 * brief again.
 */
final class RenderedStories {

  /** Stories kept: the ones a morning's readers open, bounded for a small machine. */
  static final int CAPACITY = 1000;

  /**
   * One story as sent.
   *
   * @param etag a strong entity tag of {@code json}, quoted as the header wants it
   * @param pages its page in each language asked for so far, written on the first request and kept
   *     as UTF-8: encoding a large story's page was most of the CPU a page request took
   */
  record Rendered(
      String version, StoryBrief brief, byte[] json, String etag, Map<Labels, byte[]> pages) {

    /** The story's page in {@code labels}, UTF-8, written the first time it is asked for. */
    byte[] page(Labels labels) {
      return pages.computeIfAbsent(
          labels, l -> new Pages(l).story(brief).getBytes(StandardCharsets.UTF_8));
    }
  }

  private final Newsroom newsroom;
  private final ObjectMapper json;

  /** In access order, so the least recently read goes first. */
  private final Map<String, Rendered> byId =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
          return size() > CAPACITY;
        }
      };

  RenderedStories(Newsroom newsroom, ObjectMapper json) {
    this.newsroom = newsroom;
    this.json = json;
  }

  /** The story as sent; throws {@link NotFoundResponse} for a story not stored. */
  Rendered get(String id) {
    return find(id).orElseThrow(() -> new NotFoundResponse("no story " + id));
  }

  /** The story as sent, if it is stored. */
  Optional<Rendered> find(String id) {
    Optional<String> version = newsroom.storyVersion(id);
    if (version.isEmpty()) {
      return Optional.empty();
    }
    Rendered kept;
    synchronized (byId) {
      kept = byId.get(id);
    }
    if (kept != null && kept.version().equals(version.get())) {
      return Optional.of(kept);
    }
    // rendered outside the lock: readers of other stories do not wait for this one
    return newsroom
        .story(id)
        .map(
            brief -> {
              byte[] body = write(brief);
              Rendered fresh =
                  new Rendered(version.get(), brief, body, etag(body), new ConcurrentHashMap<>());
              synchronized (byId) {
                byId.put(id, fresh);
              }
              return fresh;
            });
  }

  private byte[] write(StoryBrief brief) {
    try {
      return json.writeValueAsBytes(brief);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a brief is plain records", e);
    }
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
