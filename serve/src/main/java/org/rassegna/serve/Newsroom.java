package org.rassegna.serve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.Article;
import org.rassegna.model.Brief.StoryBrief;
import org.rassegna.model.Citation;
import org.rassegna.model.Skipped;
import org.rassegna.model.Story;
import org.rassegna.pipeline.Pipeline;
import org.rassegna.store.FeedState;
import org.rassegna.store.RegisteredEntity;
import org.rassegna.store.StatementRecord;
import org.rassegna.store.Store;
import org.rassegna.store.StoredArticle;
import org.rassegna.store.StoryQuery;
import org.rassegna.store.StoryRow;

/**
 * What the server shows, read from a {@link Store}, and the one way it writes: {@link #add},
 * through the {@link Pipeline}. A story's brief is the one its last refresh stored (composed on
 * read only for stories that have none: stores from before briefs were stored). The search index
 * follows every add.
 *
 * <p>Reads are safe from many threads and never wait for an add: they go to the store, whose
 * readers see the last committed state while the writer adds. Adds are serialised (the pipeline is
 * the store's one writer).
 */
public final class Newsroom implements AutoCloseable {

  private final Store store;
  private final Pipeline pipeline;
  private final SearchIndex index = new SearchIndex();

  /** How many adds of this newsroom refreshed each story, for {@link #storyVersion}. */
  private final Map<String, Long> refreshes = new ConcurrentHashMap<>();

  private Newsroom(Store store, Pipeline pipeline) {
    this.store = store;
    this.pipeline = pipeline;
  }

  /** A newsroom over {@code pipeline}'s store, with its search index built from the store. */
  public static Newsroom open(Pipeline pipeline) {
    Newsroom n = new Newsroom(pipeline.store(), pipeline);
    n.rebuildIndex();
    return n;
  }

  public Store store() {
    return store;
  }

  /** Builds the search index anew from every article and registered entity of the store. */
  public synchronized void rebuildIndex() {
    index.clear();
    Map<String, List<String>> storiesOf = new HashMap<>();
    for (Story s : store.stories()) {
      for (String a : s.articleIds()) {
        storiesOf.computeIfAbsent(a, k -> new ArrayList<>()).add(s.id());
      }
    }
    store.forEachArticle(
        a -> index.putArticle(a.article(), storiesOf.getOrDefault(a.id(), List.of())));
    for (RegisteredEntity e : store.entities(0, Integer.MAX_VALUE)) {
      indexEntity(e);
    }
    index.refresh();
  }

  private void indexEntity(RegisteredEntity e) {
    index.putEntity(
        e, statements(e.id(), null, null).stream().map(s -> s.quotation().text()).toList());
  }

  /** A page of stories, newest change first. */
  public List<StoryRow> stories(StoryQuery query) {
    return store.stories(query);
  }

  public long storyCount(StoryQuery query) {
    return store.storyCount(query);
  }

  /** The ids of the stories whose articles, titles or entities match {@code text}. */
  public Set<String> storyIdsMatching(String text) {
    Set<String> ids = new LinkedHashSet<>();
    index.search(text).stories().forEach(s -> ids.add(s.storyId()));
    return ids;
  }

  public Optional<StoryBrief> story(String id) {
    return pipeline.story(id);
  }

  /**
   * What changes whenever the story's brief may have: its store revision (any change of its
   * articles or source groups), its storyline, and the adds of this newsroom that refreshed it
   * (whose stored brief follows the revision's change); empty when the story is not stored.
   */
  public Optional<String> storyVersion(String id) {
    return store.storyRows(List.of(id)).stream()
        .findFirst()
        .map(r -> r.revision() + "." + refreshes.getOrDefault(id, 0L) + "." + r.storylineId());
  }

  /** The list rows of the stored ones of {@code ids}, in their order, with stored headlines. */
  public List<StoryRow> storyRows(Collection<String> ids) {
    return store.storyRows(ids);
  }

