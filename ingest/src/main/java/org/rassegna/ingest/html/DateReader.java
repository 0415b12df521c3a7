package org.rassegna.ingest.html;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rassegna.model.Published;

/**
 * Reads the dates web pages and feeds write into a {@link Published}: ISO-8601 with or without
 * offset (a local time keeps only its day, since the offset is unknown), RFC 1123 ("Tue, 19 Nov
 * 2019 02:46:42 GMT"), and dates written out in Italian or English in a byline ("mercoledì 12
 * febbraio 2025", "12/02/2025", "Nov. 19, 2019").
 */
public final class DateReader {

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("gennaio", 1),
          Map.entry("febbraio", 2),
          Map.entry("marzo", 3),
          Map.entry("aprile", 4),
          Map.entry("maggio", 5),
          Map.entry("giugno", 6),
          Map.entry("luglio", 7),
          Map.entry("agosto", 8),
          Map.entry("settembre", 9),
          Map.entry("ottobre", 10),
          Map.entry("novembre", 11),
          Map.entry("dicembre", 12),
          Map.entry("gen", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("mag", 5),
          Map.entry("giu", 6),
          Map.entry("lug", 7),
          Map.entry("ago", 8),
          Map.entry("set", 9),
          Map.entry("ott", 10),
          Map.entry("nov", 11),
          Map.entry("dic", 12),
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12),
          Map.entry("jan", 1),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("dec", 12));

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
              + "\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:°|º)?\\s+([a-zà-ù]{3,9})\\.?,?\\s+(\\d{4})\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern NUMERIC =
      Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b");

  private DateReader() {}

  /** An instant, in UTC to the second ({@code 2025-02-12T20:15:00Z}). */
  public static Published instant(Instant t) {
    return new Published(
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            t.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
  }

  /** A machine-readable date (meta tags, JSON-LD, {@code datetime}, feed and HTTP headers). */
  public static Optional<Published> machine(String text) {
    String s = text.strip();
    Matcher m = ISO.matcher(s);
    if (m.lookingAt()) {
      if (m.group(4) == null) {
        return day(m.group(1), m.group(2), m.group(3));
      }
      String zone = m.group(7);
      if (zone == null) {
        return day(m.group(1), m.group(2), m.group(3)); // a local time: the day is all we know
      }
      if (!zone.equals("Z") && !zone.contains(":")) {
        zone = zone.substring(0, 3) + ":" + zone.substring(3);
      }
      String iso =
          String.format(
              Locale.ROOT,
              "%s-%s-%sT%s:%s:%s%s",
              m.group(1),
              m.group(2),
              m.group(3),
              m.group(4),
              m.group(5),
              m.group(6) == null ? "00" : m.group(6),
              zone);
      return Published.parse(iso).or(() -> day(m.group(1), m.group(2), m.group(3)));
    }
    try {
      return Optional.of(
          new Published(
              DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                  ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME))));
    } catch (DateTimeParseException e) {
      return human(s);
    }
  }

  /** A date written for people, in Italian or English: the first one found in {@code text}. */
  public static Optional<Published> human(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    Matcher m = DAY_MONTH_YEAR.matcher(s);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(2));
      if (month != null) {
        return day(m.group(3), Integer.toString(month), m.group(1));
      }
    }
    m = MONTH_DAY_YEAR.matcher(s);
    while (m.find()) {
      Integer month = MONTHS.get(m.group(1));
      if (month != null) {
        return day(m.group(3), Integer.toString(month), m.group(2));
      }
    }
    m = NUMERIC.matcher(s);
    if (m.find()) {
      // Day first, as in Italy; "11/20/2019" can only be month first.
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      return a > 12
          ? day(m.group(3), m.group(2), m.group(1))
          : b > 12
              ? day(m.group(3), m.group(1), m.group(2))
              : day(m.group(3), m.group(2), m.group(1));
    }
    return Optional.empty();
  }

  private static Optional<Published> day(String year, String month, String day) {
    try {
      LocalDate d =
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      return d.getYear() < 1900 || d.getYear() > 2200
          ? Optional.empty()
          : Optional.of(new Published(d.toString()));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
