package org.rassegna.brief;

import java.util.List;
import org.rassegna.model.Brief;
import org.rassegna.model.Brief.StoryBrief;

/** Sentences about the brief itself, shared by the writers. */
final class Labels {

  private Labels() {}

  /** "4 articles from 3 independent sources: articles of one group copy each other." */
  static String independence(Brief.StoryBrief story) {
    int articles = story.sources().size();
    long groups = story.independentSources();
    return articles
        + (articles == 1 ? " article" : " articles")
        + " from "
        + groups
        + (groups == 1 ? " independent source" : " independent sources")
        + (groups < articles ? ": articles of one group copy each other." : ".");
  }

  /**
   * Where a story stands in its storyline ("Storyline 1, event 2 of 2."), or empty when the
   * storyline has this story only; storylines are numbered in the order of the brief.
   */
  static String storyline(Brief brief, StoryBrief story) {
    List<String> lines = brief.stories().stream().map(StoryBrief::storyline).distinct().toList();
    List<String> events =
        brief.stories().stream()
            .filter(s -> s.storyline().equals(story.storyline()))
            .map(StoryBrief::id)
            .toList();
    if (events.size() < 2) {
      return "";
    }
    return "Storyline "
        + (lines.indexOf(story.storyline()) + 1)
        + ", event "
        + (events.indexOf(story.id()) + 1)
        + " of "
        + events.size()
        + ".";
  }

  static String overview(Brief brief) {
    int stories = brief.stories().size();
    long storylines = brief.stories().stream().map(StoryBrief::storyline).distinct().count();
    int skipped = brief.input().skipped().size();
    return stories
        + (stories == 1 ? " story" : " stories")
        + " in "
        + storylines
        + (storylines == 1 ? " storyline" : " storylines")
        + " from "
        + brief.input().articlesRead()
        + " articles"
        + (skipped == 0 ? "." : "; " + skipped + " input items skipped (listed at the end).");
  }
}