  /** The stored ones of {@code ids}, in their order. */
  public List<StoredArticle> articles(Collection<String> ids) {
    return store.articles(ids);
  }

  public Optional<StoredArticle> article(String id) {
    return store.article(id);
  }

  /** The stories an article is part of, by id. */
  public List<String> storiesOf(String articleId) {
    return store.storyIdsOf(List.of(articleId));
  }

  /** Every span of {@code articleId} that a brief of its stories cites, in text order. */
  public List<Citation> citationsOf(String articleId) {
    Set<Citation> cited = new LinkedHashSet<>();
    for (String s : storiesOf(articleId)) {
      story(s)
          .ifPresent(
              b -> citations(b).filter(c -> c.articleId().equals(articleId)).forEach(cited::add));
    }
    return cited.stream()
        .sorted(java.util.Comparator.comparing(Citation::field).thenComparing(Citation::span))
        .toList();
  }

  private static Stream<Citation> citations(StoryBrief b) {
    return Stream.of(
            Stream.of(b.headline()).flatMap(s -> s.citations().stream()),
            b.summary().stream().flatMap(s -> s.citations().stream()),
            b.timeline().stream().flatMap(t -> t.citations().stream()),
            b.statements().stream().flatMap(s -> s.variants().stream()).map(v -> v.citation()),
            b.claims().stream()
                .flatMap(c -> c.backings().stream())
                .flatMap(k -> k.citations().stream()))
        .flatMap(s -> s);
  }

  public Optional<RegisteredEntity> entity(String id) {
    return store.entity(id);
  }

  /** The stored ones of {@code ids}, in their order. */
  public List<RegisteredEntity> entities(Collection<String> ids) {
    return store.entities(ids);
  }

  public List<RegisteredEntity> entities(int offset, int limit) {
    return store.entities(offset, limit);
  }

  public List<StatementRecord> statements(
      String entityId, java.time.@Nullable LocalDate since, java.time.@Nullable LocalDate until) {
    return store.statements(entityId, since, until);
  }

  public SearchIndex.Result search(String query) {
    return index.search(query);
  }

  /** The search index's terms of a query, to mark them in snippets. */
  public SearchIndex index() {
    return index;
  }

  public List<FeedState> feeds() {
    return store.feeds();
  }

  /**
   * Adds articles through the pipeline, refreshes the stories they touched and re-indexes those
   * stories' articles and the entities they named before or name after; what could not be annotated
   * or refreshed is in the update's skipped.
   */
  public synchronized Pipeline.Update add(List<Article> batch) {
    Pipeline.Update update = pipeline.add(batch);
    // the refresh may drop an entity from a story: its statements there go, so it is re-indexed too
    Set<String> entities = new LinkedHashSet<>(store.entityIdsOf(update.touchedStories()));
    List<Skipped> skipped = new ArrayList<>(update.skipped());
    skipped.addAll(pipeline.refresh(update.touchedStories()));
    entities.addAll(store.entityIdsOf(update.touchedStories()));
    // after the refresh: a version read before it may go with the brief before it
    update.touchedStories().forEach(id -> refreshes.merge(id, 1L, Long::sum));
    reindex(update.touchedStories(), update.added(), entities);
    return new Pipeline.Update(update.added(), update.known(), update.touchedStories(), skipped);
  }

  /** Work proportional to the stories touched, not to the store. */
  private void reindex(
      Collection<String> storyIds, Collection<String> added, Collection<String> entityIds) {
    Set<String> articles = new LinkedHashSet<>(added);
    for (String s : storyIds) {
      store.story(s).ifPresent(story -> articles.addAll(story.articleIds()));
    }
    for (StoredArticle a : store.articles(articles)) {
      index.putArticle(a.article(), storiesOf(a.id()));
    }
    store.entities(entityIds).forEach(this::indexEntity);
    index.refresh();
  }

  @Override
  public void close() {
    index.close();
  }
}
