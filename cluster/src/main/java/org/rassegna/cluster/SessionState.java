package org.rassegna.cluster;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rassegna.model.Story;
import org.rassegna.model.Storyline;

/**
 * Everything an {@link OnlineStoryClusterer.Session} knows, as plain records: saved after a batch
 * and restored before the next, so a stream clustered in several batches (and processes) ends as it
 * would in one. Weights are kept exactly (a double survives JSON), so the restored session scores
 * the next article as the original would.
 *
 * @param documents how many articles the document frequencies count
 * @param documentFrequencies per term, how many of those articles have it
 * @param clock the latest article time seen ({@link Long#MIN_VALUE} when none)
 * @param events the open events, the one silent the longest first
 * @param storylines the open storylines, the one silent the longest first
 * @param closedStories the events already closed, in closing order
 * @param closedStorylines the storylines already closed, in closing order
 */
public record SessionState(
    int documents,
    Map<String, Integer> documentFrequencies,
    long clock,
    Level<Member> events,
    Level<Closed> storylines,
    List<Closed> closedStories,
    List<Line> closedStorylines) {

  /**
   * The open groups of one level.
   *
   * @param created how many groups this level has opened (the next one's sequence number)
   * @param adds how many members it has taken
   * @param open the open groups, the one silent the longest first
   */
  public record Level<M>(int created, long adds, List<Group<M>> open) {}

  /**
   * An open group: its centroid (sum of its members' vectors), members and clocks.
   *
   * @param lastMs time of its latest member ({@link Long#MIN_VALUE} when none has one)
   * @param lastAdd the level's add count at its latest member
   * @param prior the factor kept on its score (the size prior)
   */
  public record Group<M>(
      int seq,
      Map<String, Double> sum,
      double squaredNorm,
      long lastMs,
      long lastAdd,
      double prior,
      List<M> members) {}

  /**
   * An article in an open event, with its TF-IDF vector (to rank members by centrality), its
   * specific keys and whether it is a body of text (for the split pass, {@link EventSplitter}).
   */
  public record Member(String id, Map<String, Double> vector, Set<String> specific, boolean body) {
    public Member {
      specific = Set.copyOf(specific);
    }
  }

  /**
   * A closed event (or a part the split pass cut off one: the parts share the event's {@code seq}),
   * as a member of a storyline.
   */
  public record Closed(int seq, Story story) {}

  /** A closed storyline, with its size in articles (for the final order). */
  public record Line(int seq, int articles, Storyline storyline) {}
}
