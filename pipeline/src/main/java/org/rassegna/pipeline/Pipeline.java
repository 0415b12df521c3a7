package org.rassegna.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.LanguageRoutingAnnotator;
import org.rassegna.brief.BriefComposer;
import org.rassegna.cluster.OnlineStoryClusterer;
import org.rassegna.cluster.SessionState;
import org.rassegna.compare.ClaimComparator;
import org.rassegna.dedup.DedupEntry;
import org.rassegna.dedup.Deduplication;
import org.rassegna.dedup.MinHashDeduplicator;
import org.rassegna.extract.StoryExtractor;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Brief;
import org.rassegna.model.Clustering;
import org.rassegna.model.Comparison;
import org.rassegna.model.Entity;
import org.rassegna.model.EntityMention;
import org.rassegna.model.Skipped;
import org.rassegna.model.SourceGroup;
import org.rassegna.model.Story;
import org.rassegna.model.StoryExtraction;
import org.rassegna.model.Storyline;
import org.rassegna.store.RegisteredEntity;
import org.rassegna.store.Store;
import org.rassegna.store.StoredArticle;
import org.rassegna.store.StoryQuery;

/**
 * The stages wired once, over a {@link Store}: {@link #add} a batch (annotate the new articles,
 * then dedup and cluster them as the one writer, all written in one transaction), {@link #refresh}
 * the stories that changed (extract and compare), and read {@link #brief briefs} back.
 *
 * <p><b>State.</b> The dedup index is stored per article ({@link DedupEntry}, stage {@value
 * #DEDUP_STAGE}), so an add writes only its own articles' rows; the clusterer's session ({@link
 * SessionState}: document frequencies, open events with centroids and members, storylines, clock,
 * closed events) is one keyed value ({@value #SESSION_KEY}), replaced by each add. Both are read
 * back on first use, so a later process goes on where the last add left off and adding the same
 * articles in several batches gives the groups and stories of one batch, as long as each batch
 * comes after the previous in publication order. The clusterer is online, so a batch holding an
 * article published before the last one clustered (a late arrival) makes the add cluster and dedup
 * the whole stored stream again, in publication order, from the stored analyses (nothing is
 * annotated again): an add then costs in proportion to the store, and story ids may be renumbered.
 *
 * <p><b>Story ids</b> are the clusterer's event numbers ({@code s1}, {@code s2}, …), counted by the
 * stored session: a story keeps its id as it grows, across batches and processes.
 *
 * <p><b>Crash safety.</b> Each add is one transaction: killed at any moment, the store keeps the
 * whole batch or none of it, and re-running the add annotates and adds what is missing; articles
 * already stored are recognised by id and skipped. A failed transaction drops the in-memory state,
 * which is read again from the store on next use.
 *
 * <p>Not thread-safe: one pipeline writes a store at a time; readers may open their own.
 */
public final class Pipeline {

  /** The store stage of the per-article dedup rows. */
  static final String DEDUP_STAGE = "dedup/entry";

  /** The store key of the clusterer's session. */
  static final String SESSION_KEY = "cluster/session";

  /** The store key of the id of the last article clustered. */
  static final String LAST_KEY = "cluster/last";

  /**
   * What an {@link #add} did.
   *
   * @param added the ids of the articles added, in the order they were clustered
   * @param known the ids of the articles that were stored already (not annotated again)
   * @param touchedStories the stories that gained an article or whose articles' independent-source
   *     groups changed: the ones to {@link #refresh}
   * @param skipped the articles that could not be annotated, with the reason
   */
  public record Update(
      List<String> added, List<String> known, List<String> touchedStories, List<Skipped> skipped) {}

  /**
   * Which stories a brief covers.
   *
   * @param since only stories with an article on or after this day
   * @param storyId only this story
   */
  public record BriefQuery(@Nullable LocalDate since, @Nullable String storyId) {

    public static final BriefQuery ALL = new BriefQuery(null, null);
  }

  private final PipelineConfig config;
  private final Store store;
  private final Supplier<Annotator> annotators;
  private final OnlineStoryClusterer clusterer;
  private final StoryExtractor extractor = StoryExtractor.italian();
  private final ClaimComparator comparator = new ClaimComparator();
  private final BriefComposer composer = new BriefComposer();
  private @Nullable Annotation annotation;
  private @Nullable MinHashDeduplicator dedup;
  private OnlineStoryClusterer.@Nullable Session session;

