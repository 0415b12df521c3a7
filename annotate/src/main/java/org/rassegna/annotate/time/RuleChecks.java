package org.rassegna.annotate.time;

import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;
import de.unihd.dbs.uima.types.heideltime.Sentence;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.uima.jcas.JCas;
import org.apache.uima.jcas.tcas.Annotation;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.time.TimeTriggers.Need;
import org.rassegna.model.Span;

/**
 * Spares HeidelTime the rules that cannot match. HeidelTime runs every rule's regular expression
 * over every sentence, and that is nearly all of its time; each rule needs a digit or one of a few
 * words ({@link TimeTriggers#rules}), so on the calling thread, while a document is {@link #only
 * tagged}, HeidelTime iterates on each sentence only the rules whose need the sentence meets. It
 * goes through HeidelTime's rule tables (global per language), replaced once by tables that answer
 * per thread: HeidelTime 2.2.1 reads each table's rules once per sentence, sentence after sentence
 * in the order of the CAS's sentence index, so the n-th reading on a thread is the n-th sentence.
 * On other threads, and outside {@link #only}, HeidelTime runs as shipped.
 */
final class RuleChecks {

  /** HeidelTime's rule tables, one per type. */
  private static final List<String> TABLES =
      List.of("hmDatePattern", "hmTimePattern", "hmDurationPattern", "hmSetPattern");

  /** The document the calling thread tags; null: HeidelTime as shipped. */
  private static final ThreadLocal<@Nullable Document> DOCUMENT = new ThreadLocal<>();

  /**
   * The rules that may match in each sentence of a document, in order, and in the whole document
   * (for a reading past the last sentence, which HeidelTime 2.2.1 does not make); the next sentence
   * of each table.
   */
  private record Document(List<Set<String>> sentences, Set<String> whole, int[] next) {}

  /** Rules of which nothing is known, rules a digit may let match, rules by a word they need. */
  private final Set<String> unknown = new HashSet<>();

  private final Set<String> digit = new HashSet<>();
  private final Map<String, List<String>> byWord = new HashMap<>();

  /** Each rule's pattern, by rule name. */
  private final Map<String, Pattern> patterns = new HashMap<>();

  /**
   * Each rule's screen, made on the rule's first need: making them all was most of HeidelTime's
   * load, and a brief of a few articles needs a part of them. Empty for a rule without one, which
   * runs wherever its need is met.
   */
  private final Map<String, Optional<PatternScreen>> screens = new ConcurrentHashMap<>();

  private RuleChecks(Map<String, @Nullable Need> needs) {
    needs.forEach(
        (rule, need) -> {
          if (need == null) {
            unknown.add(rule);
          } else {
            if (need.digit()) {
              digit.add(rule);
            }
            need.words().forEach(w -> byWord.computeIfAbsent(w, x -> new ArrayList<>()).add(rule));
          }
        });
  }

  /**
   * Installs the checks into HeidelTime's loaded rules, once per language: call it after the first
   * HeidelTime of the language is initialized and before any thread runs one.
   */
  static RuleChecks install(RuleManager rules, TimeTriggers triggers) {
    RuleChecks checks = new RuleChecks(triggers.rules());
    for (int t = 0; t < TABLES.size(); t++) {
      Map<Pattern, String> all = table(rules, t);
      all.forEach((pattern, rule) -> checks.patterns.put(rule, pattern));
      if (!(all instanceof AllowedRules)) { // else installed by an earlier tagger
        tableHandle(t).set(rules, new AllowedRules(all, t));
      }
    }
    return checks;
  }

