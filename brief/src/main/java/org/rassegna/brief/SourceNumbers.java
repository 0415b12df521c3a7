package org.rassegna.brief;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rassegna.model.Brief.CitedSentence;
import org.rassegna.model.Brief.StoryBrief;

/** Numbers a story's sources 1, 2, … in the order the story lists them, for citation marks. */
final class SourceNumbers {

  private final Map<String, Integer> numbers = new HashMap<>();

  SourceNumbers(StoryBrief story) {
    for (var source : story.sources()) {
      numbers.putIfAbsent(source.articleId(), numbers.size() + 1);
    }
  }

  int of(String articleId) {
    Integer n = numbers.get(articleId);
    if (n == null) {
      throw new IllegalArgumentException("cited article " + articleId + " is not a source");
    }
    return n;
  }

  /** The distinct source numbers a sentence cites, in order. */
  List<Integer> cited(CitedSentence sentence) {
    return sentence.citations().stream()
        .map(c -> of(c.articleId()))
        .distinct()
        .sorted()
        .collect(Collectors.toList());
  }
}
