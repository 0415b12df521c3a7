package org.rassegna.model;

/**
 * Who a quotation is attributed to: the words of the article that name the speaker, as the fullest
 * name the article gives when the words tied to the quotation stand for a person it names.
 *
 * @param span where those words stand in the article text
 * @param text exactly the characters of {@code span} ("Dmitry Peskov", "il portavoce del Cremlino")
 * @param basis how the words were tied to the quotation
 * @param words the words tied to the quotation, which {@code text} names in full ("il legale",
 *     "Peskov", "lo stesso Visco"); {@code span} itself when they are the name
 */
public record Speaker(Span span, String text, Basis basis, Span words) {

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
    if (words == null) { // a record stored before the field existed
      words = span;
    }
  }

  /** A speaker named by the very words tied to the quotation. */
  public Speaker(Span span, String text, Basis basis) {
    this(span, text, basis, span);
  }
}
