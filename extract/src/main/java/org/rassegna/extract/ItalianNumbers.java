package org.rassegna.extract;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Italian number words as values: "tre" 3, "ventitré" 23, "trentotto" 38, "duecento" 200, "duemila"
 * 2000. Rules of Italian spelling: tens drop their final vowel before "uno" and "otto", units join
 * tens and hundreds, "mila" is the plural of "mille".
 */
final class ItalianNumbers {

  private ItalianNumbers() {}

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("uno", 1),
          Map.entry("una", 1),
          Map.entry("un", 1),
          Map.entry("due", 2),
          Map.entry("tre", 3),
          Map.entry("tré", 3),
          Map.entry("quattro", 4),
          Map.entry("cinque", 5),
          Map.entry("sei", 6),
          Map.entry("sette", 7),
          Map.entry("otto", 8),
          Map.entry("nove", 9),
          Map.entry("dieci", 10),
          Map.entry("undici", 11),
          Map.entry("dodici", 12),
          Map.entry("tredici", 13),
          Map.entry("quattordici", 14),
          Map.entry("quindici", 15),
          Map.entry("sedici", 16),
          Map.entry("diciassette", 17),
          Map.entry("diciotto", 18),
          Map.entry("diciannove", 19));

  private static final Map<String, Integer> TENS =
      Map.of(
          "venti", 20,
          "trenta", 30,
          "quaranta", 40,
          "cinquanta", 50,
          "sessanta", 60,
          "settanta", 70,
          "ottanta", 80,
          "novanta", 90);

  /** The value of one number word below a million, or empty when it is none. */
  static OptionalLong parse(String word) {
    String w = ItalianReporting.lower(word);
    if (w.isEmpty()) {
      return OptionalLong.empty();
    }
    int mila = w.indexOf("mila");
    if (mila > 0 && w.endsWith("mila")) {
      OptionalLong thousands = belowThousand(w.substring(0, mila));
      return thousands.isPresent() ? OptionalLong.of(thousands.getAsLong() * 1000) : thousands;
    }
    if (w.startsWith("mille")) {
      OptionalLong rest = w.length() == 5 ? OptionalLong.of(0) : belowThousand(w.substring(5));
      return rest.isPresent() ? OptionalLong.of(1000 + rest.getAsLong()) : rest;
    }
    return belowThousand(w);
  }

  private static OptionalLong belowThousand(String w) {
    if (w.isEmpty()) {
      return OptionalLong.empty();
    }
    int cento = w.indexOf("cento");
    if (cento >= 0) {
      long hundreds = 1;
      if (cento > 0) {
        Integer u = UNITS.get(w.substring(0, cento));
        if (u == null || u < 2 || u > 9) {
          return OptionalLong.empty();
        }
        hundreds = u;
      }
      String rest = w.substring(cento + 5);
      OptionalLong below = rest.isEmpty() ? OptionalLong.of(0) : belowHundred(rest);
      return below.isPresent() ? OptionalLong.of(hundreds * 100 + below.getAsLong()) : below;
    }
    return belowHundred(w);
  }

  private static OptionalLong belowHundred(String w) {
    Integer u = UNITS.get(w);
    if (u != null) {
      return OptionalLong.of(u);
    }
    for (Map.Entry<String, Integer> t : TENS.entrySet()) {
      String ten = t.getKey();
      String cut = ten.substring(0, ten.length() - 1); // "vent" + "uno", "trent" + "otto"
      if (w.equals(ten)) {
        return OptionalLong.of(t.getValue());
      }
      for (String stem : new String[] {ten, cut}) {
        if (w.startsWith(stem) && w.length() > stem.length()) {
          Integer unit = UNITS.get(w.substring(stem.length()));
          if (unit != null && unit < 10 && !w.substring(stem.length()).equals("un")) {
            return OptionalLong.of(t.getValue() + unit);
          }
        }
      }
    }
    return OptionalLong.empty();
  }
}
