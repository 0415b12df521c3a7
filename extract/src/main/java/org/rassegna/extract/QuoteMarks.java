package org.rassegna.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.rassegna.model.Span;

/**
 * Pairs quotation marks: typographic “…”, guillemets «…» and straight "…", nested ones inside the
 * outermost pair, and quotations that run over several paragraphs. Italian typography reopens a
 * multi-paragraph quotation at the start of each paragraph and closes it only at its end; some
 * outlets do not reopen it at all. An opening mark left unclosed is dropped, never guessed.
 */
final class QuoteMarks {

  private QuoteMarks() {}

  /** A quoted passage: {@code marks} from its opening to its closing mark, both included. */
  record Quoted(Span marks, Span inside) {}

  static List<Quoted> find(String text) {
    List<Quoted> out = new ArrayList<>();
    Deque<Character> open = new ArrayDeque<>();
    int start = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (!open.isEmpty() && !continuesAfter(text, i, open.peekLast())) {
          open.clear();
        }
        continue;
      }
      if (c == '"' && secondsMark(text, i, inStraight(open))) {
        continue;
      }
      boolean straight = c == '"';
      boolean opening = c == '\u201C' || c == '\u00AB' || (straight && !inStraight(open));
      boolean closing = c == '\u201D' || c == '\u00BB' || (straight && inStraight(open));
      if (opening) {
        if (open.isEmpty()) {
          start = i;
        } else if (reopensParagraph(text, i) && open.size() == 1 && open.peekLast() == c) {
          continue; // the same quotation, reopened at a new paragraph
        }
        open.push(c);
      } else if (closing && !open.isEmpty()) {
        open.pop();
        if (open.isEmpty()) {
          Span inside = trim(text, start + 1, i);
          if (inside.length() > 0) {
            out.add(new Quoted(new Span(start, i + 1), inside));
          }
        }
      }
    }
    return out;
  }

  /**
   * A straight mark glued to the number before it is a unit of time or length ("1,33"42", "A 17" si
   * è classificato", "a 1'9" da Martin"), not a quotation mark: it opens nothing, and closes
   * nothing when a number follows it or the number before it already holds minutes ("1'56"").
   */
  private static boolean secondsMark(String text, int i, boolean quoteOpen) {
    if (i == 0 || !Character.isDigit(text.charAt(i - 1))) {
      return false;
    }
    if (!quoteOpen) {
      return true;
    }
    int j = i - 1;
    while (j > 0 && Character.isDigit(text.charAt(j - 1))) {
      j--;
    }
    boolean minutes =
        j > 1
            && "'\u2019".indexOf(text.charAt(j - 1)) >= 0
            && Character.isDigit(text.charAt(j - 2));
    return minutes || i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
  }

  private static boolean inStraight(Deque<Character> open) {
    return !open.isEmpty() && open.peek() == '"';
  }

  /** Whether {@code i} is the first non-blank character of its line. */
  private static boolean reopensParagraph(String text, int i) {
    int j = i - 1;
    while (j >= 0 && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
      j--;
    }
    return j < 0 || text.charAt(j) == '\n';
  }

  /**
   * Whether a quotation still open at the line break {@code nl} goes on: the next paragraph either
   * reopens it with the same mark or closes it.
   */
  private static boolean continuesAfter(String text, int nl, char mark) {
    int i = nl;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    if (text.charAt(i) == mark) {
      return true;
    }
    int end = text.indexOf('\n', i);
    String next = text.substring(i, end < 0 ? text.length() : end);
    char close = mark == '\u201C' ? '\u201D' : mark == '\u00AB' ? '\u00BB' : '"';
    int closeAt = next.indexOf(close);
    int reopenAt = mark == '"' ? -1 : next.indexOf(mark);
    return closeAt >= 0 && (reopenAt < 0 || closeAt < reopenAt);
  }

  private static Span trim(String text, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return new Span(s, e);
  }
}
