package org.rassegna.annotate.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.jspecify.annotations.Nullable;

/**
 * What each of HeidelTime's rules needs of a sentence to match, as a cheap first test before its
 * {@link PatternScreen screen} ({@link RuleChecks}): a digit, or one of the words the rule requires
 * (inside a longer word too). Those words are read from HeidelTime's own resources: each date,
 * time, duration and set rule's extraction pattern is read as a sequence of parts, and the part
 * chosen for the rule is one that every match contains (not optional) and that needs a digit, or
 * else the fewest short words: its letters, or the alternatives of the pattern file it names (month
 * and weekday names, units, "ieri", …). Pattern files that only accompany another part (articles,
 * prepositions, "circa", "scorso") are never chosen. Interval rules are left out: they join
 * expressions the others found.
 */
final class TimeTriggers {

  /** Pattern files whose words never make an expression on their own. */
  private static final Set<String> ACCOMPANYING =
      Set.of(
          "reDefiniteArticle",
          "reOf",
          "rePP",
          "reAndOrTo",
          "reApproximate",
          "rePartWords",
          "reThisNextLast",
          "reThisNextLastAfter",
          "reThisNextLastBefore",
          "reThisNextLastBeforeSingular");

  private static final List<String> RULE_FILES =
      List.of("daterules", "timerules", "durationrules", "setrules");

  private static final Need DIGIT = new Need(true, Set.of());
  private static final Need NOTHING = new Need(false, Set.of());

  /** How common a digit is in a sentence, against the weights of words in {@code commonness}. */
  private static final long DIGIT_COMMONNESS = 50;

  /** Single letters are not used: nearly every word contains them. */
  private static final int SHORTEST = 2;

  /** Words too common to tell anything: a part made of them is chosen last. */
  private static final CharArraySet STOP_WORDS = ItalianAnalyzer.getDefaultStopSet();

  /** Spellings of a run of letters kept apart, at most: {@code [Gg]iorn[oi]} has two. */
  private static final int MAX_SPELLINGS = 16;

  /**
   * What every match of a pattern contains: a digit (if {@code digit}) or one of the {@code words}
   * (lower case, anywhere, inside a longer word too).
   */
  record Need(boolean digit, Set<String> words) {

    Need {
      words = Set.copyOf(words);
    }

    private Need or(Need other) {
      Set<String> union = new HashSet<>(words);
      union.addAll(other.words);
      return new Need(digit || other.digit, union);
    }
  }

  private final Map<String, @Nullable Need> rules;

  private TimeTriggers(Map<String, @Nullable Need> rules) {
    this.rules = rules;
  }

  /** The triggers of HeidelTime's rules for {@code language} ("italian"). */
  static TimeTriggers of(String language) {
    Reader reader = new Reader(language);
    Map<String, @Nullable Need> rules = new HashMap<>();
    for (String file : RULE_FILES) {
      for (String line : lines(language + "/rules/resources_rules_" + file + ".txt")) {
        int name = line.indexOf("RULENAME=\"");
        int from = line.indexOf("\",EXTRACTION=\"");
        int to = line.indexOf("\",NORM_VALUE");
        if (line.startsWith("//") || name < 0 || from < 0 || to < 0) {
          continue;
        }
        Need need = reader.need(line.substring(from + 14, to));
        rules.put(line.substring(name + 10, from), need);
        if (line.contains("NORM_VALUE=\"REMOVE\"")) {
          continue; // a rule that removes what others found finds nothing by itself
        }
        if (need == null) {
          throw new IllegalStateException("no part of this rule is required: " + line);
        }
      }
    }
    return new TimeTriggers(rules);
  }

  /**
   * What each rule (by name) requires of a sentence for it to match; null for a rule of which
   * nothing is known. Rules that remove what others found are in too.
   */
  Map<String, @Nullable Need> rules() {
    return rules;
  }

  /**
   * Reads what a HeidelTime pattern requires of the text. A need is a set of words one of which (or
   * a digit) every match contains: empty when a digit is required, null when nothing is known.
   */
  private static final class Reader {

    private final String language;
    private final Map<String, @Nullable Need> files = new HashMap<>();
    private String p = "";
    private int i;

    Reader(String language) {
      this.language = language;
    }

    @Nullable Need need(String pattern) {
      String outer = p;
      int at = i;
      p = pattern;
      i = 0;
      Need need = alternatives();
      p = outer;
      i = at;
      return need;
    }

    /** Alternatives up to the end or a closing parenthesis: one of them matches. */
    private @Nullable Need alternatives() {
      Need union = NOTHING;
      boolean known = true;
      while (true) {
        Need one = sequence();
        if (one == null) {
          known = false;
        } else {
          union = union.or(one);
        }
        if (i < p.length() && p.charAt(i) == '|') {
          i++;
        } else {
          return known ? union : null;
        }
      }
    }

