package org.rassegna.annotate.lang;

/** Tells which language a text is written in. */
public interface LanguageIdentifier {

  /** The BCP-47 code of {@code text}'s language, or {@code "und"} when it cannot tell. */
  String identify(String text);
}
