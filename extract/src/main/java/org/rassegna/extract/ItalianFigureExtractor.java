package org.rassegna.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Figure;
import org.rassegna.model.Span;
import org.rassegna.model.TimeExpression;

/**
 * Figures in Italian text: numbers in digits ("175", "10mila", "40.000") or words ("ventitré",
 * "un'ora"), orders of magnitude ("decine di milioni", "una ventina"), with their unit (hours,
 * minutes, days, weeks, months → minutes; years; euro; per cent) or the noun they count ("175
 * prigionieri"). What a duration or sum measures is the noun before "di" ("una tregua di 30
 * giorni") or a form of "durata". Dates, clock times and street numbers are not figures: a number
 * before a month name, after "alle"/"le", or after "via"/"civico", and any number inside a DATE or
 * TIME expression of the annotation, is passed over; so is a number with neither unit nor noun.
 */
public final class ItalianFigureExtractor implements FigureExtractor {

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<num>\\d+(?:[.,]\\s?\\d{3})*(?:,\\d+)?)(?<mila>mila)?|(?<word>\\p{L}+['’]?)|(?<sym>[%€])");

  private static final CharArraySet STOP = ItalianAnalyzer.getDefaultStopSet();

  private static final Map<String, Double> MULTIPLIERS =
      Map.of(
          "mila",
          1e3,
          "milione",
          1e6,
          "milioni",
          1e6,
          "mln",
          1e6,
          "miliardo",
          1e9,
          "miliardi",
          1e9,
          "mld",
          1e9);

  private static final Map<String, Double> COLLECTIVES =
      Map.of("decine", 10.0, "centinaia", 100.0, "migliaia", 1e3, "milioni", 1e6, "miliardi", 1e9);

  private static final Map<String, Double> ROUND =
      Map.ofEntries(
          Map.entry("decina", 10.0),
          Map.entry("ventina", 20.0),
          Map.entry("trentina", 30.0),
          Map.entry("quarantina", 40.0),
          Map.entry("cinquantina", 50.0),
          Map.entry("sessantina", 60.0),
          Map.entry("settantina", 70.0),
          Map.entry("ottantina", 80.0),
          Map.entry("novantina", 90.0),
          Map.entry("centinaio", 100.0),
          Map.entry("migliaio", 1000.0));

  /** Units and how many of the base unit each is worth. */
  private record UnitWord(Figure.Unit unit, double factor) {}

  private static final Map<String, UnitWord> UNITS =
      Map.ofEntries(
          Map.entry("ora", new UnitWord(Figure.Unit.MINUTE, 60)),
          Map.entry("ore", new UnitWord(Figure.Unit.MINUTE, 60)),
          Map.entry("minuto", new UnitWord(Figure.Unit.MINUTE, 1)),
          Map.entry("minuti", new UnitWord(Figure.Unit.MINUTE, 1)),
          Map.entry("giorno", new UnitWord(Figure.Unit.MINUTE, 1440)),
          Map.entry("giorni", new UnitWord(Figure.Unit.MINUTE, 1440)),
          Map.entry("settimana", new UnitWord(Figure.Unit.MINUTE, 10080)),
          Map.entry("settimane", new UnitWord(Figure.Unit.MINUTE, 10080)),
          Map.entry("mese", new UnitWord(Figure.Unit.MINUTE, 43200)),
          Map.entry("mesi", new UnitWord(Figure.Unit.MINUTE, 43200)),
          Map.entry("anno", new UnitWord(Figure.Unit.YEAR, 1)),
          Map.entry("anni", new UnitWord(Figure.Unit.YEAR, 1)),
          Map.entry("euro", new UnitWord(Figure.Unit.EURO, 1)),
          Map.entry("€", new UnitWord(Figure.Unit.EURO, 1)),
          Map.entry("%", new UnitWord(Figure.Unit.PERCENT, 1)));

  private static final Set<String> APPROXIMATE =
      Set.of("circa", "oltre", "quasi", "almeno", "intorno", "sui", "sulle");

  private static final Set<String> MONTHS =
      Set.of(
          "gennaio",
          "febbraio",
          "marzo",
          "aprile",
          "maggio",
          "giugno",
          "luglio",
          "agosto",
          "settembre",
          "ottobre",
          "novembre",
          "dicembre");

  /** Definite articles: "i due presidenti" refers to known things, it does not count them. */
  private static final Set<String> DEFINITE =
      Set.of("i", "gli", "le", "dei", "degli", "delle", "ai", "agli", "alle", "coi", "tra", "fra");

  /**
   * Counted nouns that say too little on their own ("persone": dead, evacuated, at a rally?): the
   * word before the number is added to what is counted, so that only like counts compare.
   */
  private static final Set<String> GENERIC = Set.of("persone", "persona", "individui", "volte");

  /** Words before a clock time or a street number. */
  private static final Set<String> NOT_BEFORE =
      Set.of(
          "alle", "le", "dalle", "verso", "ore", "via", "viale", "corso", "piazza", "civico",
          "largo", "strada", "n", "numero");

  private record Tok(int start, int end, String text, @Nullable Double number) {

    String lower() {
      return ItalianReporting.lower(text);
    }

    boolean isWord() {
      return number == null && Character.isLetter(text.codePointAt(0));
    }
  }

  @Override
  public List<Figure> extract(AnnotatedArticle article) {
    String text = article.article().text();
    List<Tok> toks = tokens(text);
    List<Figure> out = new ArrayList<>();
    for (int i = 0; i < toks.size(); i++) {
      if (insideDateOrTime(article, toks.get(i))) {
        continue;
      }
      Figure f = figureAt(article.id(), text, toks, i);
      if (f != null) {
        out.add(f);
        while (i + 1 < toks.size() && toks.get(i + 1).start() < f.span().end()) {
          i++;
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<Tok> tokens(String text) {
    List<Tok> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      Double number = null;
      if (m.group("num") != null) {
        number = parseDigits(m.group("num"));
        if (m.group("mila") != null) {
          number *= 1000;
        }
      }
      out.add(new Tok(m.start(), m.end(), m.group(), number));
    }
    return out;
  }

  /** "175", "40.000", "40. 000" (spacing of rebuilt text), "5,5". */
  private static double parseDigits(String s) {
    String compact = s.replace(" ", "");
    String[] parts = compact.split(",", -1);
    String whole = parts[0].replace(".", "");
    double value = Double.parseDouble(whole);
    if (parts.length == 2 && parts[1].length() != 3) {
      value += Double.parseDouble("0." + parts[1]);
    } else if (parts.length >= 2) {
      value = Double.parseDouble(compact.replace(".", "").replace(",", ""));
    }
    return value;
  }

  private static boolean insideDateOrTime(AnnotatedArticle article, Tok t) {
    for (TimeExpression x : article.times()) {
      if ((x.type().equals("DATE") || x.type().equals("TIME"))
          && x.span().start() <= t.start()
          && t.end() <= x.span().end()) {
        return true;
      }
    }
    return false;
  }

  private @Nullable Figure figureAt(String id, String text, List<Tok> toks, int i) {
    Tok t = toks.get(i);
    double value;
    boolean approximate = i > 0 && APPROXIMATE.contains(toks.get(i - 1).lower());
    int j;
    if (t.number() != null) {
      value = t.number();
      j = i + 1;
    } else if (COLLECTIVES.containsKey(t.lower())) {
      value = COLLECTIVES.get(t.lower());
      approximate = true;
      j = i + 1;
      while (j + 1 < toks.size()
          && toks.get(j).lower().equals("di")
          && MULTIPLIERS.containsKey(toks.get(j + 1).lower())
          && !toks.get(j + 1).lower().equals("mila")) {
        value *= MULTIPLIERS.get(toks.get(j + 1).lower());
        j += 2;
      }
    } else if (isOne(t) && i + 1 < toks.size() && ROUND.containsKey(toks.get(i + 1).lower())) {
      value = ROUND.get(toks.get(i + 1).lower());
      approximate = true;
      j = i + 2;
    } else if (t.lower().equals("mezz'") || t.lower().equals("mezz’")) {
      value = 0.5;
      j = i + 1;
    } else {
      OptionalLong n = ItalianNumbers.parse(t.lower().replaceAll("['’]$", ""));
      if (n.isEmpty()) {
        return null;
      }
      if (isOne(t)
          && !(i + 1 < toks.size()
              && UNITS.containsKey(toks.get(i + 1).lower())
              && UNITS.get(toks.get(i + 1).lower()).unit() != Figure.Unit.EURO)) {
        return null; // "un americano": an article, not a number; "un'ora", "un anno": one
      }
      value = n.getAsLong();
      j = i + 1;
    }
    if (j < toks.size() && MULTIPLIERS.containsKey(toks.get(j).lower())) {
      value *= MULTIPLIERS.get(toks.get(j).lower());
      j++;
    }
    if (j + 1 < toks.size()
        && toks.get(j).lower().equals("di")
        && (MULTIPLIERS.containsKey(toks.get(j - 1).lower())
            || COLLECTIVES.containsKey(toks.get(j - 1).lower())
            || ROUND.containsKey(toks.get(j - 1).lower()))) {
      j++; // "decine di persone", "una ventina di tute", "2 milioni di euro"
    }
    if (j >= toks.size() || notAFigure(text, toks, i, j)) {
      return null;
    }
    Tok next = toks.get(j);
    UnitWord unit = UNITS.get(next.lower());
    String counted;
    int end = next.end();
    if (unit != null) {
      value *= unit.factor();
      if (j + 2 < toks.size()
          && toks.get(j + 1).lower().equals("e")
          && (toks.get(j + 2).lower().equals("mezza") || toks.get(j + 2).lower().equals("mezzo"))) {
        value += 0.5 * unit.factor(); // "un'ora e mezza"
        end = toks.get(j + 2).end();
      }
      counted = measured(toks, approximate ? i - 1 : i);
    } else if (next.isWord() && !STOP.contains(next.lower()) && gapIsBlank(text, toks, j)) {
      counted = next.lower();
      if (GENERIC.contains(counted)) {
        boolean hedged = i > 0 && APPROXIMATE.contains(toks.get(i - 1).lower()); // "circa"
        String what = governor(text, toks, hedged ? i - 1 : i);
        counted = what.isEmpty() ? counted : counted + " " + what;
      }
    } else {
      return null;
    }
    if (isOne(t) && counted.isEmpty() && end == next.end()) {
      return null; // "un giorno dopo": a time adverbial, not a measure
    }
    Figure.Unit kind = unit == null ? Figure.Unit.COUNT : unit.unit();
    Span span = new Span(t.start(), end);
    return new Figure(id, span, span.of(text), value, kind, counted, approximate);
  }

  private static boolean isOne(Tok t) {
    String w = t.lower();
    return w.equals("un")
        || w.equals("una")
        || w.equals("uno")
        || w.equals("un'")
        || w.equals("un’");
  }

  /**
   * The word that says what happened to a generic count, right before the number: "(la) morte di
   * milioni di persone" → "morte", "ha perso decine di milioni di persone" → "perso"; {@code ""}
   * when a stop word or punctuation stands there.
   */
  private static String governor(String text, List<Tok> toks, int first) {
    int k = first - 1;
    if (k >= 1 && toks.get(k).lower().equals("di") && gapIsBlank(text, toks, k + 1)) {
      k--;
    }
    return k >= 0
            && toks.get(k).isWord()
            && !STOP.contains(toks.get(k).lower())
            && gapIsBlank(text, toks, k + 1)
        ? toks.get(k).lower()
        : "";
  }

  /** What a duration or sum measures: "tregua di 30 giorni", "durata di un'ora", "è durata". */
  private static String measured(List<Tok> toks, int first) {
    int k = first - 1;
    if (k >= 1
        && toks.get(k).lower().equals("di")
        && toks.get(k - 1).isWord()
        && !STOP.contains(toks.get(k - 1).lower())) {
      return toks.get(k - 1).lower();
    }
    if (k >= 0 && toks.get(k).lower().startsWith("durat")) {
      return "durata";
    }
    return "";
  }

  /**
   * A date ("12 febbraio", "2025-02"), a clock time ("alle 21"), a street number ("via Roma 5"), a
   * definite reference rather than a count ("i due presidenti").
   */
  private static boolean notAFigure(String text, List<Tok> toks, int i, int j) {
    Tok t = toks.get(i);
    if (MONTHS.contains(toks.get(j).lower())) {
      return true;
    }
    if (t.number() != null
        && (t.start() > 0 && "-/".indexOf(text.charAt(t.start() - 1)) >= 0
            || t.end() < text.length() && "-/".indexOf(text.charAt(t.end())) >= 0)) {
      return true;
    }
    if (t.number() == null && i > 0 && DEFINITE.contains(toks.get(i - 1).lower())) {
      return true;
    }
    return i > 0 && NOT_BEFORE.contains(toks.get(i - 1).lower()) && toks.get(i).number() != null;
  }

  /** Whether only white space separates token {@code j} from the one before. */
  private static boolean gapIsBlank(String text, List<Tok> toks, int j) {
    return text.substring(toks.get(j - 1).end(), toks.get(j).start()).isBlank();
  }
}
