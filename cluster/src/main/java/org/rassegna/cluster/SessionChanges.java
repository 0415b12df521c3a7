package org.rassegna.cluster;

import java.util.List;
import java.util.Map;
import org.rassegna.cluster.SessionState.Closed;
import org.rassegna.cluster.SessionState.Level;
import org.rassegna.cluster.SessionState.Line;
import org.rassegna.cluster.SessionState.Member;

/**
 * What an {@link OnlineStoryClusterer.Session} changed since its last {@link
 * OnlineStoryClusterer.Session#drain drain}: enough to keep its {@link SessionState} as rows (one
 * per term, open event and open storyline) and write only the rows that changed. The open groups of
 * the last drain that are in neither {@code changed} list nor closed are unchanged.
 *
 * @param documents how many articles the document frequencies count
 * @param clock the latest article time seen
 * @param documentFrequencies the terms whose document frequency changed, with the new one
 * @param events the level's counters and the open events that took an article
 * @param closedEvents the numbers of the events closed (each now one or more closed stories)
 * @param storylines the level's counters and the open storylines that took a story
 * @param closedStorylineSeqs the numbers of the storylines closed
 * @param closedStories the stories closed, in closing order: final, never changed again
 * @param closedStorylines the storylines closed, in closing order: final
 */
public record SessionChanges(
    int documents,
    long clock,
    Map<String, Integer> documentFrequencies,
    Level<Member> events,
    List<Integer> closedEvents,
    Level<Closed> storylines,
    List<Integer> closedStorylineSeqs,
    List<Closed> closedStories,
    List<Line> closedStorylines) {}
