package org.rassegna.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rassegna.model.Claim;
import org.rassegna.model.Comparison;
import org.rassegna.model.Figure;
import org.rassegna.model.Span;
import org.rassegna.model.StoryExtraction;

class ClaimComparatorTest {

  private static Figure figure(String article, double value, String counted, boolean approx) {
    return new Figure(article, new Span(0, 3), "xyz", value, Figure.Unit.COUNT, counted, approx);
  }

  private static Comparison compare(List<Figure> figures, Map<String, String> groups) {
    return new ClaimComparator()
        .compare(new StoryExtraction("s", List.of(), List.of(), figures), groups::get);
  }

  private static Claim claim(Comparison c, String key) {
    return c.claims().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void agreeingGroupsCorroborateDisagreeingOnesConflict() {
    Comparison c =
        compare(
            List.of(
                figure("a", 175, "prigionieri", false),
                figure("b", 175, "prigionieri", false),
                figure("a", 23, "feriti", false),
                figure("b", 25, "feriti", false),
                figure("c", 30, "agenti", false)),
            Map.of("a", "A", "b", "B", "c", "C"));
    assertThat(claim(c, "COUNT prigionieri").status()).isEqualTo(Claim.Status.CORROBORATED);
    assertThat(claim(c, "COUNT feriti").status()).isEqualTo(Claim.Status.CONFLICTING);
    assertThat(claim(c, "COUNT agenti").status()).isEqualTo(Claim.Status.SINGLE_SOURCE);
    assertThat(c.claims().get(0).status()).isEqualTo(Claim.Status.CORROBORATED);
    assertThat(c.sourceGroups()).containsExactly("A", "B", "C");
  }

  @Test
  void copiesInOneSourceGroupDoNotCorroborate() {
    Comparison c =
        compare(
            List.of(
                figure("a", 175, "prigionieri", false), figure("a2", 175, "prigionieri", false)),
            Map.of("a", "A", "a2", "A"));
    Claim x = claim(c, "COUNT prigionieri");
    assertThat(x.status()).isEqualTo(Claim.Status.SINGLE_SOURCE);
    assertThat(x.backings()).singleElement().satisfies(b -> assertThat(b.citations()).hasSize(2));
  }

  @Test
  void approximateFiguresAgreeWithinAFactorOfTwo() {
    Comparison c =
        compare(
            List.of(figure("a", 1e6, "persone", true), figure("b", 1.5e6, "persone", false)),
            Map.of("a", "A", "b", "B"));
    assertThat(claim(c, "COUNT persone").status()).isEqualTo(Claim.Status.CORROBORATED);
  }

  @Test
  void figuresThatSayNotWhatTheyCountAreLeftOut() {
    assertThat(compare(List.of(figure("a", 3, "", false)), Map.of("a", "A")).claims()).isEmpty();
  }
}
