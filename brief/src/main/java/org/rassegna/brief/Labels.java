package org.rassegna.brief;

import org.rassegna.model.Brief;

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

  static String overview(Brief brief) {
    int stories = brief.stories().size();
    int skipped = brief.input().skipped().size();
    return stories
        + (stories == 1 ? " story" : " stories")
        + " from "
        + brief.input().articlesRead()
        + " articles"
        + (skipped == 0 ? "." : "; " + skipped + " input items skipped (listed at the end).");
  }
}
