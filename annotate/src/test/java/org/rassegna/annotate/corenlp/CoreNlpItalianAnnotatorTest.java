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
import org.rassegna.model.Span;
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
    assertInTextOrder(a);
  }

  /**
   * Sentences follow one another without overlapping, tokens are in text order and no two mentions
   * share a span: a word is never placed on an earlier occurrence of the same characters.
   */
  static void assertInTextOrder(AnnotatedArticle a) {
    for (int i = 1; i < a.sentences().size(); i++) {
      assertThat(a.sentences().get(i).span().start())
          .as(a.id() + " sentence " + i)
          .isGreaterThanOrEqualTo(a.sentences().get(i - 1).span().end());
    }
    for (int i = 1; i < a.tokens().size(); i++) {
      assertThat(a.tokens().get(i).span().start())
          .as(a.id() + " token " + i)
          .isGreaterThanOrEqualTo(a.tokens().get(i - 1).span().start());
    }
    assertThat(a.mentions().stream().map(Mention::span).distinct().count())
        .as(a.id() + " distinct mention spans")
        .isEqualTo(a.mentions().size());
  }

  @Test
  void aMentionEndsAtALineBreak() {
    String text = "Veltroni risponde a Parisi\n\nArturo Parisi, vicino a Prodi";
    List<CoreNlpItalianAnnotator.Word> words = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+|,").matcher(text);
    while (m.find()) {
      boolean name = Character.isUpperCase(m.group().charAt(0));
      words.add(
          new CoreNlpItalianAnnotator.Word(
              new Span(m.start(), m.end()), m.group(), name ? "PROPN" : "X", name ? "PER" : "O"));
    }
    assertThat(CoreNlpItalianAnnotator.mentions(words, text))
        .extracting(Mention::text)
        .containsExactly("Veltroni", "Parisi", "Arturo Parisi", "Prodi");
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

  /**
   * A line ending in a word the tokenizer splits, with no character after it, made CoreNLP's
   * statistical tokenizer throw (a truncated KIND piece did); the line is now annotated in full.
   */
  @Test
  void aLineEndingInASplitWordIsAnnotated() {
    String text = "Il cantiere chiude alla metà del\nRiapre a Torino della";
    AnnotatedArticle a = annotator.annotate(Article.of("a", text));
    assertSpansMatchSurfaces(a);
    assertThat(a.sentences()).hasSize(2);
    List<Token> del = a.tokens().stream().filter(t -> t.text().equals("del")).toList();
    assertThat(del).extracting(Token::norm).containsExactly("di", "il");
    assertThat(del.get(0).span().end()).isEqualTo(text.indexOf('\n'));
    List<Token> last = a.tokens().stream().filter(t -> t.text().equals("della")).toList();
    assertThat(last).extracting(Token::norm).containsExactly("di", "la");
    assertThat(last.get(1).span().end()).isEqualTo(text.length());
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
  void aSentenceIsFoundAfterThePreviousOneOfItsParagraph() {
    // seed 001: the third sentence opens with “, which also occurs in the first
    String text =
        "I presidenti hanno concordato di avviare “immediatamente” trattative. Il presidente"
            + " USA ha aggiunto che le trattative saranno condotte da Steve Witkoff. “Sono convinto"
            + " che le trattative avranno successo”, ha aggiunto Trump.";
    AnnotatedArticle a = annotator.annotate(Article.of("a", text));
    assertThat(a.sentences())
        .extracting(a::textOf)
        .containsExactly(
            "I presidenti hanno concordato di avviare “immediatamente” trattative.",
            "Il presidente USA ha aggiunto che le trattative saranno condotte da Steve Witkoff.",
            "“Sono convinto che le trattative avranno successo”, ha aggiunto Trump.");
    assertInTextOrder(a);
  }

  @Test
  void aNameRepeatedInOneParagraphIsTwoMentionsAtTwoPlaces() {
    String text =
        "Lo ha detto Dmitrij Peskov ai giornalisti. Peskov ha aggiunto che Peskov parlerà"
            + " domani.";
    AnnotatedArticle a = annotator.annotate(Article.of("a", text));
    assertThat(a.mentions())
        .filteredOn(m -> m.text().contains("Peskov"))
        .extracting(m -> m.span().start())
        .containsExactly(12, 43, 66);
  }

  @Test
  void emptyAndOddTextsDoNotBreakIt() {
    for (String text : List.of("", "   \n\n  ", "12345", "«»", "A", "Ciao.\n\n\n…")) {
      AnnotatedArticle a = annotator.annotate(Article.of("odd", text));
      assertSpansMatchSurfaces(a);
    }
  }
}
