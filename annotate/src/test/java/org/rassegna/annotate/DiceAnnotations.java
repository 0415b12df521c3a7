package org.rassegna.annotate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.ParallelAnnotator.Outcome;
import org.rassegna.model.Article;

/**
 * The first DICE articles through the standard annotator (Lingua, CoreNLP, HeidelTime) over at
 * least two threads, each article annotated once per test JVM: the tests that read the same
 * articles ({@code DiceSpansIT}'s 1,000, {@link ParallelAnnotatorIT}'s first 100) share the work.
 */
public final class DiceAnnotations {

  /** Two threads at least, so that what is compared with one thread is a parallel run. */
  public static final int THREADS = Math.max(2, ParallelAnnotator.defaultThreads());

  private static final List<Outcome> DONE = new ArrayList<>();
  private static @Nullable Annotator standard;

  private DiceAnnotations() {}

  /** The one standard annotator of the test JVM. */
  public static synchronized Annotator standard() {
    if (standard == null) {
      standard = LanguageRoutingAnnotator.standard();
    }
    return standard;
  }

  /** The outcomes of the first {@code n} DICE articles, in order, over {@link #THREADS}. */
  public static synchronized List<Outcome> first(int n) throws IOException {
    if (DONE.size() < n) {
      List<Article> articles = SharedData.dice(n);
      try (ParallelAnnotator threads = new ParallelAnnotator(standard(), THREADS)) {
        DONE.addAll(threads.annotateAll(articles.subList(DONE.size(), articles.size())));
      }
    }
    return List.copyOf(DONE.subList(0, n));
  }
}
