package org.rassegna.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.TimeExpression;
import org.rassegna.model.Token;

/**
 * What in an article is specific to one event rather than to its kind of event: the content that,
 * shared by two reports, says they tell the same event, where shared vocabulary says only that they
 * tell events of one kind (two calls between the same presidents share most of their words).
 *
 * <p>Four kinds of key, all but days from the tokens, so that any language works:
 *
 * <ul>
 *   <li>{@code w:norm}: a rare word, one found in at most {@value #RARE_DF} documents of the {@link
 *       BackgroundFrequencies background corpus} ("Fogel", "Leavitt"; not "Trump", in 32 of 11,959
 *       Wikinews sentences). Only with a background table for the language.
 *   <li>{@code n:175 prigion}: a figure written with digits and the word that follows it (the
 *       counted noun), so that "175 prigionieri" matches "175 prigionieri" but not "175 euro".
 *   <li>{@code p:a b c}: three consecutive content words (stop words skipped), the trace of a
 *       quotation or a sentence that two reports share, unless all three are common in the
 *       background (in more than {@value #COMMON_DF} documents: "presidente stati uniti").
 *   <li>{@code d:2025-02-12}: a calendar day the text names, when the annotator finds times.
 * </ul>
 *
 * <p>Figures and days also tell two events apart ({@link #conflicting}): the same counted noun with
 * other numbers only ("40 anni" against "23 anni": two people), or named days none of which is
 * shared.
 */
final class SpecificContent {

  /** At most this many background documents: a rare word. */
  static final int RARE_DF = 1;

  /** More than this many background documents: a common word. */
  static final int COMMON_DF = 10;

  private static final String FIGURE = "n:";
  private static final String DAY = "d:";

  private SpecificContent() {}

  /** The specific keys of {@code article}, with {@code background} for its language. */
  static Set<String> of(AnnotatedArticle article, BackgroundFrequencies background) {
    Set<String> keys = new HashSet<>();
    List<Token> content = new ArrayList<>();
    for (Token t : article.tokens()) {
      if (!t.stop()) {
        content.add(t);
      }
    }
    for (int i = 0; i < content.size(); i++) {
      String norm = content.get(i).norm();
      boolean digits = isDigits(norm);
      if (digits && i + 1 < content.size() && !isDigits(content.get(i + 1).norm())) {
        keys.add(FIGURE + norm + " " + content.get(i + 1).norm());
      }
      if (!digits
          && background.isPresent()
          && hasLetter(norm)
          && background.documentFrequency(norm) <= RARE_DF) {
        keys.add("w:" + norm);
      }
      if (i + 2 < content.size()) {
        String b = content.get(i + 1).norm();
        String c = content.get(i + 2).norm();
        if (!background.isPresent() || !(common(background, norm, b, c))) {
          keys.add("p:" + norm + " " + b + " " + c);
        }
      }
    }
    for (TimeExpression x : article.times()) {
      if (x.type().equals("DATE") && x.value().matches("\\d{4}-\\d{2}-\\d{2}")) {
        keys.add(DAY + x.value());
      }
    }
    return keys;
  }

  /** The figure and day keys of {@code keys}: what {@link #conflicting} compares. */
  static Set<String> figuresAndDays(Set<String> keys) {
    Set<String> out = new HashSet<>();
    for (String k : keys) {
      if (k.startsWith(FIGURE) || k.startsWith(DAY)) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * Whether an article with keys {@code article} and an event whose members have the figure and day
   * keys {@code event} tell different events: they share no figure and no day, and the event gives
   * one of the article's counted nouns with another number, or both name days.
   */
  static boolean conflicting(Set<String> article, Set<String> event) {
    if (event.isEmpty()) {
      return false;
    }
    boolean conflict = false;
    boolean eventDays = event.stream().anyMatch(k -> k.startsWith(DAY));
    Set<String> eventNouns = null;
    for (String k : article) {
      boolean day = k.startsWith(DAY);
      if (!day && !k.startsWith(FIGURE)) {
        continue;
      }
      if (event.contains(k)) {
        return false; // a shared figure or day: the same event, whatever else differs
      }
      if (day) {
        conflict |= eventDays;
      } else {
        if (eventNouns == null) {
          eventNouns = new HashSet<>();
          for (String e : event) {
            if (e.startsWith(FIGURE)) {
              eventNouns.add(noun(e));
            }
          }
        }
        conflict |= eventNouns.contains(noun(k));
      }
    }
    return conflict;
  }

  private static String noun(String figure) {
    return figure.substring(figure.indexOf(' ') + 1);
  }

  private static boolean common(BackgroundFrequencies background, String... norms) {
    for (String n : norms) {
      if (background.documentFrequency(n) <= COMMON_DF) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }
}
