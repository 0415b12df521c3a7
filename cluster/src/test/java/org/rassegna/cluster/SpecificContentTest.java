package org.rassegna.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.Article;

class SpecificContentTest {

  private static final BackgroundFrequencies ITALIAN = BackgroundFrequencies.forLanguage("it-IT");

  private static Set<String> keys(String text, String language) {
    LuceneAnnotator annotator = LuceneAnnotator.forLanguage(language);
    return SpecificContent.of(
        annotator.annotate(Article.of("a", text)), BackgroundFrequencies.forLanguage(language));
  }

  @Test
  void theItalianBackgroundKnowsTrumpAsCommonAndFogelAsRare() {
    assertThat(ITALIAN.isPresent()).isTrue();
    assertThat(ITALIAN.documentFrequency("trump")).isGreaterThan(SpecificContent.RARE_DF);
    assertThat(ITALIAN.documentFrequency("fogel")).isZero();
    assertThat(ITALIAN.idf("fogel")).isGreaterThan(ITALIAN.idf("trump"));
    assertThat(BackgroundFrequencies.forLanguage("fr").isPresent()).isFalse();
  }

  @Test
  void rareWordsAndFiguresWithTheirNounAreSpecificCommonPhrasesAreNot() {
    Set<String> k =
        keys(
            "Il presidente degli Stati Uniti Donald Trump ringrazia per la liberazione di Marc"
                + " Fogel. Scambio di 175 prigionieri.",
            "it");
    assertThat(k).contains("w:fogel", "n:175 prigionier");
    assertThat(k).doesNotContain("w:trump", "p:president stati uniti");
  }

  @Test
  void withoutABackgroundOnlyFiguresAndRunsOfWordsCount() {
    String text = "Flappy Bird creator says 3 games could return to the store";
    Set<String> k =
        SpecificContent.of(
            LuceneAnnotator.english().annotate(Article.of("a", text)), BackgroundFrequencies.NONE);
    assertThat(k).contains("n:3 game", "p:flappy bird creator");
    assertThat(k).noneMatch(s -> s.startsWith("w:"));
    // the English table (WCXB pages) knows "games" and "store", not "Flappy"
    assertThat(keys(text, "en")).contains("w:flappy").doesNotContain("w:game", "w:store");
  }

  @Test
  void theSameCountedNounWithOtherNumbersOnlyTellsAnotherEvent() {
    Set<String> event =
        SpecificContent.figuresAndDays(
            keys("Arrestato un uomo di 40 anni con 3 chili di droga", "it"));
    assertThat(event).containsExactlyInAnyOrder("n:40 anni", "n:3 chili");
    assertThat(SpecificContent.conflicting(keys("Fermato un ragazzo di 23 anni", "it"), event))
        .isTrue();
    assertThat(
            SpecificContent.conflicting(
                keys("Il ragazzo di 23 anni aveva 3 chili di droga", "it"), event))
        .as("a shared figure outweighs the conflicting one")
        .isFalse();
    assertThat(SpecificContent.conflicting(keys("Rubati 500 euro in centro", "it"), event))
        .as("another counted noun is no conflict")
        .isFalse();
    assertThat(SpecificContent.conflicting(keys("Fermato un ragazzo di 23 anni", "it"), Set.of()))
        .isFalse();
  }

  @Test
  void namedDaysNoneSharedTellAnotherEvent() {
    Set<String> feb = Set.of("d:2025-02-12");
    assertThat(SpecificContent.conflicting(Set.of("d:2025-03-18", "w:fogel"), feb)).isTrue();
    assertThat(SpecificContent.conflicting(Set.of("d:2025-03-18", "d:2025-02-12"), feb)).isFalse();
    assertThat(SpecificContent.conflicting(Set.of("w:fogel"), feb)).isFalse();
  }

  @Test
  void theTableWrittenIsTheTableRead() throws Exception {
    LuceneAnnotator it = LuceneAnnotator.italian();
    StringWriter out = new StringWriter();
    BackgroundFrequencies.write(
        List.of(
            it.annotate(Article.of("1", "Trump telefona a Putin")).tokens(),
            it.annotate(Article.of("2", "Putin risponde a Trump, Trump insiste")).tokens(),
            it.annotate(Article.of("3", "Fogel libero")).tokens()),
        true,
        out);
    BackgroundFrequencies read =
        BackgroundFrequencies.read(
            new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(read.documentFrequency("trump")).isEqualTo(2);
    assertThat(read.documentFrequency("fogel")).isZero(); // seen once: left out
    assertThat(read.idf("fogel")).isEqualTo(Math.log(4.0));
    assertThat(read.countsWholeDocuments()).isTrue();
    assertThat(BackgroundFrequencies.forLanguage("it").countsWholeDocuments()).isFalse();
    assertThat(BackgroundFrequencies.forLanguage("en").countsWholeDocuments()).isTrue();
  }
}
