package org.rassegna.model;

import java.util.List;

/**
 * An article with its linguistic analysis. Every span is checked against the article text here,
 * once, so that no later stage can cite characters that are not there.
 *
 * @param article the article analysed
 * @param language the language the analysis used (BCP-47), or {@code "und"} when unknown
 * @param sentences in text order
 * @param tokens in text order
 */
public record AnnotatedArticle(
    Article article, String language, List<Sentence> sentences, List<Token> tokens) {

  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    String text = article.text();
    for (Sentence s : sentences) {
      checkInside(s.span(), article);
    }
    for (Token t : tokens) {
      checkInside(t.span(), article);
      if (!text.regionMatches(t.span().start(), t.text(), 0, t.span().length())
          || t.text().length() != t.span().length()) {
        throw new IllegalArgumentException(
            "token '" + t.text() + "' does not match its span " + t.span() + " in " + article.id());
      }
    }
  }

  private static void checkInside(Span span, Article article) {
    int length = article.text().length();
    if (span.end() > length) {
      throw new IllegalArgumentException(
          "span " + span + " outside the text of " + article.id() + " (" + length + ")");
    }
  }

  public String id() {
    return article.id();
  }

  /** The text of {@code sentence}. */
  public String textOf(Sentence sentence) {
    return sentence.span().of(article.text());
  }
}
