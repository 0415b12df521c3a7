package org.rassegna.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An article with its linguistic analysis. Every span is checked against the article text here,
 * once, so that no later stage can cite characters that are not there.
 *
 * @param article the article analysed
 * @param language the language the analysis used (BCP-47), or {@code "und"} when unknown
 * @param sentences in text order
 * @param tokens in text order (starts never decrease)
 * @param mentions named-entity mentions, in text order (empty when the annotator finds none)
 * @param times time expressions, in text order (empty when the annotator finds none)
 * @param day the article's day, decided when it was annotated (the day its relative time
 *     expressions were resolved against)
 */
public record AnnotatedArticle(
    Article article,
    String language,
    List<Sentence> sentences,
    List<Token> tokens,
    List<Mention> mentions,
    List<TimeExpression> times,
    ArticleDay day) {

  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
    for (Sentence s : sentences) {
      checkInside(s.span(), article);
    }
    int previousStart = 0;
    for (Token t : tokens) {
      checkSurface(t.span(), t.text(), article);
      if (t.span().start() < previousStart) {
        throw new IllegalArgumentException(
            "token '" + t.text() + "' at " + t.span() + " out of text order in " + article.id());
      }
      previousStart = t.span().start();
    }
    for (Mention m : mentions) {
      checkSurface(m.span(), m.text(), article);
    }
    for (TimeExpression x : times) {
      checkSurface(x.span(), x.text(), article);
    }
    if (day.basis() == ArticleDay.Basis.PUBLISHED
        && !day.known().equals(article.publishedTime().flatMap(Published::day))) {
      throw new IllegalArgumentException(
          article.id() + " is not published on its day " + day.day());
    }
  }

  /**
   * An analysis whose day is {@link ArticleDay#of the rule} applied to its publication time and
   * {@code times}: for time expressions resolved against that rule's anchor, or none.
   */
  public AnnotatedArticle(
      Article article,
      String language,
      List<Sentence> sentences,
      List<Token> tokens,
      List<Mention> mentions,
      List<TimeExpression> times) {
    this(
        article,
        language,
        sentences,
        tokens,
        mentions,
        times,
        ArticleDay.of(article.published(), times));
  }

  /** An analysis with sentences and tokens only. */
  public AnnotatedArticle(
      Article article, String language, List<Sentence> sentences, List<Token> tokens) {
    this(article, language, sentences, tokens, List.of(), List.of());
  }

  private static void checkSurface(Span span, String surface, Article article) {
    checkInside(span, article);
    if (surface.length() != span.length()
        || !article.text().regionMatches(span.start(), surface, 0, span.length())) {
      throw new IllegalArgumentException(
          "'" + surface + "' does not match its span " + span + " in " + article.id());
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

  /**
   * The tokens inside {@code span}, in text order: a binary search, so that a stage reading every
   * sentence's tokens costs the tokens once, not once per sentence.
   */
  public List<Token> tokensIn(Span span) {
    int low = 0;
    int high = tokens.size();
    while (low < high) { // the first token starting at or after the span
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).span().start() < span.start()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    List<Token> inside = new ArrayList<>();
    for (int i = low; i < tokens.size() && tokens.get(i).span().start() <= span.end(); i++) {
      if (span.contains(tokens.get(i).span())) {
        inside.add(tokens.get(i));
      }
    }
    return inside;
  }

  /** The text of {@code sentence}. */
  public String textOf(Sentence sentence) {
    return sentence.span().of(article.text());
  }
}
