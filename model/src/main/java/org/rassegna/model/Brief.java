package org.rassegna.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the reader gets: the stories found in the input, each with sentences that cite their
 * sources, and an account of what was read and what was skipped.
 *
 * @param stories grouped by storyline (most covered storyline first), earliest event first within
 *     one
 * @param input what was read
 */
public record Brief(List<StoryBrief> stories, InputSummary input) {

  public Brief {
    stories = List.copyOf(stories);
  }

  /**
   * One story (event): a headline, cited sentences, and its sources; {@code storyline} is the id of
   * the storyline it belongs to, shared with the stories of the same affair, which follow it.
   */
  public record StoryBrief(
      String id,
      String storyline,
      CitedSentence headline,
      List<CitedSentence> summary,
      List<Source> sources) {

    public StoryBrief {
      summary = List.copyOf(summary);
      sources = List.copyOf(sources);
    }

    /** How many independent sources the story has: its sources' distinct groups. */
    public long independentSources() {
      return sources.stream().map(Source::group).distinct().count();
    }
  }

  /** A sentence of the brief, with the source spans it comes from (at least one). */
  public record CitedSentence(String text, List<Citation> citations) {

    public CitedSentence {
      if (citations.isEmpty()) {
        throw new IllegalArgumentException("uncited sentence: " + text);
      }
      citations = List.copyOf(citations);
    }
  }

  /**
   * An article a story draws on.
   *
   * @param group its independent-source group (the id of the group's first article): articles of
   *     one group copy each other and count as one source
   */
  public record Source(
      String articleId,
      String source,
      @Nullable String title,
      @Nullable Published published,
      @Nullable String url,
      String group) {}

  /** Counts of the input, and each input item skipped with its reason. */
  public record InputSummary(int articlesRead, List<Skipped> skipped) {

    public InputSummary {
      skipped = List.copyOf(skipped);
    }
  }
}
