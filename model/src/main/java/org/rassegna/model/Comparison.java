package org.rassegna.model;

import java.util.List;

/**
 * A story's claims against its independent source groups: the table of who states what.
 *
 * @param storyId the story
 * @param sourceGroups the independent source groups, in order of first article
 * @param claims corroborated first, then conflicting, then single-source
 */
public record Comparison(String storyId, List<String> sourceGroups, List<Claim> claims) {

  public Comparison {
    sourceGroups = List.copyOf(sourceGroups);
    claims = List.copyOf(claims);
  }
}
