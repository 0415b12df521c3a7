package org.rassegna.annotate;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.annotate.corenlp.ItalianModels;
import org.rassegna.annotate.lang.LanguageIdentifier;
import org.rassegna.annotate.lang.LinguaLanguageIdentifier;
import org.rassegna.annotate.time.HeidelTimeTagger;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;

/**
 * Annotates each article with the annotator for its language: the language the article states, or
 * else the one identified from its text. Languages with no annotator of their own get {@link
 * LuceneAnnotator}'s words, so that the article is kept, marked with its language, and still
 * clustered by its words.
 */
public final class LanguageRoutingAnnotator implements Annotator {

  private final LanguageIdentifier identifier;
  private final Map<String, Annotator> byLanguage;
  private final Map<String, Annotator> fallbacks = new ConcurrentHashMap<>();
  private final Function<String, Annotator> fallback;

  /**
   * @param byLanguage the annotator for each language that has a full analysis
   */
  public LanguageRoutingAnnotator(
      LanguageIdentifier identifier, Map<String, Annotator> byLanguage) {
    this.identifier = identifier;
    this.byLanguage = Map.copyOf(byLanguage);
    this.fallback = LuceneAnnotator::forLanguage;
  }

  /**
   * The full pipeline: Lingua over {@link LinguaLanguageIdentifier#DEFAULT_LANGUAGES}, CoreNLP and
   * HeidelTime for Italian, Lucene's words for the rest. Loads the models (seconds) on first use.
   */
  public static LanguageRoutingAnnotator standard() {
    return new LanguageRoutingAnnotator(
        new LinguaLanguageIdentifier(LinguaLanguageIdentifier.DEFAULT_LANGUAGES),
        Map.of(
            "it", new CoreNlpItalianAnnotator(ItalianModels.shared(), HeidelTimeTagger.italian())));
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    String stated = article.language();
    String language =
        stated == null || stated.isBlank()
            ? identifier.identify(article.text())
            : stated.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    article = article.withLanguage(language);
    Annotator annotator = byLanguage.get(language);
    if (annotator == null) {
      annotator = fallbacks.computeIfAbsent(language, fallback);
    }
    return annotator.annotate(article);
  }
}
