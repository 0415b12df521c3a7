package org.rassegna.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rassegna.model.Claim;
import org.rassegna.model.Comparison;
import org.rassegna.model.DatedEvent;
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

  private static DatedEvent event(String article, String day, String text) {
    List<String> terms = List.of(text.toLowerCase(Locale.ROOT).split(" "));
    return new DatedEvent(article, day, new Span(0, 1), new Span(0, text.length()), text, terms);
  }

  private static Comparison compareEvents(List<DatedEvent> events) {
    return new ClaimComparator()
        .compare(
            new StoryExtraction("s", List.of(), List.of(), List.of(), events),
            id -> id.toUpperCase(Locale.ROOT));
  }

  @Test
  void sourcesTellingWhatHappenedOnOneDayCorroborateIt() {
    Comparison c =
        compareEvents(
            List.of(
                event("a", "2025-02-11", "fogel liberato russia"),
                event("b", "2025-02-11", "russia rilascia marc fogel"),
                event("b", "2025-02-12", "trump telefona putin"),
                event("c", "2025-02-12", "zelensky parla monaco")));
    assertThat(c.claims())
        .extracting(Claim::kind, Claim::status, Claim::key)
        .containsExactly(
            tuple(Claim.Kind.EVENT, Claim.Status.CORROBORATED, "2025-02-11: fogel liberato russia"),
            tuple(Claim.Kind.EVENT, Claim.Status.SINGLE_SOURCE, "2025-02-12: trump telefona putin"),
            tuple(
                Claim.Kind.EVENT, Claim.Status.SINGLE_SOURCE, "2025-02-12: zelensky parla monaco"));
    assertThat(c.claims().get(0).backings())
        .extracting(Claim.Backing::sourceGroup, Claim.Backing::value)
        .containsExactly(tuple("A", "2025-02-11"), tuple("B", "2025-02-11"));
  }

  @Test
  void onlyTheSameAccountOnAnotherDayConflicts() {
    Comparison c =
        compareEvents(
            List.of(
                event("a", "2025-02-12", "trump telefonato putin"),
                event("b", "2025-03-18", "trump telefonato putin"),
                event("a", "2025-02-11", "fogel liberato dopo anni carcere russo mosca"),
                event("b", "2025-02-10", "fogel liberato dopo anni carcere russo mosca")));
    assertThat(c.claims())
        .extracting(Claim::status, Claim::key)
        .containsExactly(
            tuple(
                Claim.Status.CONFLICTING,
                "2025-02-11/2025-02-10: fogel liberato dopo anni carcere russo mosca"),
            tuple(Claim.Status.SINGLE_SOURCE, "2025-02-12: trump telefonato putin"),
            tuple(Claim.Status.SINGLE_SOURCE, "2025-03-18: trump telefonato putin"));
  }

  @Test
  void figuresThatSayNotWhatTheyCountAreLeftOut() {
    assertThat(compare(List.of(figure("a", 3, "", false)), Map.of("a", "A")).claims()).isEmpty();
  }
}
