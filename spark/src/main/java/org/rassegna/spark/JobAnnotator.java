package org.rassegna.spark;

import java.util.EnumMap;
import java.util.Map;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.LanguageRoutingAnnotator;
import org.rassegna.annotate.LuceneAnnotator;

/**
 * Which annotator the executors use, loaded once per executor JVM on its first task and shared by
 * the tasks that run there after it (the annotators are thread-safe; CoreNLP's models take 1 GB and
 * 15 s to load, so a task never loads its own).
 */
public enum JobAnnotator {
  /** The standard annotators: language id, CoreNLP and HeidelTime for Italian. */
  STANDARD,
  /**
   * Lucene's analysis only (words and stems, no entities or times): cheap, for tests and benches.
   */
  LUCENE;

  private static final Map<JobAnnotator, Annotator> LOADED = new EnumMap<>(JobAnnotator.class);

  /** The annotator of this kind in this JVM, loaded on first use. */
  public Annotator get() {
    synchronized (LOADED) {
      return LOADED.computeIfAbsent(this, JobAnnotator::load);
    }
  }

  private static Annotator load(JobAnnotator kind) {
    return switch (kind) {
      case STANDARD -> LanguageRoutingAnnotator.standard();
      case LUCENE -> LuceneAnnotator.italian();
    };
  }
}
