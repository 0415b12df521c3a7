package org.rassegna.brief;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rassegna.model.Brief.StoryBrief;
import org.rassegna.model.Citation;

/**
 * Numbers sources 1, 2, … in the order the stories list them, for citation marks; a storyline's
 * sources run on across its stories.
 */
final class SourceNumbers {

  private final Map<String, Integer> numbers = new HashMap<>();

  SourceNumbers(List<StoryBrief> stories) {
    for (StoryBrief story : stories) {
      for (var source : story.sources()) {
        numbers.putIfAbsent(source.articleId(), numbers.size() + 1);
      }
    }
  }

  int of(String articleId) {
    Integer n = numbers.get(articleId);
    if (n == null) {
      throw new IllegalArgumentException("cited article " + articleId + " is not a source");
    }
    return n;
  }

  /** The distinct source numbers the citations name, in order. */
  List<Integer> cited(List<Citation> citations) {
    return citations.stream()
        .map(c -> of(c.articleId()))
        .distinct()
        .sorted()
        .collect(Collectors.toList());
  }
}
