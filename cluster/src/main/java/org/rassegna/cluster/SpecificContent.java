package org.rassegna.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Token;

/**
 * What in an article is specific to one event rather than to its kind of event: the content that,
 * shared by two reports, says they tell the same event, where shared vocabulary says only that they
 * tell events of one kind (two calls between the same presidents share most of their words).
 *
 * <p>Three kinds of key, all from the tokens, so that any language works:
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
 * </ul>
 */
final class SpecificContent {

  /** At most this many background documents: a rare word. */
  static final int RARE_DF = 1;

  /** More than this many background documents: a common word. */
  static final int COMMON_DF = 10;

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
        keys.add("n:" + norm + " " + content.get(i + 1).norm());
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
    return keys;
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
