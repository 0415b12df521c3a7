package org.rassegna.annotate.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Whether a text may hold a match of a regular expression, told by one pass of a deterministic
 * automaton instead of trying the expression at every position. The automaton accepts a superset of
 * what the expression matches: what cannot be told from the characters matched is let through (word
 * boundaries, anchors and look-arounds match anything, a back-reference any string), so a text it
 * rejects has no match, and one it accepts may have one. Reads the syntax of {@link Pattern}
 * without flags; an expression it cannot read, or whose automaton grows too large, has no screen.
 */
final class PatternScreen {

  /** Work allowed to make an automaton deterministic, past which an expression has no screen. */
  private static final int WORK_LIMIT = 200_000;

  private final CharacterRunAutomaton automaton;

  private PatternScreen(CharacterRunAutomaton automaton) {
    this.automaton = automaton;
  }

  /** The screen of {@code pattern}, if it can be made. */
  static Optional<PatternScreen> of(Pattern pattern) {
    if (pattern.flags() != 0) {
      return Optional.empty();
    }
    try {
      Automaton matches = new Parser(pattern.pattern()).expression();
      // anything, then a match: reaching an accepting state means the text so far ends in a match
      Automaton endsInMatch =
          Operations.determinize(
              Operations.concatenate(Automata.makeAnyString(), matches), WORK_LIMIT);
      return Optional.of(new PatternScreen(new CharacterRunAutomaton(endsInMatch, WORK_LIMIT)));
    } catch (UnsupportedOperationException | TooComplexToDeterminizeException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code text} may hold a match: false only if it holds none. */
  boolean mayMatch(CharSequence text) {
    int state = 0;
    if (automaton.isAccept(state)) {
      return true; // the expression matches the empty string
    }
    for (int i = 0; i < text.length(); i++) {
      state = automaton.step(state, text.charAt(i));
      if (state < 0) {
        return false;
      }
      if (automaton.isAccept(state)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A recursive-descent reader of a regular expression into an automaton of the strings its matches
   * may be. Characters are UTF-16 units, as {@link #mayMatch} reads the text.
   */
  private static final class Parser {

    private final String p;
    private int i;

    Parser(String p) {
      this.p = p;
    }

    Automaton expression() {
      Automaton a = alternatives();
      if (i != p.length()) {
        throw new UnsupportedOperationException("unbalanced ')' at " + i);
      }
      return a;
    }

    private Automaton alternatives() {
      List<Automaton> options = new ArrayList<>();
      options.add(sequence());
      while (i < p.length() && p.charAt(i) == '|') {
        i++;
        options.add(sequence());
      }
      return options.size() == 1 ? options.get(0) : Operations.union(options);
    }

    private Automaton sequence() {
      List<Automaton> parts = new ArrayList<>();
      while (i < p.length() && p.charAt(i) != '|' && p.charAt(i) != ')') {
        parts.add(quantified(atom()));
      }
      return parts.isEmpty() ? Automata.makeEmptyString() : Operations.concatenate(parts);
    }

    private Automaton quantified(Automaton atom) {
      if (i >= p.length()) {
        return atom;
      }
      Automaton out;
      switch (p.charAt(i)) {
        case '?' -> {
          i++;
          out = Operations.optional(atom);
        }
        case '*' -> {
          i++;
          out = Operations.repeat(atom);
        }
        case '+' -> {
          i++;
          out = Operations.repeat(atom, 1);
        }
        case '{' -> {
          int close = p.indexOf('}', i);
          if (close < 0) {
            throw new UnsupportedOperationException("'{' without '}'");
          }
          String[] bounds = p.substring(i + 1, close).split(",", -1);
          i = close + 1;
          int min = Integer.parseInt(bounds[0]);
          if (bounds.length == 1) {
            out = Operations.repeat(atom, min, min);
          } else if (bounds[1].isEmpty()) {
            out = Operations.repeat(atom, min);
          } else {
            out = Operations.repeat(atom, min, Integer.parseInt(bounds[1]));
          }
        }
        default -> {
          return atom;
        }
      }
      // lazy and possessive quantifiers match no string the greedy one cannot
      if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
        i++;
      }
      return out;
    }

    private Automaton atom() {
      char c = p.charAt(i++);
      switch (c) {
        case '(' -> {
          boolean look = false;
          if (p.startsWith("?:", i)) {
            i += 2;
          } else if (p.startsWith("?=", i) || p.startsWith("?!", i)) {
            i += 2;
            look = true;
          } else if (p.startsWith("?<=", i) || p.startsWith("?<!", i)) {
            i += 3;
            look = true;
          } else if (i < p.length() && p.charAt(i) == '?') {
            throw new UnsupportedOperationException("group (?" + p.charAt(i + 1));
          }
          Automaton inner = alternatives();
          if (i >= p.length() || p.charAt(i) != ')') {
            throw new UnsupportedOperationException("'(' without ')'");
          }
          i++;
          // a look-around matches no characters; what it requires is let through
          return look ? Automata.makeEmptyString() : inner;
        }
        case '[' -> {
          return charClass();
        }
        case '.' -> {
          return Automata.makeAnyChar();
        }
        case '^', '$' -> {
          return Automata.makeEmptyString();
        }
        case '\\' -> {
          return escape();
        }
        default -> {
          return Automata.makeChar(c);
        }
      }
    }

    /** After a backslash, outside a class. */
    private Automaton escape() {
      char c = p.charAt(i);
      if (c == 'b' || c == 'B') {
        i++;
        return Automata.makeEmptyString();
      }
      if (c >= '1' && c <= '9') {
        while (i < p.length() && Character.isDigit(p.charAt(i))) {
          i++;
        }
        return Automata.makeAnyString(); // a back-reference: whatever its group matched
      }
      return oneOf(classEscape(), false);
    }

    /** A class {@code [...]} after its '['. */
    private Automaton charClass() {
      boolean negated = i < p.length() && p.charAt(i) == '^';
      if (negated) {
        i++;
      }
      return oneOf(members(), negated);
    }

    /**
     * The ranges of a class's members up to its ']', after its '[' (and '^'); a class nested in it
     * (as HeidelTime writes {@code [\u2000-\u200A[\s]]}) adds its members.
     */
    private List<int[]> members() {
      List<int[]> ranges = new ArrayList<>();
      boolean first = true;
      while (i < p.length() && (p.charAt(i) != ']' || first)) {
        first = false;
        char c = p.charAt(i++);
        if (c == '[') {
          if (i < p.length() && p.charAt(i) == '^') {
            throw new UnsupportedOperationException("negated nested class at " + i);
          }
          ranges.addAll(members());
          continue;
        }
        if (c == '&' && i < p.length() && p.charAt(i) == '&') {
          throw new UnsupportedOperationException("class intersection at " + i);
        }
        List<int[]> one = c == '\\' ? classEscape() : List.of(new int[] {c, c});
        if (one.size() == 1
            && one.get(0)[0] == one.get(0)[1]
            && i + 1 < p.length()
            && p.charAt(i) == '-'
            && p.charAt(i + 1) != ']') {
          i++; // a range: its end is a character or an escaped one
          char to = p.charAt(i++);
          int end = to == '\\' ? single(classEscape()) : to;
          ranges.add(new int[] {one.get(0)[0], end});
        } else {
          ranges.addAll(one);
        }
      }
      if (i >= p.length()) {
        throw new UnsupportedOperationException("'[' without ']'");
      }
      i++;
      return ranges;
    }

    /** The characters an escape stands for (after its backslash), as ranges. */
    private List<int[]> classEscape() {
      char c = p.charAt(i++);
      return switch (c) {
        case 'd' -> List.of(new int[] {'0', '9'});
        case 's' -> List.of(new int[] {' ', ' '}, new int[] {'\t', '\r'}); // \t \n \u000B \f \r
        case 'w' ->
            List.of(
                new int[] {'a', 'z'},
                new int[] {'A', 'Z'},
                new int[] {'0', '9'},
                new int[] {'_', '_'});
        case 'D', 'S', 'W' -> List.of(new int[] {0, Character.MAX_VALUE});
        case 't' -> List.of(new int[] {'\t', '\t'});
        case 'n' -> List.of(new int[] {'\n', '\n'});
        case 'r' -> List.of(new int[] {'\r', '\r'});
        case 'f' -> List.of(new int[] {'\f', '\f'});
        case 'u' -> {
          int code = Integer.parseInt(p.substring(i, i + 4), 16);
          i += 4;
          yield List.of(new int[] {code, code});
        }
        default -> {
          if (Character.isLetterOrDigit(c)) {
            throw new UnsupportedOperationException("escape \\" + c);
          }
          yield List.of(new int[] {c, c}); // an escaped sign stands for itself
        }
      };
    }

    private static int single(List<int[]> ranges) {
      if (ranges.size() != 1 || ranges.get(0)[0] != ranges.get(0)[1]) {
        throw new UnsupportedOperationException("a class as a range's end");
      }
      return ranges.get(0)[0];
    }

    /**
     * One character of the {@code ranges}, or of none of them if {@code negated}: a single step, so
     * that a class of many members costs no more to determinize than one character.
     */
    private static Automaton oneOf(List<int[]> ranges, boolean negated) {
      List<int[]> sorted = new ArrayList<>(ranges);
      sorted.sort((x, y) -> Integer.compare(x[0], y[0]));
      List<int[]> merged = new ArrayList<>();
      for (int[] r : sorted) {
        int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
        if (last != null && r[0] <= last[1] + 1) {
          last[1] = Math.max(last[1], r[1]);
        } else {
          merged.add(new int[] {r[0], r[1]});
        }
      }
      if (negated) {
        List<int[]> gaps = new ArrayList<>();
        int from = 0;
        for (int[] r : merged) {
          if (r[0] > from) {
            gaps.add(new int[] {from, r[0] - 1});
          }
          from = r[1] + 1;
        }
        if (from <= Character.MAX_VALUE) {
          gaps.add(new int[] {from, Character.MAX_VALUE});
        }
        merged = gaps;
      }
      Automaton a = new Automaton();
      int start = a.createState();
      int end = a.createState();
      a.setAccept(end, true);
      for (int[] r : merged) {
        a.addTransition(start, end, r[0], r[1]);
      }
      a.finishState();
      return a;
    }
  }
}
