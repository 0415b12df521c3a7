package org.rassegna.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.corenlp.DocumentEntityRevision.Word;
import org.rassegna.model.Span;

class DocumentEntityRevisionTest {

  /** Words of one sentence from "text/TAG" items, each its own span. */
  private static List<Word> sentence(String... items) {
    List<Word> out = new ArrayList<>();
    int at = 0;
    for (String item : items) {
      String[] parts = item.split("/");
      out.add(new Word(parts[0], parts[1], new Span(at, at + parts[0].length())));
      at += parts[0].length() + 1;
    }
    return out;
  }

  private static List<List<String>> revise(List<List<Word>> words, List<List<String>> labels) {
    return DocumentEntityRevision.revise(words, labels);
  }

  @Test
  void anEntityDoesNotStartWithAPreposition() {
    List<Word> words = sentence("Nel/_", "frattempo/NOUN", "Alla/_", "Tartuca/PROPN");
    assertThat(revise(List.of(words), List.of(List.of("PER", "O", "ORG", "ORG"))))
        .containsExactly(List.of("O", "O", "O", "ORG"));
  }

  @Test
  void theArticleFusedToALeadingPrepositionLeavesTooButAPrepositionInsideStays() {
    List<Word> words = sentence("di/ADP", "la/DET", "Corte/PROPN", "di/ADP", "Cassazione/PROPN");
    Span della = words.get(0).span();
    words.set(1, new Word("la", "DET", della)); // "della" = di + la, one span
    assertThat(revise(List.of(words), List.of(List.of("ORG", "ORG", "ORG", "ORG", "ORG"))))
        .containsExactly(List.of("O", "O", "ORG", "ORG", "ORG"));
  }

  @Test
  void aNameTakesItsMajorityTypeFirstSeenOnATie() {
    List<List<Word>> words =
        List.of(
            sentence("Swansea/PROPN", "vince/VERB"),
            sentence("lo/DET", "Swansea/PROPN"),
            sentence("a/ADP", "Swansea/PROPN"),
            sentence("Burnley/PROPN", "e/CCONJ", "Burnley/PROPN"));
    List<List<String>> labels =
        List.of(
            List.of("ORG", "O"),
            List.of("O", "ORG"),
            List.of("O", "LOC"),
            List.of("LOC", "O", "PER"));
    assertThat(revise(words, labels))
        .containsExactly(
            List.of("ORG", "O"),
            List.of("O", "ORG"),
            List.of("O", "ORG"),
            List.of("LOC", "O", "LOC"));
  }

  @Test
  void aNameAndTheSurnameOfAFullNameAreLabelledWherever() {
    List<List<Word>> words =
        List.of(
            sentence("Valerio/PROPN", "Merola/PROPN", "paga/VERB"),
            sentence("Merola/PROPN", "e/CCONJ", "Valerio/PROPN", "Merola/PROPN"),
            sentence("la/DET", "merola/NOUN"));
    List<List<String>> labels =
        List.of(List.of("PER", "PER", "O"), List.of("O", "O", "O", "O"), List.of("O", "O"));
    assertThat(revise(words, labels))
        .containsExactly(
            List.of("PER", "PER", "O"), List.of("PER", "O", "PER", "PER"), List.of("O", "O"));
  }

  @Test
  void aSurnameTheDocumentLabelsOtherwiseKeepsThatLabel() {
    List<List<Word>> words =
        List.of(sentence("Paolo/PROPN", "Roma/PROPN"), sentence("a/ADP", "Roma/PROPN"));
    List<List<String>> labels = List.of(List.of("PER", "PER"), List.of("O", "LOC"));
    assertThat(revise(words, labels)).isEqualTo(labels);
  }
}
