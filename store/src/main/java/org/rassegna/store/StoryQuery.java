package org.rassegna.store;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which stories to list, newest change first.
 *
 * @param since only stories with a dated article on or after this day
 * @param until only stories with a dated article on or before this day
 * @param source only stories with an article of this source (as in {@code Article.source})
 * @param entityId only stories whose extraction names this registered entity
 * @param offset how many matching stories to skip
 * @param limit at most this many stories
 */
public record StoryQuery(
    @Nullable LocalDate since,
    @Nullable LocalDate until,
    @Nullable String source,
    @Nullable String entityId,
    int offset,
    int limit) {

  public StoryQuery {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
    }
  }

  /** Every story, in one page. */
  public static StoryQuery all() {
    return new StoryQuery(null, null, null, null, 0, Integer.MAX_VALUE);
  }
}
