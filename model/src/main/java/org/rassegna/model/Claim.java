package org.rassegna.model;

import java.util.List;

/**
 * One thing a story's sources state — a figure, a statement someone made, or what happened on a day
 * — lined up across the independent source groups that carry it.
 *
 * @param id stable within a run
 * @param kind what is claimed
 * @param key what the claim is about, the same for every source ("COUNT prigionieri", "MINUTE
 *     durata", a statement's speaker and first words)
 * @param status whether independent groups back it, one does, or they disagree
 * @param backings one per source group that carries it, in the story's group order
 */
public record Claim(String id, Kind kind, String key, Status status, List<Claim.Backing> backings) {

  /** What is claimed. */
  public enum Kind {
    FIGURE,
    QUOTATION,
    /** Something that happened on a given day; a backing's value is the day (ISO-8601). */
    EVENT
  }

  /** How the independent sources stand on a claim. */
  public enum Status {
    /** At least two independent source groups state it alike. */
    CORROBORATED,
    /** One source group states it. */
    SINGLE_SOURCE,
    /** Source groups state different values, or attribute the statement to different speakers. */
    CONFLICTING
  }

  /**
   * What one independent source group says, and where.
   *
   * @param sourceGroup the group (articles that copy one another count once)
   * @param value its value as stated, normalised ("90 MINUTE"; for a quotation, the speaker)
   * @param citations the spans it comes from (at least one)
   */
  public record Backing(String sourceGroup, String value, List<Citation> citations) {

    public Backing {
      if (citations.isEmpty()) {
        throw new IllegalArgumentException("uncited backing of " + sourceGroup);
      }
      citations = List.copyOf(citations);
    }
  }

  public Claim {
    if (backings.isEmpty()) {
      throw new IllegalArgumentException("claim " + id + " has no backing");
    }
    backings = List.copyOf(backings);
  }
}
