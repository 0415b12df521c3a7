package org.rassegna.model;

/**
 * A number an article states, with what it counts and its unit, normalised so that figures from
 * different articles compare: "un'ora e mezza" is 90 minutes, "10mila euro" 10000 euro, "decine di
 * milioni di persone" at least 10,000,000 persons (approximate).
 *
 * @param articleId the article it stands in
 * @param span the number words and their unit or counted noun ("175 prigionieri")
 * @param text exactly the characters of {@code span}
 * @param value the value in the unit's base (minutes for durations)
 * @param unit what kind of quantity
 * @param counted the noun that says what is counted or measured, lower case ("prigionieri",
 *     "tregua", "durata"), or {@code ""} when the text does not say
 * @param approximate whether the text gives an order of magnitude ("decine", "una ventina",
 *     "circa")
 */
public record Figure(
    String articleId,
    Span span,
    String text,
    double value,
    Unit unit,
    String counted,
    boolean approximate) {

  /** Kinds of quantity, each with one base unit. */
  public enum Unit {
    /** How many of something. */
    COUNT,
    /** A duration, in minutes. */
    MINUTE,
    /** Years (ages, sentences, periods). */
    YEAR,
    /** Money, in euro. */
    EURO,
    /** A share, in per cent. */
    PERCENT
  }

  public Figure {
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("'" + text + "' does not fit its span " + span);
    }
    if (Double.isNaN(value) || value < 0) {
      throw new IllegalArgumentException("bad value " + value + " for '" + text + "'");
    }
  }
}
