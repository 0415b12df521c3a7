package org.rassegna.annotate.time;

import de.unihd.dbs.heideltime.standalone.Config;
import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.components.impl.AllLanguagesTokenizerWrapper;
import de.unihd.dbs.heideltime.standalone.components.impl.JCasFactoryImpl;
import de.unihd.dbs.heideltime.standalone.components.impl.UimaContextImpl;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.uima.UIMAFramework;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.XMLInputSource;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.Article;
import org.rassegna.model.Published;
import org.rassegna.model.Span;
import org.rassegna.model.TimeExpression;

/**
 * Italian time expressions with HeidelTime's rules, tokenized by HeidelTime's own language-neutral
 * tokenizer (no external part-of-speech tagger), then {@link NewsTimeRules corrected} where the
 * rules go wrong on news text.
 *
 * <p>Relative expressions ("ieri", "mercoledì") are resolved against the article's publication day;
 * when the article has none, against the first full date its text states (its year taken from the
 * publication month or year when the text gives none); failing that they keep HeidelTime's
 * underspecified value ({@code XXXX-…}). One instance serves one thread at a time.
 */
public final class HeidelTimeTagger implements TimeTagger {

  private static final Pattern FULL_DATE = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");

  private static @Nullable HeidelTimeTagger italian;

  private final HeidelTime news;
  private final HeidelTime narrative;
  private final JCas jcas;
  private final AllLanguagesTokenizerWrapper tokenizer = new AllLanguagesTokenizerWrapper();

  private HeidelTimeTagger(Language language) {
    Config.setProps(config());
    try {
      news = new HeidelTime();
      news.initialize(new UimaContextImpl(language, DocumentType.NEWS, false));
      narrative = new HeidelTime();
      narrative.initialize(new UimaContextImpl(language, DocumentType.NARRATIVES, false));
      TypeSystemDescription types =
          UIMAFramework.getXMLParser()
              .parseTypeSystemDescription(
                  new XMLInputSource(
                      HeidelTime.class
                          .getClassLoader()
                          .getResource(Config.get(Config.TYPESYSTEMHOME))));
      jcas = new JCasFactoryImpl(new TypeSystemDescription[] {types}).createJCas();
    } catch (Exception e) { // UIMA declares Exception
      throw new IllegalStateException("HeidelTime could not start", e);
    }
    tokenizer.initialize(new Properties());
  }

  /** The Italian tagger, loaded on first use. */
  public static synchronized HeidelTimeTagger italian() {
    if (italian == null) {
      italian = new HeidelTimeTagger(Language.ITALIAN);
    }
    return italian;
  }

  @Override
  public synchronized List<TimeExpression> tag(Article article) {
    String text = article.text();
    LocalDate reference = article.publishedTime().flatMap(Published::day).orElse(null);
    List<TimeExpression> found;
    if (reference != null) {
      found = run(news, text, reference);
    } else {
      found = run(narrative, text, null);
      reference = statedDay(found, article.publishedTime()).orElse(null);
      if (reference != null) {
        found = run(news, text, reference);
      }
    }
    return NewsTimeRules.correct(found, text, reference);
  }

  /** The first full date the text states, its year completed from the publication time. */
  private static Optional<LocalDate> statedDay(
      List<TimeExpression> found, Optional<Published> published) {
    for (TimeExpression x : found) {
      Matcher m = FULL_DATE.matcher(x.value());
      if (x.type().equals("DATE") && m.matches() && x.text().matches(".*\\d.*")) {
        Optional<Integer> year =
            m.group(1).equals("XXXX")
                ? published.map(p -> p.earliestDay().getYear())
                : Optional.of(Integer.parseInt(m.group(1)));
        if (year.isPresent()) {
          try {
            return Optional.of(
                LocalDate.of(
                    year.get(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
          } catch (java.time.DateTimeException e) {
            continue; // "30 febbraio": not a calendar day, look further
          }
        }
      }
    }
    return published.map(Published::earliestDay);
  }

  private List<TimeExpression> run(HeidelTime rules, String text, @Nullable LocalDate reference) {
    try {
      jcas.reset(); // a new CAS costs more than the rules
      jcas.setDocumentText(text);
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
      tokenizer.process(jcas);
      rules.process(jcas);
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
