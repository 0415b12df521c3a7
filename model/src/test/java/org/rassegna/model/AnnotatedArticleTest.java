package org.rassegna.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

  @Test
  void refusesTokensOutOfTextOrder() {
    Token ha = new Token(new Span(7, 9), "ha", "ha", "AUX", true);
    Token peskov = new Token(new Span(0, 6), "Peskov", "peskov", "PROPN", false);
    assertThatThrownBy(() -> new AnnotatedArticle(article, "it", List.of(), List.of(ha, peskov)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of text order");
  }

  @Test
  void tokensInASpanAreThoseItContains() {
    String text = "Il portavoce del Cremlino, Dmitry Peskov, ha detto che la telefonata è durata.";
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int end = i;
      while (end < text.length() && Character.isLetter(text.charAt(end))) {
        end++;
      }
      end = Math.max(end, i + 1); // a punctuation mark or a space is a token of its own here
      tokens.add(new Token(new Span(i, end), text.substring(i, end), "", "", false));
      i = end;
    }
    AnnotatedArticle a =
        new AnnotatedArticle(Article.of("b", text), "it", List.of(), List.copyOf(tokens));
    Random random = new Random(16);
    for (int n = 0; n < 500; n++) {
      int start = random.nextInt(text.length() + 1);
      Span span = new Span(start, start + random.nextInt(text.length() - start + 1));
      assertThat(a.tokensIn(span))
          .as("tokens in %s", span)
          .isEqualTo(tokens.stream().filter(t -> span.contains(t.span())).toList());
    }
  }
}
