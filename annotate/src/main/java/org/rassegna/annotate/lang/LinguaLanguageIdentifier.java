package org.rassegna.annotate.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;

/**
 * Language identification with Lingua, built for the few languages expected in the input (each
 * language costs load time and heap: about 250 MB and 11 s for nine).
 */
public final class LinguaLanguageIdentifier implements LanguageIdentifier {

  /** The languages identified by default. */
  public static final List<String> DEFAULT_LANGUAGES = List.of("it", "en", "fr", "de", "es");

  /** Long enough for Lingua to read it by its trigrams, the models it uses for most texts. */
  private static final String WARM_UP =
      "Il consiglio comunale si riunirà domani mattina per discutere del nuovo piano del traffico"
          + " e delle opere pubbliche previste nel centro storico della città.";

  private final LanguageDetector detector;
  private double loadSeconds;

  /**
   * @param languages ISO 639-1 codes, at least two
   */
  public LinguaLanguageIdentifier(List<String> languages) {
    if (languages.size() < 2) {
      throw new IllegalArgumentException("Lingua needs at least two languages: " + languages);
    }
    IsoCode639_1[] codes =
        languages.stream()
            .map(l -> IsoCode639_1.valueOf(l.toUpperCase(Locale.ROOT)))
            .toArray(IsoCode639_1[]::new);
    detector = LanguageDetectorBuilder.fromIsoCodes639_1(codes).build();
  }

  /**
   * The identifier with the models it needs for texts of a sentence or more loaded now (Lingua
   * loads them on first use), so that the load can go beside the other models'.
   */
  public static LinguaLanguageIdentifier loaded(List<String> languages) {
    long start = System.nanoTime();
    LinguaLanguageIdentifier lingua = new LinguaLanguageIdentifier(languages);
    lingua.identify(WARM_UP);
    lingua.loadSeconds = (System.nanoTime() - start) / 1e9;
    return lingua;
  }

  /** Seconds {@link #loaded} took; 0 when built without loading. */
  public double loadSeconds() {
    return loadSeconds;
  }

  @Override
  public String identify(String text) {
    Language language = detector.detectLanguageOf(text);
    return language == Language.UNKNOWN
        ? "und"
        : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }
}
