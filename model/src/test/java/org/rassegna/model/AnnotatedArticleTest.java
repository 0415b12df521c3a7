package org.rassegna.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedArticleTest {

  private final Article article = Article.of("a", "Peskov ha detto");

  @Test
  void refusesATokenWhoseTextIsNotWhatItsSpanCovers() {
    Token wrong = new Token(new Span(0, 6), "Peskow", "peskov", "PROPN", false);
    assertThatThrownBy(() -> new AnnotatedArticle(article, "it", List.of(), List.of(wrong)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Peskow");
  }

  @Test
  void refusesASpanPastTheEndOfTheText() {
    Sentence past = new Sentence(new Span(0, 99), 0);
    assertThatThrownBy(() -> new AnnotatedArticle(article, "it", List.of(past), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
