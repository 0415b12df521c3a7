package org.rassegna.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Articles grouped into stories (one event each) and stories into storylines.
 *
 * @param stories every article in exactly one story
 * @param storylines every story in exactly one storyline
 */
public record Clustering(List<Story> stories, List<Storyline> storylines) {

  public Clustering {
    stories = List.copyOf(stories);
    storylines = List.copyOf(storylines);
    Set<String> storyIds = new HashSet<>();
    stories.forEach(s -> storyIds.add(s.id()));
    Set<String> linked = new HashSet<>();
    for (Storyline line : storylines) {
      for (String id : line.storyIds()) {
        if (!storyIds.contains(id) || !linked.add(id)) {
          throw new IllegalArgumentException(
              "story " + id + " is unknown or in two storylines (" + line.id() + ")");
        }
      }
    }
    if (linked.size() != storyIds.size()) {
      throw new IllegalArgumentException("a story is in no storyline");
    }
  }
}
