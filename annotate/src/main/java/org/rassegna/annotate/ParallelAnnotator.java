package org.rassegna.annotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Skipped;

/**
 * Annotates many articles over a pool of threads with one thread-safe {@link Annotator} (the models
 * are shared; what cannot be, such as HeidelTime's engine, the annotator keeps per thread), and
 * hands back the outcomes in the articles' order. An article whose annotation fails becomes a
 * {@link Failed} outcome with a {@link Skipped} reason; the others go on.
 */
public final class ParallelAnnotator implements AutoCloseable {

  /** What became of one article. */
  public sealed interface Outcome permits Annotated, Failed {

    Article article();
  }

  /** The article annotated. */
  public record Annotated(AnnotatedArticle annotated) implements Outcome {

    @Override
    public Article article() {
      return annotated.article();
    }
  }

  /** The article could not be annotated, for {@code skipped}'s reason. */
  public record Failed(Article article, Skipped skipped) implements Outcome {}

  /** Articles in flight per thread while streaming: enough to keep every thread busy. */
  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final Annotator annotator;
  private final int threads;
  private final ExecutorService pool;

  /**
   * @param threads the pool's size, at least 1; see {@link #defaultThreads()}
   */
  public ParallelAnnotator(Annotator annotator, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.annotator = annotator;
    this.threads = threads;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread t = new Thread(task, "annotate-" + n.incrementAndGet());
              t.setDaemon(true); // a caller that forgets close() must not keep the JVM alive
              return t;
            });
  }

  /** The available processors: one thread per core. */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  public int threads() {
    return threads;
  }

  /** The outcome of every article, in the articles' order. */
  public List<Outcome> annotateAll(List<Article> articles) {
    List<Outcome> out = new ArrayList<>(articles.size());
    annotateAll(articles, out::add);
    return out;
  }

  /**
   * Hands {@code onEach} the outcome of every article, in the articles' order, on the calling
   * thread, as soon as it and all before it are done; only a few articles per thread are held
   * ahead.
   */
  public void annotateAll(List<Article> articles, Consumer<Outcome> onEach) {
    Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
    int next = 0;
    while (next < articles.size() || !inFlight.isEmpty()) {
      while (next < articles.size() && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
        Article article = articles.get(next++);
        inFlight.add(pool.submit(() -> annotateOne(article)));
      }
      onEach.accept(await(inFlight.removeFirst()));
    }
  }

  private Outcome annotateOne(Article article) {
    try {
      return new Annotated(annotator.annotate(article));
    } catch (RuntimeException e) {
      return new Failed(article, new Skipped(article.id(), "annotation failed: " + e));
    }
  }

  private static Outcome await(Future<Outcome> outcome) {
    try {
      return outcome.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while annotating", e);
    } catch (ExecutionException e) { // an Error: annotateOne catches the rest
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
