package org.rassegna.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Something an article places on a calendar day: the clause around a day-precision date ("Mercoledì
 * 12 febbraio, il presidente degli Stati Uniti Donald Trump ha avuto una conversazione telefonica
 * con…").
 *
 * @param articleId the article it stands in
 * @param day the day, ISO-8601 ("2025-02-12"), as the time expression normalises against the
 *     publication date
 * @param time the span of the time expression that names the day
 * @param span the clause (or whole sentence) that says what happened that day; it contains {@code
 *     time}
 * @param text exactly the characters of {@code span}
 * @param terms what happened, for matching across articles: the clause's content words outside its
 *     time expressions, normalised as the annotator normalises tokens, in text order
 */
public record DatedEvent(
    String articleId, String day, Span time, Span span, String text, List<String> terms) {

  public DatedEvent {
    terms = List.copyOf(terms);
    LocalDate.parse(day); // throws on anything but an ISO calendar day
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("'" + text + "' does not fit its span " + span);
    }
    if (!span.contains(time)) {
      throw new IllegalArgumentException("time " + time + " outside its clause " + span);
    }
  }
}
