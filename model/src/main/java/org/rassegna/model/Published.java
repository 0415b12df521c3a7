package org.rassegna.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A publication time as precise as the source gives it: a year ("2025"), a month ("2025-02"), a day
 * ("2025-02-12") or an instant with offset ("2025-02-12T18:30:00+01:00", "…Z"). Sources often give
 * only part of a date, and a later stage must know how much it can rely on.
 *
 * @param iso the ISO-8601 text, validated
 */
public record Published(String iso) implements Comparable<Published> {

  /** How much of the date the source stated. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY,
    INSTANT
  }

  public Published {
    iso = iso.strip();
    precisionOf(iso); // validates
  }

  /** Parses {@code text}, or empty when it is not an ISO-8601 date or time of a known form. */
  public static Optional<Published> parse(String text) {
    try {
      return Optional.of(new Published(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public Precision precision() {
    return precisionOf(iso);
  }

  /** The calendar day, when the source stated one. */
  public Optional<LocalDate> day() {
    return switch (precision()) {
      case DAY -> Optional.of(LocalDate.parse(iso));
      case INSTANT -> Optional.of(OffsetDateTime.parse(iso).toLocalDate());
      default -> Optional.empty();
    };
  }

  /** The first day the stated period could mean (1 January for a year, the 1st for a month). */
  public LocalDate earliestDay() {
    return switch (precision()) {
      case YEAR -> LocalDate.of(Integer.parseInt(iso), 1, 1);
      case MONTH -> YearMonth.parse(iso).atDay(1);
      default -> day().orElseThrow();
    };
  }

  private static Precision precisionOf(String iso) {
    try {
      if (iso.matches("\\d{4}")) {
        return Precision.YEAR;
      }
      if (iso.matches("\\d{4}-\\d{2}")) {
        YearMonth.parse(iso);
        return Precision.MONTH;
      }
      if (iso.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate.parse(iso);
        return Precision.DAY;
      }
      OffsetDateTime.parse(iso);
      return Precision.INSTANT;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 date or time: '" + iso + "'", e);
    }
  }

  @Override
  public int compareTo(Published o) {
    int byDay = earliestDay().compareTo(o.earliestDay());
    return byDay != 0 ? byDay : iso.compareTo(o.iso);
  }

  @Override
  public String toString() {
    return iso;
  }
}
