package org.rassegna.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Token;

class LuceneAnnotatorTest {

  private final Annotator annotator = LuceneAnnotator.italian();

  @Test
  void aLineBreakEndsASentenceEvenWithoutAFullStop() {
    AnnotatedArticle a =
        annotator.annotate(
            Article.of("a", "Il Cremlino: Putin invita Trump\nPeskov ha parlato. Poi ha taciuto."));
    assertThat(a.sentences())
        .extracting(a::textOf)
        .containsExactly(
            "Il Cremlino: Putin invita Trump", "Peskov ha parlato.", "Poi ha taciuto.");
    assertThat(a.sentences()).extracting(s -> s.paragraph()).containsExactly(0, 1, 1);
  }

  @Test
  void elidedArticlesAreStrippedFromTheNormButNotFromTheSpan() {
    AnnotatedArticle a =
        annotator.annotate(Article.of("a", "Durata: un’ora e mezza, dall'Ucraina."));
    Token ora =
        a.tokens().stream().filter(t -> t.text().equals("un’ora")).findFirst().orElseThrow();
    assertThat(ora.norm()).isEqualTo("ora");
    Token ucraina =
        a.tokens().stream().filter(t -> t.text().equals("dall'Ucraina")).findFirst().orElseThrow();
    assertThat(ucraina.norm()).isEqualTo("ucrain");
    assertThat(a.tokens()).filteredOn(Token::stop).extracting(Token::text).contains("e");
  }

  @Test
  void everySpanOfTheSeedsCoversExactlyItsSurfaceForm() throws Exception {
    Path seeds = Path.of(System.getProperty("rassegna.shared", "../../shared")).resolve("seeds");
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSize(5);
    for (Path f : files) {
      String text = Files.readString(f);
      AnnotatedArticle a = annotator.annotate(Article.of(f.getFileName().toString(), text));
      assertThat(a.tokens()).hasSizeGreaterThan(300);
      for (Token t : a.tokens()) {
        assertThat(t.span().of(text)).isEqualTo(t.text());
      }
      a.sentences()
          .forEach(s -> assertThat(a.textOf(s)).isEqualTo(a.textOf(s).strip()).isNotEmpty());
    }
  }

  @Test
  void englishAndUnknownLanguagesGetWordsToo() {
    AnnotatedArticle en =
        LuceneAnnotator.forLanguage("en").annotate(Article.of("e", "The Kremlin's talks ended."));
    assertThat(en.language()).isEqualTo("en");
    assertThat(en.tokens())
        .extracting(Token::norm)
        .containsExactly("the", "kremlin", "talk", "ended");
    assertThat(en.tokens()).filteredOn(Token::stop).extracting(Token::text).containsExactly("The");
    AnnotatedArticle other =
        LuceneAnnotator.forLanguage("de").annotate(Article.of("d", "Die Gespräche endeten."));
    assertThat(other.tokens())
        .extracting(Token::norm)
        .containsExactly("die", "gespräche", "endeten");
    assertThat(other.tokens()).noneMatch(Token::stop);
  }
}
