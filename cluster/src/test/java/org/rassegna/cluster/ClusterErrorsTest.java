package org.rassegna.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterErrorsTest {

  private final Map<String, String> gold =
      Map.of("1", "call", "2", "call", "3", "call", "4", "quake", "5", "quake");
  private final Map<String, String> titles =
      Map.of("1", "Trump calls Putin", "2", "-", "3", "-", "4", "Quake in Umbria", "5", "-");

  @Test
  void anEventHoldingTwoGoldStoriesIsAMergeWithBothTitles() {
    Map<String, String> predicted = Map.of("1", "s1", "2", "s1", "3", "s1", "4", "s1", "5", "s2");
    ClusterErrors e = ClusterErrors.of(gold, predicted, titles, 10);
    assertThat(e.merged()).hasSize(1);
    ClusterErrors.Error merge = e.merged().get(0);
    assertThat(merge.id()).isEqualTo("s1");
    assertThat(merge.title()).isEqualTo("Trump calls Putin");
    assertThat(merge.parts())
        .containsExactly(
            new ClusterErrors.Part("call", "Trump calls Putin", 3),
            new ClusterErrors.Part("quake", "Quake in Umbria", 1));
    assertThat(merge.outside()).isEqualTo(1);
    assertThat(e.split()).extracting(ClusterErrors.Error::id).containsExactly("quake");
    assertThat(e.split().get(0).title()).isEqualTo("Quake in Umbria");
  }

  @Test
  void aPerfectClusteringHasNoErrors() {
    Map<String, String> predicted = Map.of("1", "a", "2", "a", "3", "a", "4", "b", "5", "b");
    ClusterErrors e = ClusterErrors.of(gold, predicted, titles, 10);
    assertThat(e.merged()).isEmpty();
    assertThat(e.split()).isEmpty();
  }
}
