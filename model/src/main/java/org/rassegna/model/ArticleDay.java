package org.rassegna.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The calendar day an article tells of as "today", and what it rests on: the one rule for an
 * article's day, decided once when the article is annotated (the time tagger resolves "oggi" and
 * "ieri" against its {@link #anchor}), stored with it, and read alike by every stage (the
 * clusterer's clock, the dated events, the claims, the timeline, the summary's order).
 *
 * <p>The rule. The publication day, when the source states one ({@link Basis#PUBLISHED}). Else the
 * day the text names, when it names exactly one ({@link Basis#TEXT}): the DATE expressions written
 * with digits ("12 febbraio 2025", "12/2/2025", "12 febbraio"; not "ieri" or "mercoledì", which
 * need a reference day to mean anything) whose value is a whole day; a day without a year ({@code
 * XXXX-02-12}) takes the year of a partial publication date (a month such as {@code 2025-02}, or a
 * year), without one it is left out; when the publication month or year is known, only days inside
 * it count (a report of March may recall a day of January). If those days differ, the text is
 * ambiguous and the article has no day ({@link Basis#NONE}): a crime report naming the day of the
 * crime and of the hearing does not say which is today. Its relative words are then resolved
 * against a guess (the first of those days, else the first day of the publication period) and
 * trusted by no stage, until {@link #inStory its story} places the article on the day most of the
 * story's dated articles share ({@link Basis#STORY}) and moves them by as many days.
 *
 * @param day the day; {@code null} exactly when the basis is {@link Basis#NONE}
 * @param basis what the day rests on
 * @param anchor the day the article's relative words were resolved against ("oggi" is the anchor);
 *     {@code null} when nothing dated them. It is the day itself for {@link Basis#PUBLISHED} and
 *     {@link Basis#TEXT}
 */
public record ArticleDay(@Nullable LocalDate day, Basis basis, @Nullable LocalDate anchor) {

  /** What an article's day rests on. */
  public enum Basis {
    /** The source's publication day. */
    PUBLISHED,
    /** The one day the text names, inside the publication period when one is known. */
    TEXT,
    /** The day of the story the article belongs to (see {@link #inStory}). */
    STORY,
    /** Nothing: the article has no day. */
    NONE
  }

  private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");

  public ArticleDay {
    if ((basis == Basis.NONE) != (day == null)) {
      throw new IllegalArgumentException("a day of basis " + basis + " cannot be " + day);
    }
    if ((basis == Basis.PUBLISHED || basis == Basis.TEXT) && !day.equals(anchor)) {
      throw new IllegalArgumentException(basis + " day " + day + " with another anchor " + anchor);
    }
    if (basis == Basis.STORY && anchor == null) {
      throw new IllegalArgumentException("a STORY day moves relative words: it needs an anchor");
    }
  }

  /** The day of an article published at {@code published} whose text has {@code times}. */
  public static ArticleDay of(@Nullable Published published, List<TimeExpression> times) {
    if (published != null && published.day().isPresent()) {
      LocalDate day = published.day().get();
      return new ArticleDay(day, Basis.PUBLISHED, day);
    }
    List<LocalDate> stated = new ArrayList<>();
    for (TimeExpression x : times) {
      Matcher m = DAY.matcher(x.value());
      if (!x.type().equals("DATE") || !m.matches() || x.relative()) {
        continue;
      }
      int year;
      if (!m.group(1).equals("XXXX")) {
        year = Integer.parseInt(m.group(1));
      } else if (published != null) {
        year = published.earliestDay().getYear();
      } else {
        continue;
      }
      try {
        LocalDate day =
            LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (published == null || within(day, published)) {
          stated.add(day);
        }
      } catch (DateTimeException e) {
        continue; // "30 febbraio": not a calendar day
      }
    }
    if (new TreeSet<>(stated).size() == 1) {
      return new ArticleDay(stated.get(0), Basis.TEXT, stated.get(0));
    }
    LocalDate guess =
        !stated.isEmpty() ? stated.get(0) : published == null ? null : published.earliestDay();
    return new ArticleDay(null, Basis.NONE, guess);
  }

  /** The day, unless the basis is {@link Basis#NONE}. */
  public Optional<LocalDate> known() {
    return Optional.ofNullable(day);
  }

  /**
   * The calendar day {@code x} names, read with this day: a DATE or TIME whose value starts with a
   * real day; relative words ("oggi", "ieri", "mercoledì": no digit) only when they rest on a day
   * (moved by as many days as a {@link Basis#STORY} day lies from the anchor), never when the
   * article has no day.
   */
  public Optional<LocalDate> dayOf(TimeExpression x) {
    Optional<LocalDate> named = x.calendarDay();
    if (named.isEmpty() || !x.relative()) {
      return named;
    }
    return switch (basis) {
      case PUBLISHED, TEXT -> named;
      case STORY -> named.map(d -> d.plusDays(ChronoUnit.DAYS.between(anchor, day)));
      case NONE -> Optional.empty();
    };
  }

  /**
   * The days of one story's articles, by article id: each article's own day, and an article with
   * none whose publication period (a month, a year) holds the story's day placed on that day
   * ({@link Basis#STORY}). The story's day is the one most of its articles with a day of their own
   * share (the earliest on a tie): they tell the same event, so an article of the same period tells
   * of it too. Every stage that reads a story reads its days from here.
   */
  public static Map<String, ArticleDay> inStory(List<AnnotatedArticle> story) {
    Optional<LocalDate> common =
        story.stream()
            .map(a -> a.day().known())
            .flatMap(Optional::stream)
            .collect(
                Collectors.groupingBy(Function.identity(), HashMap::new, Collectors.counting()))
            .entrySet()
            .stream()
            .max(
                Map.Entry.<LocalDate, Long>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .map(Map.Entry::getKey);
    Map<String, ArticleDay> days = new LinkedHashMap<>();
    for (AnnotatedArticle a : story) {
      ArticleDay own = a.day();
      Published published = a.article().published();
      if (own.basis() == Basis.NONE
          && common.isPresent()
          && published != null
          && own.anchor() != null
          && within(common.get(), published)) {
        own = new ArticleDay(common.get(), Basis.STORY, own.anchor());
      }
      days.put(a.id(), own);
    }
    return days;
  }

  /** Whether {@code day} lies in the month or year that {@code published} states. */
  private static boolean within(LocalDate day, Published published) {
    LocalDate first = published.earliestDay();
    return switch (published.precision()) {
      case YEAR -> day.getYear() == first.getYear();
      case MONTH -> day.getYear() == first.getYear() && day.getMonth() == first.getMonth();
      default -> day.equals(first);
    };
  }
}
