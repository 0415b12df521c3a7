package org.rassegna.model;

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
public record TimeExpression(Span span, String text, String type, String value) {}
