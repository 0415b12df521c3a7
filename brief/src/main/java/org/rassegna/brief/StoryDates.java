package org.rassegna.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.ArticleDay;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.TimeExpression;

/**
 * The days of a story's articles and of the sentences that state a day, as {@link
 * ArticleDay#inStory} gives them to every stage: an article of the month only (the seeds' {@code
 * 003}: " date 2025-02") is placed on the story's day, and its "oggi" and "ieri" move with it.
 */
final class StoryDates {

  /** A sentence that states the day something happened. */
  record Dated(AnnotatedArticle article, Sentence sentence, LocalDate day) {}

  private final Map<String, ArticleDay> days;

  /** The dates of the story of {@code story}'s articles (all of them, as extract reads them). */
  StoryDates(List<AnnotatedArticle> story) {
    days = ArticleDay.inStory(story);
  }

  private ArticleDay of(AnnotatedArticle article) {
    return days.getOrDefault(article.id(), article.day());
  }

  /** The day an article tells of as "today", when known. */
  @Nullable LocalDate dayOf(AnnotatedArticle article) {
    return of(article).day();
  }

  /** The day a time expression names, when it names one ({@link ArticleDay#dayOf}). */
  @Nullable LocalDate dayOf(AnnotatedArticle article, TimeExpression time) {
    return of(article).dayOf(time).orElse(null);
  }

  /** The first day a span of the article states, when it states one. */
  @Nullable LocalDate statedIn(AnnotatedArticle article, Span span) {
    for (TimeExpression t : article.times()) {
      if (span.contains(t.span())) {
        LocalDate day = dayOf(article, t);
        if (day != null) {
          return day;
        }
      }
    }
    return null;
  }

  /** Every sentence of the articles that states a day, once per sentence and day. */
  List<Dated> datedSentences(List<AnnotatedArticle> articles) {
    List<Dated> dated = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      for (Sentence s : a.sentences()) {
        a.times().stream()
            .filter(t -> s.span().contains(t.span()))
            .map(t -> dayOf(a, t))
            .filter(d -> d != null)
            .distinct()
            .forEach(d -> dated.add(new Dated(a, s, d)));
      }
    }
    return dated;
  }
}
