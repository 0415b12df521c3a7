package org.rassegna.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Italian Wikinews articles of a KIND file (one {@code token<TAB>tag} a line, a blank line
 * between sentences) rebuilt as plain text, exactly as {@code gold/kind_texts.py} does, so that
 * gold offsets made on the Python side hold here. KIND glues each article's title to the end of the
 * previous article's last sentence: the title starts at the first sentence-final token ({@code . !
 * ?}) followed by a capital, a digit or an opening mark, and a title ending in ':' goes on in the
 * next sentence. Each article is its title, an empty line, then its sentences joined by a space.
 * The tags are never read.
 */
public final class KindArticles {

  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(",", ".", ";", ":", "!", "?", ")", "]", "»", "”", "%", "...");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "«", "“");
  private static final Set<String> FINAL = Set.of(".", "!", "?");
  private static final Set<String> SENTENCE_END =
      Set.of(".", "!", "?", ":", ";", "»", "”", "\"", ")");

  private KindArticles() {}

  /** The articles of {@code file}, in file order (their ids are {@code wn-0}, {@code wn-1} …). */
  public static List<String> read(Path file) throws IOException {
    List<String> articles = new ArrayList<>();
    List<String> title = null;
    List<List<String>> body = new ArrayList<>();
    List<String> pendingTitle = null;
    for (List<String> sent : sentences(file)) {
      if (pendingTitle != null) {
        title = new ArrayList<>(pendingTitle);
        title.addAll(sent);
        body = new ArrayList<>();
        pendingTitle = null;
        continue;
      }
      int cut = titleStart(sent);
      if (title == null) {
        title = sent;
        continue;
      }
      if (cut < 0) {
        body.add(sent);
        continue;
      }
      body.add(sent.subList(0, cut));
      articles.add(article(title, body));
      List<String> rest = sent.subList(cut, sent.size());
      if (rest.get(rest.size() - 1).equals(":")) {
        pendingTitle = rest;
      } else {
        title = rest;
        body = new ArrayList<>();
      }
    }
    if (title != null) {
      articles.add(article(title, body));
    }
    return articles;
  }

  /**
   * The pieces of a KIND file whose titles are sentences of their own (the training split): every
   * sentence that does not end in sentence punctuation or a closing mark and starts with a capital,
   * a digit or an opening mark starts a new piece, as its title. Titles glued to the previous
   * sentence, as in the news split, are not split off, so a piece can hold more than one article; a
   * section heading also starts a piece. Ids {@code wt-0}, {@code wt-1} … in file order.
   */
  public static List<String> readTitled(Path file) throws IOException {
    List<String> pieces = new ArrayList<>();
    List<String> title = null;
    List<List<String>> body = new ArrayList<>();
    for (List<String> sent : sentences(file)) {
      if (title != null && !ownTitle(sent)) {
        body.add(sent);
        continue;
      }
      if (title != null) {
        pieces.add(article(title, body));
      }
      title = sent;
      body = new ArrayList<>();
    }
    if (title != null) {
      pieces.add(article(title, body));
    }
    return pieces;
  }

  private static boolean ownTitle(List<String> sent) {
    String first = sent.get(0);
    int c = first.codePointAt(0);
    return !SENTENCE_END.contains(sent.get(sent.size() - 1))
        && (Character.isUpperCase(c)
            || Character.isDigit(c)
            || NO_SPACE_AFTER.contains(first)
            || first.equals("\""));
  }

  private static List<List<String>> sentences(Path file) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isEmpty()) {
        if (!current.isEmpty()) {
          sentences.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line.split("\t", -1)[0]);
      }
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }

  private static int titleStart(List<String> sent) {
    for (int j = 0; j < sent.size() - 1; j++) {
      String next = sent.get(j + 1);
      int c = next.codePointAt(0);
      if (FINAL.contains(sent.get(j))
          && (Character.isUpperCase(c)
              || Character.isDigit(c)
              || next.equals("«")
              || next.equals("“"))) {
        return j + 1;
      }
    }
    return -1;
  }

  private static String article(List<String> title, List<List<String>> body) {
    StringBuilder b = new StringBuilder(detokenise(title)).append("\n\n");
    for (int i = 0; i < body.size(); i++) {
      b.append(i == 0 ? "" : " ").append(detokenise(body.get(i)));
    }
    return b.toString();
  }

  /** Joins tokens; straight double quotes alternate between opening and closing. */
  static String detokenise(List<String> tokens) {
    StringBuilder s = new StringBuilder();
    boolean quoteOpen = false;
    boolean glue = true;
    for (String t : tokens) {
      boolean straight = t.equals("\"");
      boolean opening = NO_SPACE_AFTER.contains(t) || straight && !quoteOpen;
      boolean closing = NO_SPACE_BEFORE.contains(t) || straight && quoteOpen;
      if (!glue && !closing) {
        s.append(' ');
      }
      s.append(t);
      if (straight) {
        quoteOpen = !quoteOpen;
      }
      glue = opening || t.endsWith("'") || t.endsWith("’");
    }
    return s.toString();
  }
}