    /** Parts one after another: all of them match, so the most telling one is enough. */
    private @Nullable Need sequence() {
      Need best = null;
      Set<String> run = Set.of(""); // the spellings of the letters read so far
      while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
        int start = i;
        String letters = letters();
        Need part = letters.isEmpty() ? part() : null;
        if (optional()) {
          part = null;
          letters = "";
        } else if (p.charAt(start) == '%' && part == null) {
          continue; // an accompanying pattern file: it does not end a run of letters
        }
        if (!letters.isEmpty() && run.size() * letters.length() <= MAX_SPELLINGS) {
          Set<String> longer = new HashSet<>();
          for (String r : run) {
            letters.chars().forEach(c -> longer.add(r + (char) c));
          }
          run = longer;
          continue;
        }
        best = better(best, run(run));
        run = Set.of("");
        best = better(best, part);
      }
      return better(best, run(run));
    }

    /**
     * The letters the text may have at the cursor: one, or those of a class of letters such as
     * {@code [Mm]} or {@code [oi]}, lower-cased; empty if it is not a letter.
     */
    private String letters() {
      char c = p.charAt(i);
      if (Character.isLetter(c)) {
        i++;
        return String.valueOf(Character.toLowerCase(c));
      }
      int end = p.indexOf(']', i);
      if (c == '['
          && end > i + 1
          && p.substring(i + 1, end).chars().allMatch(Character::isLetter)) {
        String members = p.substring(i + 1, end).toLowerCase(Locale.ROOT);
        i = end + 1;
        return members
            .chars()
            .distinct()
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
      }
      return "";
    }

    /** One part that is not a letter: a group, a class, an escape, a pattern file or a sign. */
    private @Nullable Need part() {
      char c = p.charAt(i++);
      switch (c) {
        case '(' -> {
          boolean look = p.startsWith("?=", i) || p.startsWith("?!", i) || p.startsWith("?<", i);
          if (p.startsWith("?:", i)) {
            i += 2;
          }
          Need inner = alternatives();
          i++; // ')'
          return look ? null : inner;
        }
        case '[' -> {
          int end = p.indexOf(']', i + 1);
          String members = p.substring(i, end);
          i = end + 1;
          return members.equals("\\d")
                  || members.chars().allMatch(ch -> Character.isDigit(ch) || ch == '-')
              ? DIGIT
              : null;
        }
        case '\\' -> {
          return p.charAt(i++) == 'd' ? DIGIT : null;
        }
        case '%' -> {
          String name = patternName();
          return name == null || ACCOMPANYING.contains(name) ? null : file(name);
        }
        default -> {
          return Character.isDigit(c) ? DIGIT : null;
        }
      }
    }

    /** Skips a quantifier; whether it makes the part before it optional. */
    private boolean optional() {
      if (i >= p.length()) {
        return false;
      }
      char q = p.charAt(i);
      if (q == '?' || q == '*') {
        i++;
        return true;
      }
      if (q == '+') {
        i++;
      } else if (q == '{') {
        int end = p.indexOf('}', i);
        boolean none = p.charAt(i + 1) == '0';
        i = end + 1;
        return none;
      }
      return false;
    }

    /**
     * The name of the pattern file referred to at the cursor, just after "%": the longest run of
     * letters there that names one, as HeidelTime reads "%reUnitanno"; null for a per cent sign.
     */
    private @Nullable String patternName() {
      int end = i;
      while (end < p.length() && Character.isLetterOrDigit(p.charAt(end))) {
        end++;
      }
      for (; end > i; end--) {
        String name = p.substring(i, end);
        if (TimeTriggers.class.getClassLoader().getResource(patternFile(name)) != null) {
          i = end;
          return name;
        }
      }
      return null;
    }

    /** A pattern file's need: one of its lines matches. */
    private @Nullable Need file(String name) {
      if (!files.containsKey(name)) {
        Need union = NOTHING;
        boolean known = true;
        for (String line : lines(patternFile(name))) {
          if (!line.startsWith("//") && !line.isBlank()) {
            Need one = need(line);
            if (one == null) {
              known = false;
            } else {
              union = union.or(one);
            }
          }
        }
        files.put(name, known ? union : null);
      }
      return files.get(name);
    }

    private String patternFile(String name) {
      return language + "/repattern/resources_repattern_" + name + ".txt";
    }

    private static @Nullable Need run(Set<String> spellings) {
      return spellings.iterator().next().length() >= SHORTEST ? new Need(false, spellings) : null;
    }

    /** The more telling need: fewer common and short words, a digit counting as a common one. */
    private static @Nullable Need better(@Nullable Need a, @Nullable Need b) {
      if (a == null || b == null) {
        return a == null ? b : a;
      }
      return commonness(a) <= commonness(b) ? a : b;
    }

    /**
     * How often a sentence meets the need, roughly: stop words, then a digit, then the shortest
     * words count most.
     */
    private static long commonness(Need need) {
      return (need.digit() ? DIGIT_COMMONNESS : 0)
          + need.words().stream()
              .mapToLong(
                  w ->
                      STOP_WORDS.contains(w)
                          ? 1000
                          : w.length() == 2 ? 100 : w.length() == 3 ? 10 : 1)
              .sum();
    }
  }

  private static List<String> lines(String resource) {
    InputStream in = TimeTriggers.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the class path");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