  /** Every date, time, duration and set rule of {@code rules}: its pattern and its name. */
  static Map<Pattern, String> allRules(RuleManager rules) {
    Map<Pattern, String> all = new HashMap<>();
    for (int t = 0; t < TABLES.size(); t++) {
      all.putAll(table(rules, t));
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private static Map<Pattern, String> table(RuleManager rules, int t) {
    return (Map<Pattern, String>) tableHandle(t).get(rules);
  }

  /** HeidelTime's rule table {@code t} of {@link #TABLES}, a field it keeps to itself. */
  private static VarHandle tableHandle(int t) {
    try {
      return MethodHandles.privateLookupIn(RuleManager.class, MethodHandles.lookup())
          .findVarHandle(RuleManager.class, TABLES.get(t), HashMap.class);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("HeidelTime's rule tables are not as expected", e);
    }
  }

  /**
   * Runs {@code tagging} (HeidelTime on {@code jcas}, its sentences already made) on the calling
   * thread with, on each sentence, only the rules that may match there.
   */
  void only(JCas jcas, Runnable tagging) {
    String text = jcas.getDocumentText().toLowerCase(Locale.ROOT);
    List<String> present = wordsIn(text);
    List<Set<String>> sentences = new ArrayList<>();
    for (Annotation s : jcas.getAnnotationIndex(Sentence.type)) {
      String covered = s.getCoveredText();
      sentences.add(screened(mayMatch(covered.toLowerCase(Locale.ROOT), present), covered));
    }
    DOCUMENT.set(new Document(sentences, mayMatch(text, present), new int[TABLES.size()]));
    try {
      tagging.run();
    } finally {
      DOCUMENT.remove();
    }
  }

  /**
   * Of the {@code units} of {@code text} (spans, in order), those where a rule may match: the unit
   * meets the rule's need and its screen lets the unit through. HeidelTime need not read the
   * others.
   */
  List<Span> whereRulesMayMatch(String text, List<Span> units) {
    List<String> present = wordsIn(text.toLowerCase(Locale.ROOT));
    List<Span> out = new ArrayList<>();
    for (Span u : units) {
      String unit = u.of(text);
      if (!screened(mayMatch(unit.toLowerCase(Locale.ROOT), present), unit).isEmpty()) {
        out.add(u);
      }
    }
    return out;
  }

  /** The words rules need that {@code lower} (lower case) holds. */
  private List<String> wordsIn(String lower) {
    List<String> present = new ArrayList<>();
    for (String w : byWord.keySet()) {
      if (lower.contains(w)) {
        present.add(w);
      }
    }
    return present;
  }

  /**
   * The rules whose need {@code lower} (lower case) meets, of the words only {@code candidates}.
   */
  private Set<String> mayMatch(String lower, List<String> candidates) {
    Set<String> allowed = new HashSet<>(unknown);
    if (lower.chars().anyMatch(c -> c >= '0' && c <= '9')) { // the rules' \d
      allowed.addAll(digit);
    }
    for (String w : candidates) {
      if (lower.contains(w)) {
        allowed.addAll(byWord.get(w));
      }
    }
    return allowed;
  }

  /** Of the {@code rules}, those whose screen lets {@code sentence} through. */
  private Set<String> screened(Set<String> rules, String sentence) {
    rules.removeIf(rule -> !screen(rule).map(s -> s.mayMatch(sentence)).orElse(true));
    return rules;
  }

  /** The screen of {@code rule}, made on first use (once: other threads wait for it). */
  private Optional<PatternScreen> screen(String rule) {
    Pattern pattern = patterns.get(rule);
    return pattern == null
        ? Optional.empty()
        : screens.computeIfAbsent(rule, r -> PatternScreen.of(pattern));
  }

  /**
   * A rule table whose rules, on a thread tagging a document, are those that may match in the
   * sentence HeidelTime reads them for.
   */
  private static final class AllowedRules extends HashMap<Pattern, String> {
    private static final long serialVersionUID = 1L;

    private final int table;

    AllowedRules(Map<Pattern, String> all, int table) {
      super(all);
      this.table = table;
    }

    @Override
    public Set<Pattern> keySet() {
      Document document = DOCUMENT.get();
      if (document == null) {
        return super.keySet();
      }
      int n = document.next()[table]++;
      Set<String> allowed =
          n < document.sentences().size() ? document.sentences().get(n) : document.whole();
      Set<Pattern> out = new LinkedHashSet<>();
      for (Map.Entry<Pattern, String> rule : entrySet()) {
        if (allowed.contains(rule.getValue())) {
          out.add(rule.getKey());
        }
      }
      return out;
    }
  }
}
