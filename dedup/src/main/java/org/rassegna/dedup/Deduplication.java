package org.rassegna.dedup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rassegna.model.CopiedPassage;
import org.rassegna.model.SourceGroup;

/**
 * What a set of articles copy from each other.
 *
 * @param groups the independent-source groups, every article in exactly one, in the order of their
 *     first article
 * @param nearDuplicates exact and near duplicate pairs, in the order they were found
 * @param passages copied passages, in the order they were found
 */
public record Deduplication(
    List<SourceGroup> groups, List<NearDuplicate> nearDuplicates, List<CopiedPassage> passages) {

  public Deduplication {
    groups = List.copyOf(groups);
    nearDuplicates = List.copyOf(nearDuplicates);
    passages = List.copyOf(passages);
  }

  /** The group id of every article. */
  public Map<String, String> groupOfArticle() {
    Map<String, String> byArticle = new HashMap<>();
    for (SourceGroup g : groups) {
      g.articleIds().forEach(a -> byArticle.put(a, g.id()));
    }
    return byArticle;
  }
}
