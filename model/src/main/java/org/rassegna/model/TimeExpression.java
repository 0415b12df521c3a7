package org.rassegna.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A time expression, normalised as TIMEX3 does: a DATE or TIME value is a calendar value
 * ("2025-02-12", "2025-02-12T10:00"), a DURATION an ISO-8601 period ("PT1.5H", "P30D"), a SET a
 * recurrence.
 *
 * @param span where it stands in the article text
 * @param text its surface form, exactly the characters of {@code span}
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value the normalised value
 */
public record TimeExpression(Span span, String text, String type, String value) {

  private static final Pattern STARTS_WITH_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");

  /**
   * The calendar day a DATE or TIME value starts with ("2025-02-12", "2025-02-12TMO"), when it is a
   * real one (HeidelTime turns "31 novembre" into 2017-11-31). The value as tagged: for the day an
   * article's relative words name, read it with {@link ArticleDay#dayOf}.
   */
  public Optional<LocalDate> calendarDay() {
    if (!(type.equals("DATE") || type.equals("TIME"))
        || !STARTS_WITH_DAY.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Whether this is a DATE of exactly one real day ("2025-02-12"; not a month, not a time). */
  public boolean wholeDay() {
    return type.equals("DATE") && value.length() == 10 && calendarDay().isPresent();
  }

  /**
   * Whether its words hold no digit ("oggi", "ieri", "mercoledì"): its value then rests on the day
   * it was resolved against, not on the text.
   */
  public boolean relative() {
    return text.chars().noneMatch(Character::isDigit);
  }
}
