package org.rassegna.cluster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Published;
import org.rassegna.model.TimeExpression;

/**
 * The calendar day of an article, for a stream where some articles come without one: its
 * publication day when the source states it; otherwise the day its text names, when it names
 * exactly one.
 *
 * <p>The rule for the text: the annotator's time expressions of type DATE that are written with
 * digits ("12 febbraio 2025", "12/2/2025", "12 febbraio"; not "ieri" or "mercoledì", which need a
 * reference day to mean anything) and whose value is a whole day. A day without a year ({@code
 * XXXX-02-12}) takes the year of the partial publication date (a month such as {@code 2025-02}, or
 * a year); without one it is left out. When the publication month or year is known, only days
 * inside it count (a report of March may recall a day of January). If the days that remain are all
 * the same day, that is the article's day; if they differ, the text is ambiguous and the article
 * stays undated: a crime report naming the day of the crime and the day of the hearing does not say
 * which is today.
 */
public final class ArticleDay {

  private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  private ArticleDay() {}

  public static Optional<LocalDate> of(AnnotatedArticle article) {
    Published published = article.article().published();
    if (published != null && published.day().isPresent()) {
      return published.day();
    }
    TreeSet<LocalDate> days = new TreeSet<>();
    for (TimeExpression x : article.times()) {
      Matcher m = DAY.matcher(x.value());
      if (!x.type().equals("DATE") || !m.matches() || !DIGIT.matcher(x.text()).find()) {
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
          days.add(day);
        }
      } catch (DateTimeException e) {
        continue; // "30 febbraio": not a calendar day
      }
    }
    return days.size() == 1 ? Optional.of(days.first()) : Optional.empty();
  }

  /** Whether {@code day} lies in the month or year that {@code published} states. */
  private static boolean within(LocalDate day, Published published) {
    LocalDate first = published.earliestDay();
    return switch (published.precision()) {
      case YEAR -> day.getYear() == first.getYear();
      case MONTH -> day.getYear() == first.getYear() && day.getMonth() == first.getMonth();
      default -> true;
    };
  }
}
