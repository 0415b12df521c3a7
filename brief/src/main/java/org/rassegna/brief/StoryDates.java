package org.rassegna.brief;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Published;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.TimeExpression;

/**
 * The days of a story's articles and of the sentences that state a day.
 *
 * <p>An article dated to the day is of that day. An article dated only to the month or year (the
 * seeds' {@code 003}: " date 2025-02") is placed on the day most of the story's day-dated articles
 * share, when that day falls in its period: they tell the same event, and the annotator resolved
 * its "oggi" and "ieri" against the 1st of the month. Those relative expressions (no digit in their
 * words) are moved by the same number of days; an article with no such day keeps its explicit dates
 * only.
 */
final class StoryDates {

  /** A sentence that states the day something happened. */
  record Dated(AnnotatedArticle article, Sentence sentence, LocalDate day) {}

  private final Map<String, LocalDate> dayOfArticle = new HashMap<>();
  private final Map<String, Long> shiftOfArticle = new HashMap<>();

  StoryDates(List<AnnotatedArticle> story) {
    Optional<LocalDate> common =
        story.stream()
            .map(a -> a.article().publishedTime().flatMap(Published::day))
            .flatMap(Optional::stream)
            .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
            .entrySet()
            .stream()
            .max(
                Map.Entry.<LocalDate, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .map(Map.Entry::getKey);
    for (AnnotatedArticle a : story) {
      Optional<Published> published = a.article().publishedTime();
      if (published.isEmpty()) {
        continue;
      }
      Optional<LocalDate> day = published.get().day();
      if (day.isPresent()) {
        dayOfArticle.put(a.id(), day.get());
      } else if (common.isPresent() && within(common.get(), published.get())) {
        dayOfArticle.put(a.id(), common.get());
        shiftOfArticle.put(
            a.id(), ChronoUnit.DAYS.between(published.get().earliestDay(), common.get()));
      }
    }
  }

  private static boolean within(LocalDate day, Published period) {
    return day.toString().startsWith(period.iso());
  }

  /** The day an article tells of as "today", when known. */
  @Nullable LocalDate dayOf(AnnotatedArticle article) {
    return dayOfArticle.get(article.id());
  }

  /**
   * The day a time expression names, when it names one: a DATE or TIME whose value starts with a
   * calendar day; relative words in an article dated to the month only count once re-anchored.
   */
  @Nullable LocalDate dayOf(AnnotatedArticle article, TimeExpression time) {
    if (!(time.type().equals("DATE") || time.type().equals("TIME"))
        || !time.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return null;
    }
    LocalDate day;
    try {
      day = LocalDate.parse(time.value().substring(0, 10));
    } catch (DateTimeParseException e) {
      return null; // "31 novembre" normalises to no calendar day
    }
    boolean relative = time.text().chars().noneMatch(Character::isDigit);
    Optional<Published> published = article.article().publishedTime();
    boolean roughlyDated = published.isEmpty() || published.get().day().isEmpty();
    if (relative && roughlyDated) {
      Long shift = shiftOfArticle.get(article.id());
      return shift == null ? null : day.plusDays(shift);
    }
    return day;
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
    return dated(articles, false);
  }

  /**
   * The sentences whose relative words ("oggi", "ieri") were re-anchored because their article is
   * dated to the month only, once per sentence and day.
   */
  List<Dated> reanchoredSentences(List<AnnotatedArticle> articles) {
    return dated(articles, true);
  }

  private List<Dated> dated(List<AnnotatedArticle> articles, boolean reanchoredOnly) {
    List<Dated> dated = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      if (reanchoredOnly && !shiftOfArticle.containsKey(a.id())) {
        continue;
      }
      for (Sentence s : a.sentences()) {
        a.times().stream()
            .filter(t -> s.span().contains(t.span()))
            .filter(t -> !reanchoredOnly || t.text().chars().noneMatch(Character::isDigit))
            .map(t -> dayOf(a, t))
            .filter(d -> d != null)
            .distinct()
            .forEach(d -> dated.add(new Dated(a, s, d)));
      }
    }
    return dated;
  }
}
