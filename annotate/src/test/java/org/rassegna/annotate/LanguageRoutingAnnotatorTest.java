package org.rassegna.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.lang.LinguaLanguageIdentifier;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;

class LanguageRoutingAnnotatorTest {

  private static final LinguaLanguageIdentifier LINGUA =
      new LinguaLanguageIdentifier(List.of("it", "en", "de"));

  /** Marks what it annotated, so the test sees where each article went. */
  private static final Annotator ITALIAN =
      a -> LuceneAnnotator.italian().annotate(a.withLanguage("it-marked"));

  private final LanguageRoutingAnnotator router =
      new LanguageRoutingAnnotator(LINGUA, Map.of("it", ITALIAN));

  @Test
  void italianGoesToTheItalianAnnotator() throws Exception {
    for (Article seed : SharedData.seeds()) {
      assertThat(router.annotate(seed).article().language()).isEqualTo("it-marked");
    }
  }

  @Test
  void englishIsKeptMarkedAndTokenized() {
    AnnotatedArticle a =
        router.annotate(
            Article.of(
                "en",
                "President Trump spoke with President Putin on Wednesday for about ninety"
                    + " minutes, the White House said."));
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.tokens()).hasSizeGreaterThan(10);
  }

  @Test
  void mixedUnknownAndStatedLanguagesDoNotBreakIt() {
    for (String text :
        List.of(
            "",
            "12345 678",
            "Il presidente ha detto: «We will make America great again», poi è partito.",
            "Привет, как дела?",
            "🙂🙂🙂")) {
      AnnotatedArticle a = router.annotate(Article.of("x", text));
      assertThat(a.language()).isNotBlank();
    }
    Article stated = Article.of("s", "Guten Tag").withLanguage("it-IT");
    assertThat(router.annotate(stated).article().language()).isEqualTo("it-marked");
  }
}
