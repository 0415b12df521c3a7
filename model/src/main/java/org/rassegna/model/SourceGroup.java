package org.rassegna.model;

import java.util.List;

/**
 * Articles that copy each other (exact or near duplicates, or sharing a large part of their text)
 * and so count as one independent source: every count of "sources that say X" counts groups, not
 * articles.
 *
 * @param id the id of the group's first article, stable as articles are added
 * @param articleIds the members, in the order they were read; the first is {@code id}
 */
public record SourceGroup(String id, List<String> articleIds) {

  public SourceGroup {
    articleIds = List.copyOf(articleIds);
    if (articleIds.isEmpty() || !articleIds.get(0).equals(id)) {
      throw new IllegalArgumentException("group " + id + " must list " + id + " first");
    }
  }

  public int size() {
    return articleIds.size();
  }
}