  Pipeline(PipelineConfig config, Store store, Supplier<Annotator> annotators) {
    this.config = config;
    this.store = store;
    this.annotators = annotators;
    this.clusterer = new OnlineStoryClusterer(config.cluster());
  }

  /**
   * A pipeline over {@code store} with the standard annotators (loaded on the first article to
   * annotate, so reading briefs costs no model loading).
   */
  public static Pipeline open(PipelineConfig config, Store store) {
    return new Pipeline(config, store, LanguageRoutingAnnotator::standard);
  }

  public Store store() {
    return store;
  }

  /** {@link #add(List, Runnable)} without progress. */
  public Update add(List<Article> batch) {
    return add(batch, () -> {});
  }

  /**
   * Adds the articles of {@code batch} not stored yet: annotates them ({@code annotated} is told of
   * each), then, in one transaction, stores them with their analysis and day, dedups and clusters
   * them in publication order and stores the stages' state and the touched stories.
   */
  public Update add(List<Article> batch, Runnable annotated) {
    Set<String> stored = store.knownArticleIds(batch.stream().map(Article::id).toList());
    List<Article> fresh = new ArrayList<>();
    List<String> known = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Article a : batch) {
      if (stored.contains(a.id()) || !seen.add(a.id())) {
        known.add(a.id());
      } else {
        fresh.add(a);
      }
    }
    List<Skipped> skipped = new ArrayList<>();
    List<AnnotatedArticle> analysed =
        new ArrayList<>(annotation().annotate(fresh, skipped::add, annotated));
    analysed.sort(OnlineStoryClusterer.PUBLICATION_ORDER);
    try {
      return store.inTransaction(tx -> write(tx, analysed, known, skipped));
    } catch (RuntimeException e) {
      // the store kept none of the batch: read the state again from what it holds
      dedup = null;
      session = null;
      throw e;
    }
  }

  private Update write(
      Store tx, List<AnnotatedArticle> analysed, List<String> known, List<Skipped> skipped) {
    Set<String> added = new LinkedHashSet<>();
    analysed.forEach(a -> added.add(a.id()));
    List<AnnotatedArticle> stream = analysed;
    boolean replay = late(tx, analysed);
    if (replay) {
      // an article published before ones already clustered: cluster the whole stream again in
      // publication order, as one batch would (the stored analyses are reused, not recomputed)
      List<String> stored = new ArrayList<>();
      tx.forEachArticle(a -> stored.add(a.id()));
      stream = new ArrayList<>(tx.annotations(stored));
      stream.addAll(analysed);
      stream.sort(OnlineStoryClusterer.PUBLICATION_ORDER);
      dedup = new MinHashDeduplicator(config.dedup());
      session = clusterer.session();
    }
    MinHashDeduplicator d = dedup();
    OnlineStoryClusterer.Session s = session();
    Set<String> touched = new LinkedHashSet<>();
    for (AnnotatedArticle a : stream) {
      if (added.contains(a.id())) {
        tx.putArticle(new StoredArticle(a.article(), a.day().day()));
        tx.putAnnotation(a);
      }
      tx.putArticleState(DEDUP_STAGE, a.id(), new DedupRow(d.size(), d.index(a)));
      touched.add(s.add(a));
    }
    tx.putState(SESSION_KEY, s.state());
    if (!stream.isEmpty()) {
      tx.putState(LAST_KEY, stream.get(stream.size() - 1).id());
    }
    List<SourceGroup> grown =
        d.result().groups().stream()
            .filter(g -> replay || g.articleIds().stream().anyMatch(added::contains))
            .toList();
    tx.putGroups(grown);
    // an earlier article whose group changed is cited under another group in its own story
    List<String> earlier =
        grown.stream()
            .filter(g -> g.size() > 1)
            .flatMap(g -> g.articleIds().stream())
            .filter(id -> !added.contains(id))
            .toList();
    touched.addAll(tx.storyIdsOf(earlier));
    Clustering now = s.snapshot();
    if (replay) {
      Set<String> replayed = new HashSet<>();
      now.stories().forEach(story -> replayed.add(story.id()));
      tx.stories().stream()
          .map(Story::id)
          .filter(id -> !replayed.contains(id))
          .forEach(tx::removeStory);
      touched.addAll(replayed);
    }
    // the clusterer's split pass cuts an event into parts with ids of their own when it closes: a
    // story not stored as it now is (new, or with other articles) is touched whatever its id, and
    // a stored story that shared articles with a touched one but is no longer in the clustering
    // is gone
    Map<String, List<String>> storedMembers = new HashMap<>();
    tx.stories().forEach(st -> storedMembers.put(st.id(), st.articleIds()));
    Set<String> current = new HashSet<>();
    List<String> touchedArticles = new ArrayList<>();
    for (Story story : now.stories()) {
      current.add(story.id());
      if (touched.contains(story.id())
          || !story.articleIds().equals(storedMembers.get(story.id()))) {
        touched.add(story.id());
        touchedArticles.addAll(story.articleIds());
      }
    }
    touched.retainAll(current);
    tx.storyIdsOf(touchedArticles).stream()
        .filter(id -> !current.contains(id))
        .distinct()
        .forEach(tx::removeStory);
    for (Story story : now.stories()) {
      if (touched.contains(story.id())) {
        tx.putStory(story);
      }
    }
    for (Storyline line : now.storylines()) {
      if (line.storyIds().stream().anyMatch(touched::contains)) {
        tx.putStoryline(line);
      }
    }
    tx.markStale(touched);
    return new Update(
        List.copyOf(added), List.copyOf(known), touched.stream().sorted().toList(), skipped);
  }

  /**
   * The stories an add touched and no refresh has finished since (the add's transaction marks them,
   * each refresh clears its story): after a crash between an add and its refresh, the next run
   * refreshes them.
   */
  public List<String> stale() {
    return store.staleStoryIds();
  }

  /** Whether the batch holds an article that comes before the last one clustered. */
  private static boolean late(Store tx, List<AnnotatedArticle> analysed) {
    if (analysed.isEmpty()) {
      return false;
    }
    return tx.state(LAST_KEY, String.class)
        .flatMap(tx::annotation)
        .filter(last -> OnlineStoryClusterer.PUBLICATION_ORDER.compare(analysed.get(0), last) < 0)
        .isPresent();
  }

  /** A stored dedup row: the entry and its place in the index (the order to restore it in). */
  public record DedupRow(int position, DedupEntry entry) {}

  /** {@link #refresh(Collection, Runnable)} without progress. */
  public List<Skipped> refresh(Collection<String> storyIds) {
    return refresh(storyIds, () -> {});
  }

  /**
   * Extracts and compares the given stories again and stores the results, each story in a
   * transaction of its own ({@code refreshed} is told of each). A story that fails is reported and
   * keeps no new results; the others go on.
   */
  public List<Skipped> refresh(Collection<String> storyIds, Runnable refreshed) {
    List<Skipped> skipped = new ArrayList<>();
    for (String id : storyIds) {
      Optional<Story> found = store.story(id);
      if (found.isPresent()) {
        Story story = found.get();
        try {
          StoryExtraction x = extractor.extract(story, store.annotations(story.articleIds()));
          Map<String, String> groups = store.groupIds(story.articleIds());
          Comparison c = comparator.compare(x, a -> groups.getOrDefault(a, a));
          store.inTransaction(
              tx -> {
                tx.putExtraction(x, register(tx, x));
                tx.putComparison(c);
                tx.markRefreshed(id);
                return null;
              });
        } catch (RuntimeException e) {
          // one story's failure must not cost the brief: it goes out without that story's who
          // said what, entities and claims, and says so
          skipped.add(
              new Skipped(
                  "story " + id + " (" + story.articleIds().get(0) + " …)",
                  "extract or compare failed, briefed without statements, entities and claims: "
                      + e));
        }
      }
      refreshed.run();
    }
    return skipped;
  }

  /**
   * Puts the story's entities in the global registry, one entry per type and name (lower case), so
   * the same person is one entry across stories; returns story entity id → registry id.
   */
  private static Map<String, String> register(Store tx, StoryExtraction x) {
    Map<String, String> ids = new HashMap<>();
    for (Entity e : x.entities()) {
      String name = e.name().toLowerCase(Locale.ROOT);
      List<String> forms = new ArrayList<>(List.of(name));
      for (EntityMention m : e.mentions()) {
        String form = m.text().toLowerCase(Locale.ROOT);
        if (!forms.contains(form)) {
          forms.add(form);
        }
      }
      String id =
          tx.entityIdsByForm(e.type(), List.of(name)).getOrDefault(name, List.of()).stream()
              .findFirst()
              .orElse(e.type() + ":" + name);
      tx.putEntity(new RegisteredEntity(id, e.name(), e.type(), forms, e.roles()));
      ids.put(e.id(), id);
    }
    return ids;
  }

  /** Every story and storyline as they stand (open events included), as a one-shot run ends. */
  public Clustering clustering() {
    return session().snapshot();
  }

  /** The copies found among all stored articles and their independent-source groups. */
  public Deduplication deduplication() {
    return dedup().result();
  }

  /** The brief of {@code query}'s stories, counting their articles as read and nothing skipped. */
  public Brief brief(BriefQuery query) {
    return brief(query, null);
  }

  /**
   * The brief of {@code query}'s stories, from the store: the stories as {@link #clustering} gives
   * them, each with the extraction and comparison of its last {@link #refresh}.
   *
   * @param input what to report as read and skipped; {@code null}: the stories' articles, nothing
   * @throws NoSuchElementException when {@code query} names a story the store does not hold
   */
  public Brief brief(BriefQuery query, Brief.@Nullable InputSummary input) {
    Clustering all = clustering();
    Set<String> chosen = new HashSet<>();
    if (query.storyId() != null) {
      if (all.stories().stream().noneMatch(s -> s.id().equals(query.storyId()))) {
        throw new NoSuchElementException("no story " + query.storyId());
      }
      chosen.add(query.storyId());
    } else if (query.since() != null) {
      store
          .stories(new StoryQuery(query.since(), null, null, null, 0, Integer.MAX_VALUE))
          .forEach(r -> chosen.add(r.id()));
    } else {
      all.stories().forEach(s -> chosen.add(s.id()));
    }
    List<Story> stories = all.stories().stream().filter(s -> chosen.contains(s.id())).toList();
    List<Storyline> lines = new ArrayList<>();
    for (Storyline line : all.storylines()) {
      List<String> kept = line.storyIds().stream().filter(chosen::contains).toList();
      if (!kept.isEmpty()) {
        lines.add(new Storyline(line.id(), kept));
      }
    }
    List<String> articleIds = stories.stream().flatMap(s -> s.articleIds().stream()).toList();
    Map<String, BriefComposer.Findings> findings = new LinkedHashMap<>();
    for (Story s : stories) {
      Optional<StoryExtraction> x = store.extraction(s.id());
      Optional<Comparison> c = store.comparison(s.id());
      if (x.isPresent() && c.isPresent()) {
        findings.put(s.id(), new BriefComposer.Findings(x.get(), c.get()));
      }
    }
    return composer.compose(
        new Clustering(stories, lines),
        store.annotations(articleIds),
        store.groupIds(articleIds),
        findings,
        input != null ? input : new Brief.InputSummary(articleIds.size(), List.of()));
  }

  /** The brief of one story, if the store holds it. */
  public Optional<Brief.StoryBrief> story(String id) {
    try {
      return brief(new BriefQuery(null, id)).stories().stream().findFirst();
    } catch (NoSuchElementException e) {
      return Optional.empty();
    }
  }

  private Annotation annotation() {
    if (annotation == null) {
      annotation = new Annotation(annotators.get(), config.threads());
    }
    return annotation;
  }

  private MinHashDeduplicator dedup() {
    if (dedup == null) {
      List<DedupRow> rows = new ArrayList<>();
      store.forEachArticleState(DEDUP_STAGE, DedupRow.class, (id, row) -> rows.add(row));
      rows.sort(Comparator.comparingInt(DedupRow::position));
      MinHashDeduplicator d = new MinHashDeduplicator(config.dedup());
      rows.forEach(row -> d.restore(row.entry()));
      dedup = d;
    }
    return dedup;
  }

  private OnlineStoryClusterer.Session session() {
    if (session == null) {
      session =
          store
              .state(SESSION_KEY, SessionState.class)
              .map(clusterer::restore)
              .orElseGet(clusterer::session);
    }
    return session;
  }
}
