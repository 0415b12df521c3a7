package org.rassegna.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventSplitterTest {

  private static final Map<String, Set<String>> KEYS =
      Map.of(
          "a", Set.of("w:fogel", "p:informarl conversazion cosa", "w:peskov"),
          "b", Set.of("w:fogel", "w:peskov", "w:witkoff"),
          "c", Set.of("w:witkoff", "w:ratcliff", "w:peskov"),
          "d", Set.of("w:leavitt", "n:175 prigion", "w:waltz", "w:witkoff"),
          "title", Set.of("w:leavitt"));

  private static List<List<String>> split(int minShared, List<String> members) {
    EventSplitter.Shared shared = new EventSplitter.Shared();
    members.forEach(m -> shared.add(KEYS.get(m)));
    return new EventSplitter(minShared).split(members, shared, m -> !m.equals("title"));
  }

  @Test
  void bodiesThatShareNoSpecificContentWithTheRestFormAGroupOfTheirOwn() {
    assertThat(split(2, List.of("a", "b", "c", "d")))
        .containsExactly(List.of("a", "b", "c"), List.of("d"));
  }

  @Test
  void linksAreTransitiveAndOneSharedKeyIsNotEnough() {
    // a and c share one key, but each shares two with b
    assertThat(split(2, List.of("a", "c", "b"))).containsExactly(List.of("a", "c", "b"));
  }

  @Test
  void aTitleGoesWithTheGroupItSharesMostWithAndNeverStandsAlone() {
    assertThat(split(2, List.of("a", "b", "d", "title")))
        .containsExactly(List.of("a", "b"), List.of("d", "title"));
    assertThat(split(2, List.of("a", "title"))).containsExactly(List.of("a", "title"));
  }

  @Test
  void zeroTurnsThePassOff() {
    assertThat(split(0, List.of("a", "d"))).containsExactly(List.of("a", "d"));
  }
}
