package org.rassegna.model;

import java.util.List;

/**
 * A group of articles that tell the same event.
 *
 * @param id stable within a run
 * @param articleIds the member articles, most central first
 */
public record Story(String id, List<String> articleIds) {

  public Story {
    if (articleIds.isEmpty()) {
      throw new IllegalArgumentException("story " + id + " has no articles");
    }
    articleIds = List.copyOf(articleIds);
  }
}
