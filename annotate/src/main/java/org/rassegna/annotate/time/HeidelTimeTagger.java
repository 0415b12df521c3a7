package org.rassegna.annotate.time;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.components.impl.AllLanguagesTokenizerWrapper;
import de.unihd.dbs.heideltime.standalone.components.impl.JCasFactoryImpl;
import de.unihd.dbs.heideltime.standalone.components.impl.UimaContextImpl;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.annotator.heideltime.resources.RuleManager;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.uima.UIMAFramework;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.XMLInputSource;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.Article;
import org.rassegna.model.ArticleDay;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.TimeExpression;

/**
 * Italian time expressions with HeidelTime's rules, tokenized by HeidelTime's own language-neutral
 * tokenizer (no external part-of-speech tagger), then {@link NewsTimeRules corrected} where the
 * rules go wrong on news text.
 *
 * <p>Relative expressions ("ieri", "mercoledì") are resolved against the {@link ArticleDay#anchor
 * anchor} of the article's day: its publication day; when it has none, the rule is read off the
 * dates a first pass (narrative rules, no reference day) finds in the sentences with digits, and
 * the news rules run again against its anchor (the one day the text states, else a guess the later
 * stages do not trust); when there is no anchor at all they keep HeidelTime's underspecified value
 * ({@code XXXX-…}). Thread-safe: each thread gets its own HeidelTime engine (about 2.4 MB of heap:
 * the rules are global per language), built on its first article.
 */
public final class HeidelTimeTagger implements TimeTagger {

  private static @Nullable HeidelTimeTagger italian;

  private final Language language;
  private final RuleChecks checks;
  private final ThreadLocal<Engine> engines = ThreadLocal.withInitial(this::newEngine);

  /**
   * One thread's HeidelTime: its two rule sets (news, resolved against a day; narratives, against
   * the text) and the CAS they work in, reused from article to article.
   */
  private record Engine(
      HeidelTime news, HeidelTime narrative, JCas jcas, AllLanguagesTokenizerWrapper tokenizer) {}

  private final double loadSeconds;

  private HeidelTimeTagger(Language language) {
    long start = System.nanoTime();
    this.language = language;
    TimeTriggers triggers = TimeTriggers.of(language.getResourceFolder());
    engines.get(); // load the rules now, where the caller can time them
    this.checks = RuleChecks.install(RuleManager.getInstance(language, false), triggers);
    loadSeconds = (System.nanoTime() - start) / 1e9;
  }

  /** Seconds the rules, the first engine, the triggers and the checks took to load. */
  public double loadSeconds() {
    return loadSeconds;
  }

  /**
   * A new engine for the calling thread. HeidelTime reads its settings from a global {@link Config}
   * and fills its rule and pattern caches, global per language, on first use, unguarded: engines
   * are built one at a time, after which those globals are only read.
   */
  private Engine newEngine() {
    synchronized (HeidelTimeTagger.class) {
      Config.setProps(config());
      try {
        HeidelTime news = new HeidelTime();
        news.initialize(new UimaContextImpl(language, DocumentType.NEWS, false));
        HeidelTime narrative = new HeidelTime();
        narrative.initialize(new UimaContextImpl(language, DocumentType.NARRATIVES, false));
        TypeSystemDescription types =
            UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(
                    new XMLInputSource(
                        HeidelTime.class
                            .getClassLoader()
                            .getResource(Config.get(Config.TYPESYSTEMHOME))));
        JCas jcas = new JCasFactoryImpl(new TypeSystemDescription[] {types}).createJCas();
        AllLanguagesTokenizerWrapper tokenizer = new AllLanguagesTokenizerWrapper();
        tokenizer.initialize(new Properties());
        return new Engine(news, narrative, jcas, tokenizer);
      } catch (Exception e) { // UIMA declares Exception
        throw new IllegalStateException("HeidelTime could not start", e);
      }
    }
  }

  /** The Italian tagger, loaded on first use. */
  public static synchronized HeidelTimeTagger italian() {
    if (italian == null) {
      italian = new HeidelTimeTagger(Language.ITALIAN);
    }
    return italian;
  }

  @Override
  public List<TimeExpression> tag(Article article) {
    List<Span> paragraphs = new ArrayList<>();
    String text = article.text();
    for (int start = 0; start <= text.length(); ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      paragraphs.add(new Span(start, end));
      start = end + 1;
    }
    return tag(article, paragraphs, true).times();
  }

  @Override
  public List<TimeExpression> tag(Article article, List<Sentence> sentences) {
    return dated(article, sentences).times();
  }

  @Override
  public Dated dated(Article article, List<Sentence> sentences) {
    return tag(article, sentences.stream().map(Sentence::span).toList(), true);
  }

