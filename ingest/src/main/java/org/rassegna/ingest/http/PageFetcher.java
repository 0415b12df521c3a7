package org.rassegna.ingest.http;

import org.jspecify.annotations.Nullable;

/** Fetches one web resource. */
public interface PageFetcher {

  /**
   * Fetches {@code url}; with {@code validators} from an earlier fetch, asks only for a changed
   * resource (conditional GET) and reports {@link Fetched#notModified()} when it has not changed.
   *
   * @throws FetchException with a message for the user when nothing usable came back
   */
  Fetched fetch(String url, @Nullable Validators validators) throws FetchException;

  /**
   * What an earlier fetch said about the resource's version ({@code ETag}, {@code Last-Modified}).
   */
  record Validators(@Nullable String etag, @Nullable String lastModified) {

    public boolean isEmpty() {
      return etag == null && lastModified == null;
    }
  }

  /**
   * A fetched resource.
   *
   * @param url the address it finally came from, after redirects
   * @param body its bytes; empty when not modified
   * @param contentType the {@code Content-Type} header, if any
   * @param validators the resource's version, for the next conditional GET
   * @param notModified the server said it has not changed since {@code validators}
   */
  record Fetched(
      String url,
      byte[] body,
      @Nullable String contentType,
      Validators validators,
      boolean notModified) {}

  /** Why a fetch gave nothing usable: unreachable, timed out, an HTTP error, too large. */
  final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
      super(message);
    }
  }
}
