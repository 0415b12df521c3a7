package org.rassegna.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.SharedData;
import org.rassegna.model.Article;

class PatternScreenTest {

  private static boolean screens(String regex, String text) {
    return PatternScreen.of(Pattern.compile(regex)).orElseThrow().mayMatch(text);
  }

  @Test
  void aTextWithoutTheWordsOrDigitsAPatternNeedsIsRejected() {
    String month = "(il )?(\\d{1,2}) (gennaio|febbraio|marzo)( \\d{4})?";
    assertThat(screens(month, "Mercoledì 12 febbraio 2025 a Roma")).isTrue();
    assertThat(screens(month, "il febbraio più freddo")).isFalse(); // no digits before it
    assertThat(screens(month, "12 aprile")).isFalse();
  }

  @Test
  void classesNegatedClassesAndLookAroundsAreReadAsTheCharactersTheyLetThrough() {
    assertThat(screens("[^a-z]ieri", "Xieri")).isTrue();
    assertThat(screens("[^a-z]ieri", "carabinieri")).isFalse();
    assertThat(screens("(?<![a-z])ieri\\b", "carabinieri")).isTrue(); // what the look-behind needs
    assertThat(screens("[\\d]{2}:[0-5]\\d", "alle 10:45")).isTrue();
    assertThat(screens("[\\d]{2}:[0-5]\\d", "alle 10:75")).isFalse();
  }

  @Test
  void anExpressionItCannotReadHasNoScreen() {
    assertThat(PatternScreen.of(Pattern.compile("\\p{L}+ieri"))).isEmpty();
    assertThat(PatternScreen.of(Pattern.compile("ieri", Pattern.CASE_INSENSITIVE))).isEmpty();
  }

  /**
   * On the seeds and DICE articles (each paragraph alone), no Italian HeidelTime rule matches where
   * its screen says no, and the screens turn away most of the rule-paragraph pairs.
   */
  @Test
  void heidelTimesItalianRulesNeverMatchWhereTheirScreenSaysNo() throws Exception {
    HeidelTimeTagger.italian(); // loads the rules
    Map<Pattern, String> rules =
        RuleChecks.allRules(RuleManager.getInstance(Language.ITALIAN, false));
    List<String> paragraphs = new ArrayList<>();
    List<Article> articles = new ArrayList<>(SharedData.seeds());
    articles.addAll(SharedData.dice(30));
    for (Article a : articles) {
      for (String p : a.text().split("\n")) {
        if (!p.isBlank()) {
          paragraphs.add(p);
        }
      }
    }
    int screened = 0;
    int pairs = 0;
    int rejected = 0;
    List<String> missed = new ArrayList<>();
    for (Map.Entry<Pattern, String> rule : rules.entrySet()) {
      Optional<PatternScreen> screen = PatternScreen.of(rule.getKey());
      if (screen.isEmpty()) {
        continue;
      }
      screened++;
      for (String p : paragraphs) {
        pairs++;
        boolean may = screen.get().mayMatch(p);
        if (!may) {
          rejected++;
        }
        if (!may && rule.getKey().matcher(p).find()) {
          missed.add(rule.getValue() + " in: " + p);
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d of %d rules screened; %d of %d rule-paragraph pairs rejected (%d paragraphs)%n",
        screened,
        rules.size(),
        rejected,
        pairs,
        paragraphs.size());
    assertThat(missed).isEmpty();
    assertThat(screened).isEqualTo(rules.size());
    assertThat(rejected).isGreaterThan(pairs * 9 / 10);
  }
}
