package org.rassegna.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.LanguageRoutingAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Brief;
import org.rassegna.model.Clustering;
import org.rassegna.model.Story;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;

/**
 * The equivalence harness: the same articles added at once and in batches (each batch into a store
 * file reopened by a new pipeline, as a new process would), briefed from the store. Annotations are
 * computed once per article and reused by every pipeline (annotation is deterministic), and the
 * pipelines' calls are counted.
 */
final class Batches {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final PipelineConfig config;
  private final Map<String, AnnotatedArticle> cache = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();
  private Annotator standard;

  Batches() {
    this(PipelineConfig.DEFAULT);
  }

  Batches(PipelineConfig config) {
    this.config = config;
  }

  /** An annotator that annotates each article once, whichever pipeline asks. */
  Annotator annotator() {
    return a -> {
      calls.incrementAndGet();
      return cache.computeIfAbsent(a.id(), id -> standard().annotate(a));
    };
  }

  private synchronized Annotator standard() {
    if (standard == null) {
      standard = LanguageRoutingAnnotator.standard();
    }
    return standard;
  }

  int calls() {
    return calls.get();
  }

  Pipeline pipeline(Store store) {
    return new Pipeline(config, store, this::annotator);
  }

  /** Adds and refreshes one batch, returning what the add did. */
  static Pipeline.Update addAndRefresh(Pipeline p, List<Article> batch) {
    Pipeline.Update u = p.add(batch);
    assertThat(p.refresh(u.touchedStories())).isEmpty();
    return u;
  }

  /** The brief of {@code articles} added in one batch to an in-memory store. */
  Brief oneShot(List<Article> articles) {
    try (Store store = Stores.inMemory()) {
      Pipeline p = pipeline(store);
      addAndRefresh(p, articles);
      return p.brief(Pipeline.BriefQuery.ALL, input(articles));
    }
  }

  /** What the batched run gives: the brief, and the clustering after each batch. */
  record Run(Brief brief, List<Clustering> afterEachBatch) {}

  /** The brief of the batches added one by one to the store file {@code db}, reopened each time. */
  Run batched(Path db, List<List<Article>> batches) {
    List<Clustering> after = new ArrayList<>();
    List<Article> all = new ArrayList<>();
    for (List<Article> batch : batches) {
      all.addAll(batch);
      try (Store store = Stores.sqlite(db)) {
        Pipeline p = pipeline(store);
        addAndRefresh(p, batch);
        after.add(p.clustering());
      }
    }
    try (Store store = Stores.sqlite(db)) {
      return new Run(pipeline(store).brief(Pipeline.BriefQuery.ALL, input(all)), after);
    }
  }

  private static Brief.InputSummary input(List<Article> articles) {
    return new Brief.InputSummary(articles.size(), List.of());
  }

  static String json(Object value) throws Exception {
    return JSON.writeValueAsString(value);
  }

  /**
   * Each story of {@code earlier} is in {@code later} under the same id with all its articles, or
   * is a part the split pass cut off an event ({@code s12.7}) whose articles are now all in one
   * story of the same event (the event grew and its parts regrouped); no id names other articles.
   * Returns how many parts were so merged.
   */
  static int assertIdsKeptOrMergedInTheirEvent(Clustering earlier, Clustering later) {
    Map<String, Story> byId = new HashMap<>();
    later.stories().forEach(s -> byId.put(s.id(), s));
    int merged = 0;
    for (Story s : earlier.stories()) {
      Story now = byId.get(s.id());
      if (now != null) {
        assertThat(now.articleIds()).as(s.id()).containsAll(s.articleIds());
        continue;
      }
      String event =
          s.id().substring(0, s.id().indexOf('.') < 0 ? s.id().length() : s.id().indexOf('.'));
      assertThat(s.id()).as("an event's id is kept").contains(".");
      assertThat(later.stories())
          .as("the articles of part %s are in one story of its event %s", s.id(), event)
          .anySatisfy(
              t -> {
                assertThat(t.id().equals(event) || t.id().startsWith(event + ".")).isTrue();
                assertThat(t.articleIds()).containsAll(s.articleIds());
              });
      merged++;
    }
    return merged;
  }

  /** Each story of {@code earlier} is in {@code later} under the same id, with all its articles. */
  static void assertIdsKept(Clustering earlier, Clustering later) {
    for (Story s : earlier.stories()) {
      assertThat(later.stories())
          .filteredOn(t -> t.id().equals(s.id()))
          .singleElement()
          .satisfies(t -> assertThat(t.articleIds()).containsAll(s.articleIds()));
    }
  }
}
