package org.rassegna.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the watch loop remembers of a feed between polls.
 *
 * @param etag the {@code ETag} of the last good response, for a conditional GET
 * @param lastModified the {@code Last-Modified} of the last good response
 * @param lastPoll when it was last polled
 * @param lastError why the last poll failed, or {@code null} when it succeeded
 * @param failures how many polls in a row failed
 */
public record FeedState(
    String url,
    @Nullable String etag,
    @Nullable String lastModified,
    @Nullable Instant lastPoll,
    @Nullable String lastError,
    int failures) {}
