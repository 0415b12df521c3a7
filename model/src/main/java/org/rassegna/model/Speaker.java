package org.rassegna.model;

/**
 * Who a quotation is attributed to: the words of the article that name the speaker.
 *
 * @param span where those words stand in the article text
 * @param text exactly the characters of {@code span} ("il portavoce del Cremlino", "Peskov")
 * @param basis how the words were tied to the quotation
 */
public record Speaker(Span span, String text, Basis basis) {

  /** How a speaker was found. */
  public enum Basis {
    /** Named next to the reporting verb or phrase ("ha detto Peskov", "secondo la Cnn"). */
    CUE,
    /**
     * The cue names no one (an omitted subject, a pronoun, "si legge nella dichiarazione"): the
     * speaker is the person or body the text spoke of before.
     */
    ANTECEDENT
  }

  public Speaker {
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("'" + text + "' does not fit its span " + span);
    }
  }
}
