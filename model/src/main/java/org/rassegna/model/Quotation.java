package org.rassegna.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Words an article reports someone said or wrote.
 *
 * @param articleId the article it stands in
 * @param span the quoted words: for a direct quotation what stands between the quotation marks
 *     (white space trimmed), for indirect speech the reported clause ("che …")
 * @param text exactly the characters of {@code span}
 * @param kind direct or indirect
 * @param cue the reporting verb or phrase ("ha detto", "si legge", "secondo"), when there is one
 * @param speaker who said it; {@code null} means the text does not say, and is reported as unknown
 *     rather than guessed
 */
public record Quotation(
    String articleId,
    Span span,
    String text,
    Kind kind,
    @Nullable Span cue,
    @Nullable Speaker speaker) {

  /** Direct (in quotation marks) or indirect (reported) speech. */
  public enum Kind {
    DIRECT,
    INDIRECT
  }

  public Quotation {
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("'" + text + "' does not fit its span " + span);
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("empty quotation in " + articleId + " at " + span);
    }
  }

  public Optional<Speaker> speakerIfKnown() {
    return Optional.ofNullable(speaker);
  }
}
