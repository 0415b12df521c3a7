package org.rassegna.brief;

import org.rassegna.model.Brief;

/** Sentences about the brief itself, shared by the writers. */
final class Labels {

  private Labels() {}

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