  /**
   * The time expressions of {@code article} and its day, the rules run only on the {@code units}
   * (sentences or paragraphs, in order) where they may match, or on the whole text unless {@code
   * onlyWhereTheyMay}.
   */
  Dated tag(Article article, List<Span> units, boolean onlyWhereTheyMay) {
    Engine engine = engines.get();
    String text = article.text();
    List<Span> candidates =
        onlyWhereTheyMay
            ? checks.whereRulesMayMatch(text, units)
            : List.of(new Span(0, text.length()));
    RuleChecks only = onlyWhereTheyMay ? checks : null;
    ArticleDay day = ArticleDay.of(article.published(), List.of());
    List<TimeExpression> found;
    if (day.basis() == ArticleDay.Basis.PUBLISHED) {
      found = run(engine, engine.news(), only, text, candidates, day.anchor());
    } else {
      // the day the text states has a digit: look for it where there are digits only
      List<Span> withDigits =
          onlyWhereTheyMay
              ? candidates.stream().filter(u -> hasDigit(text, u)).toList()
              : candidates;
      found = run(engine, engine.narrative(), only, text, withDigits, null);
      day = ArticleDay.of(article.published(), found);
      if (day.anchor() != null) {
        found = run(engine, engine.news(), only, text, candidates, day.anchor());
      } else if (withDigits.size() < candidates.size()) {
        found = run(engine, engine.narrative(), only, text, candidates, null);
      }
    }
    return new Dated(NewsTimeRules.correct(found, text, day.anchor()), day);
  }

  /**
   * This tagger with its rules run on the whole text, never sparing the sentences or the rules that
   * cannot match: HeidelTime as shipped, for comparison in benchmarks.
   */
  public TimeTagger everywhere() {
    return article -> tag(article, List.of(new Span(0, article.text().length())), false).times();
  }

  private static boolean hasDigit(String text, Span unit) {
    for (int i = unit.start(); i < unit.end(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} with only {@code units} left, the rest blanked (line breaks kept), so that the
   * rules see the same offsets.
   */
  private static String only(String text, List<Span> units) {
    if (units.size() == 1 && units.get(0).length() == text.length()) {
      return text;
    }
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = text.charAt(i) == '\n' ? '\n' : ' ';
    }
    for (Span u : units) {
      text.getChars(u.start(), u.end(), out, u.start());
    }
    return new String(out);
  }

  /**
   * HeidelTime's expressions in the {@code units} of {@code text}, with only the rules that may
   * match there unless {@code checks} is null; none when there are no units.
   */
  private static List<TimeExpression> run(
      Engine engine,
      HeidelTime rules,
      @Nullable RuleChecks checks,
      String text,
      List<Span> units,
      @Nullable LocalDate reference) {
    if (units.isEmpty()) {
      return List.of();
    }
    JCas jcas = engine.jcas();
    try {
      jcas.reset(); // a new CAS costs more than the rules
      jcas.setDocumentText(only(text, units));
      if (reference != null) {
        Dct dct = new Dct(jcas);
        dct.setValue(
            String.format(
                Locale.ROOT,
                "%04d.%02d.%02dT00:00",
                reference.getYear(),
                reference.getMonthValue(),
                reference.getDayOfMonth()));
        dct.addToIndexes();
      }
      engine.tokenizer().process(jcas);
      if (checks == null) {
        rules.process(jcas);
      } else {
        checks.only(jcas, () -> rules.process(jcas));
      }
      List<TimeExpression> out = new ArrayList<>();
      for (org.apache.uima.jcas.tcas.Annotation a : jcas.getAnnotationIndex(Timex3.type)) {
        Timex3 t = (Timex3) a;
        Span span = new Span(t.getBegin(), t.getEnd());
        out.add(new TimeExpression(span, span.of(text), t.getTimexType(), t.getTimexValue()));
      }
      out.sort((a, b) -> a.span().compareTo(b.span()));
      return out;
    } catch (Exception e) { // UIMA declares Exception
      throw new IllegalStateException("HeidelTime failed", e);
    }
  }

  private static Properties config() {
    Properties p = new Properties();
    p.setProperty(Config.CONSIDER_DATE, "true");
    p.setProperty(Config.CONSIDER_DURATION, "true");
    p.setProperty(Config.CONSIDER_SET, "true");
    p.setProperty(Config.CONSIDER_TIME, "true");
    p.setProperty(Config.CONSIDER_TEMPONYM, "false");
    p.setProperty(Config.TYPESYSTEMHOME, "desc/type/HeidelTime_TypeSystem.xml");
    p.setProperty(Config.UIMAVAR_DATE, "Date");
    p.setProperty(Config.UIMAVAR_DURATION, "Duration");
    p.setProperty(Config.UIMAVAR_LANGUAGE, "Language");
    p.setProperty(Config.UIMAVAR_SET, "Set");
    p.setProperty(Config.UIMAVAR_TIME, "Time");
    p.setProperty(Config.UIMAVAR_TEMPONYM, "Temponym");
    p.setProperty(Config.UIMAVAR_TYPETOPROCESS, "Type");
    p.setProperty(Config.UIMAVAR_CONVERTDURATIONS, "ConvertDurations");
    p.setProperty(Config.DEBUG, "false");
    return p;
  }
}
