package org.rassegna.annotate.corenlp;

/**
 * A stretch of text with every run of white space collapsed to one space and the ends trimmed, with
 * a map back to the original offsets. CoreNLP's Italian tokenizer reports wrong character offsets
 * after a run of white space, so it is given the compact text and its offsets are mapped back here.
 */
final class CompactText {

  private final String text;
  private final int[] original;
  private final int originalEnd;

  private CompactText(String text, int[] original, int originalEnd) {
    this.text = text;
    this.original = original;
    this.originalEnd = originalEnd;
  }

  /** The characters {@code [start, end)} of {@code source}, compacted. */
  static CompactText of(String source, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    int[] map = new int[end - start + 1];
    boolean pendingSpace = false;
    for (int i = start; i < end; i++) {
      char c = source.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        map[out.length()] = i - 1;
        out.append(' ');
        pendingSpace = false;
      }
      map[out.length()] = i;
      out.append(c);
    }
    int lastEnd = out.length() == 0 ? start : map[out.length() - 1] + 1;
    return new CompactText(out.toString(), map, lastEnd);
  }

  String text() {
    return text;
  }

  /** The original offset of compact offset {@code i} taken as a start. */
  int start(int i) {
    return i >= text.length() ? originalEnd : original[i];
  }

  /** The original offset of compact offset {@code i} taken as an exclusive end. */
  int end(int i) {
    return i <= 0 ? start(0) : original[i - 1] + 1;
  }
}
