package org.rassegna.annotate;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.annotate.corenlp.ItalianModels;
import org.rassegna.annotate.corenlp.LoadThreads;
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

  /** The models {@link #startLoading()} began to load, until {@link #standard()} takes them. */
  private static @Nullable CompletableFuture<Loaded> early;

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
    return standardWithLoadTimes().annotator();
  }

  /** Seconds each model took to load, side by side, and all of them together ({@code wall}). */
  public record LoadTimes(
      double tokensAndTags, double entities, double heidelTime, double lingua, double wall) {}

  /** The standard annotator and the time its models took to load. */
  public record Loaded(LanguageRoutingAnnotator annotator, LoadTimes seconds) {}

  /**
   * {@link #standard()}, telling how long its models took to load: they load at once, each on a
   * thread of its own (CoreNLP's tokenizer and tagger, its NER model and gazette index,
   * HeidelTime's rules, Lingua's models), so that a first brief waits for the slowest, not for
   * their sum.
   */
  public static Loaded standardWithLoadTimes() {
    CompletableFuture<Loaded> started;
    synchronized (LanguageRoutingAnnotator.class) {
      started = early;
      early = null;
    }
    return started == null ? load() : joined(started);
  }

  /**
   * Starts loading the models of {@link #standard()} on threads of their own, for a caller that
   * will annotate soon (a brief, while it reads its input); the next {@link #standard()} takes
   * them.
   */
  public static synchronized void startLoading() {
    if (early == null) {
      early =
          CompletableFuture.supplyAsync(
              LanguageRoutingAnnotator::load, LoadThreads.named("tokens-and-tags"));
    }
  }

  private static <T> T joined(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private static Loaded load() {
    long start = System.nanoTime();
    CompletableFuture<LinguaLanguageIdentifier> lingua =
        CompletableFuture.supplyAsync(
            () -> LinguaLanguageIdentifier.loaded(LinguaLanguageIdentifier.DEFAULT_LANGUAGES),
            LoadThreads.named("lingua"));
    CompletableFuture<HeidelTimeTagger> time =
        CompletableFuture.supplyAsync(HeidelTimeTagger::italian, LoadThreads.named("heideltime"));
    ItalianModels models = ItalianModels.shared();
    LinguaLanguageIdentifier identifier = joined(lingua);
    HeidelTimeTagger tagger = joined(time);
    return new Loaded(
        new LanguageRoutingAnnotator(
            identifier, Map.of("it", new CoreNlpItalianAnnotator(models, tagger))),
        new LoadTimes(
            models.tokensAndTagsSeconds(),
            models.entitiesSeconds(),
            tagger.loadSeconds(),
            identifier.loadSeconds(),
            (System.nanoTime() - start) / 1e9));
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
