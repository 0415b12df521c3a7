package org.rassegna.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where predicted clusters and gold clusters part: the predicted events that merge several gold
 * stories, and the gold stories split over several events, each with its share of articles and a
 * title to read it by; the largest errors (articles outside the main part) first.
 *
 * @param merged the events holding articles of more than one gold story
 * @param split the gold stories whose articles lie in more than one event
 */
public record ClusterErrors(List<Error> merged, List<Error> split) {

  /**
   * One error: a cluster of one side and how its articles fall on the other side.
   *
   * @param id the event's or the gold story's id
   * @param title for a gold story, its title; for an event, that of its main gold story
   * @param articles the cluster's articles
   * @param parts the clusters of the other side it meets, largest first
   */
  public record Error(String id, String title, int articles, List<Part> parts) {

    /** The articles outside the main part: the size of the error. */
    public int outside() {
      return articles - parts.get(0).articles();
    }
  }

  /**
   * One cluster of the other side that an error meets.
   *
   * @param id its id
   * @param title its title (the gold story's, or for an event that of its main gold story)
   * @param articles the articles it shares with the error's cluster
   */
  public record Part(String id, String title, int articles) {}

  /**
   * The errors of {@code predicted} against {@code gold} (item to cluster label, the same items),
   * at most {@code limit} of each kind; {@code titles} gives each item's title, and a cluster's
   * title is that of its item first in id order.
   */
  public static ClusterErrors of(
      Map<String, String> gold,
      Map<String, String> predicted,
      Map<String, String> titles,
      int limit) {
    Map<String, Map<String, Integer>> byEvent = new TreeMap<>();
    Map<String, Map<String, Integer>> byStory = new TreeMap<>();
    Map<String, String> storyTitle = new TreeMap<>();
    new TreeMap<>(gold)
        .forEach(
            (item, story) -> {
              String event = predicted.get(item);
              byEvent.computeIfAbsent(event, k -> new TreeMap<>()).merge(story, 1, Integer::sum);
              byStory.computeIfAbsent(story, k -> new TreeMap<>()).merge(event, 1, Integer::sum);
              storyTitle.putIfAbsent(story, titles.getOrDefault(item, ""));
            });
    Map<String, String> eventTitle = new TreeMap<>();
    byEvent.forEach((event, stories) -> eventTitle.put(event, storyTitle.get(main(stories))));
    return new ClusterErrors(
        errors(byEvent, eventTitle, storyTitle, limit),
        errors(byStory, storyTitle, eventTitle, limit));
  }

  private static String main(Map<String, Integer> parts) {
    return parts.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue())
        .map(Map.Entry::getKey)
        .orElseThrow();
  }

  private static List<Error> errors(
      Map<String, Map<String, Integer>> clusters,
      Map<String, String> titles,
      Map<String, String> partTitles,
      int limit) {
    List<Error> out = new ArrayList<>();
    clusters.forEach(
        (id, parts) -> {
          if (parts.size() > 1) {
            List<Part> ps = new ArrayList<>();
            parts.forEach((p, n) -> ps.add(new Part(p, partTitles.get(p), n)));
            ps.sort(Comparator.comparingInt((Part p) -> -p.articles()));
            int size = parts.values().stream().mapToInt(Integer::intValue).sum();
            out.add(new Error(id, titles.get(id), size, List.copyOf(ps)));
          }
        });
    out.sort(Comparator.comparingInt((Error e) -> -e.outside()));
    return List.copyOf(out.subList(0, Math.min(limit, out.size())));
  }
}
