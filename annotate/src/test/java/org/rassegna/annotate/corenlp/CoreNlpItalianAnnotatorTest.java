package org.rassegna.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.SharedData;
import org.rassegna.annotate.time.TimeTagger;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.EntityType;
import org.rassegna.model.Mention;
import org.rassegna.model.Token;

class CoreNlpItalianAnnotatorTest {

  private final CoreNlpItalianAnnotator annotator =
      new CoreNlpItalianAnnotator(ItalianModels.shared(), TimeTagger.NONE);

  static void assertSpansMatchSurfaces(AnnotatedArticle a) {
    String text = a.article().text();
    for (Token t : a.tokens()) {
      assertThat(t.span().of(text)).as(a.id()).isEqualTo(t.text());
    }
    for (Mention m : a.mentions()) {
      assertThat(m.span().of(text)).as(a.id()).isEqualTo(m.text());
    }
    a.sentences().forEach(s -> assertThat(a.textOf(s)).isEqualTo(a.textOf(s).strip()).isNotEmpty());
  }

  @Test
  void spansSurviveWhiteSpaceRunsAndSplitWords() {
    String text = "Il  presidente \t della Repubblica   Sergio Mattarella è a Roma, dall'Italia.";
    AnnotatedArticle a = annotator.annotate(Article.of("a", text));
    assertSpansMatchSurfaces(a);
    List<Token> della = a.tokens().stream().filter(t -> t.text().equals("della")).toList();
    assertThat(della).extracting(Token::norm).containsExactly("di", "la");
    assertThat(della).extracting(Token::pos).containsExactly("ADP", "DET");
    assertThat(della.get(0).span()).isEqualTo(della.get(1).span());
    assertThat(a.mentions())
        .extracting(Mention::text, Mention::type)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Sergio Mattarella", EntityType.PER),
            org.assertj.core.groups.Tuple.tuple("Roma", EntityType.LOC));
  }

  @Test
  void aSentenceOpeningWithAWordSaidEarlierInItsLineKeepsItsOwnSpans() {
    String text = "Peskov ha parlato a lungo. Peskov ha poi taciuto.";
    AnnotatedArticle a = annotator.annotate(Article.of("a", text));
    assertSpansMatchSurfaces(a);
    assertThat(a.sentences())
        .extracting(a::textOf)
        .containsExactly("Peskov ha parlato a lungo.", "Peskov ha poi taciuto.");
    assertThat(a.tokens().stream().filter(t -> t.text().equals("Peskov")).map(Token::span))
        .extracting(sp -> sp.start())
        .containsExactly(0, text.lastIndexOf("Peskov"));
    assertThat(a.mentions()).doesNotHaveDuplicates();
  }

  @Test
  void aLineBreakEndsASentence() {
    AnnotatedArticle a =
        annotator.annotate(
            Article.of(
                "a", "Il Cremlino: Putin invita Trump\n\nPeskov ha parlato. Poi ha taciuto."));
    assertThat(a.sentences())
        .extracting(a::textOf)
        .containsExactly(
            "Il Cremlino: Putin invita Trump", "Peskov ha parlato.", "Poi ha taciuto.");
    assertThat(a.sentences()).extracting(s -> s.paragraph()).containsExactly(0, 1, 1);
  }

  @Test
  void everySpanOfTheSeedsCoversExactlyItsSurfaceForm() throws Exception {
    for (Article seed : SharedData.seeds()) {
      AnnotatedArticle a = annotator.annotate(seed);
      assertThat(a.tokens()).hasSizeGreaterThan(300);
      assertThat(a.mentions()).isNotEmpty();
      assertSpansMatchSurfaces(a);
    }
  }

  @Test
  void emptyAndOddTextsDoNotBreakIt() {
    for (String text : List.of("", "   \n\n  ", "12345", "«»", "A", "Ciao.\n\n\n…")) {
      AnnotatedArticle a = annotator.annotate(Article.of("odd", text));
      assertSpansMatchSurfaces(a);
    }
  }
}
