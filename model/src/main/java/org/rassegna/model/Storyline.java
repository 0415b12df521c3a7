package org.rassegna.model;

import java.util.List;

/**
 * Events that follow one another in the same affair: the same actors and topic, a different time or
 * a different thing happening (the first and the second Trump–Putin call of 2025).
 *
 * @param id stable within a run
 * @param storyIds the {@link Story} ids of its events, earliest first
 */
public record Storyline(String id, List<String> storyIds) {

  public Storyline {
    if (storyIds.isEmpty()) {
      throw new IllegalArgumentException("storyline " + id + " has no stories");
    }
    storyIds = List.copyOf(storyIds);
  }
}
