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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.LanguageRoutingAnnotator;
import org.rassegna.brief.BriefComposer;
import org.rassegna.cluster.OnlineStoryClusterer;
import org.rassegna.cluster.SessionChanges;
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
import org.rassegna.store.StoryRow;

/**
 * The stages wired once, over a {@link Store}: {@link #add} a batch (annotate the new articles,
 * then dedup and cluster them as the one writer, all written in one transaction), {@link #refresh}
 * the stories that changed (extract and compare), and read {@link #brief briefs} back.
 *
 * <p><b>State.</b> The dedup index is stored per article ({@link DedupEntry}, stage {@value
 * #DEDUP_STAGE}), so an add writes only its own articles' rows; the clusterer's session ({@link
 * SessionState}) as rows: per term its document frequency ({@value #DF_STAGE}), per open event and
 * open storyline its centroid and members ({@value #EVENT_STAGE}, {@value #STORYLINE_STAGE}; an
 * event's row names its members, whose vectors are rows of their own, {@value #MEMBER_STAGE},
 * written once, so an event that takes an article is not written again whole; a storyline's row
 * names its stories the same way, each a row of {@value #LINE_MEMBER_STAGE}), and the counters and
 * clock ({@value #HEAD_KEY}). An add writes the rows the clusterer reports as changed ({@link
 * SessionChanges}); closed events and storylines are final and stored once, as stories and
 * storylines. Both are read back on first use (the session's open part only), so a later process
 * goes on where the last add left off and adding the same articles in several batches gives the
 * groups and stories of one batch, as long as each batch comes after the previous in publication
 * order. The clusterer is online, so a batch holding an article published before the last one
 * clustered (a late arrival) makes the add cluster and dedup the whole stored stream again, in
 * publication order, from the stored analyses (nothing is annotated again): an add then costs in
 * proportion to the store, and story ids may be renumbered.
 *
 * <p><b>Story ids</b> are the clusterer's event numbers ({@code s1}, {@code s2}, …), counted by the
 * stored session, and for a part the split pass cuts off an event, the event's id and the place in
 * the event of the part's first article ({@code s12.7}): a story keeps its id as it grows, across
 * batches and processes.
 *
 * <p><b>Crash safety.</b> Each add is one transaction: killed at any moment, the store keeps the
 * whole batch or none of it, and re-running the add annotates and adds what is missing; articles
 * already stored are recognised by id and skipped. A failed transaction drops the in-memory state,
 * which is read again from the store on next use.
 *
 * <p>Not thread-safe: one pipeline writes a store at a time. Its reads ({@link #brief}, {@link
 * #story}, {@link #clustering}) use only the store, so other threads may call them while one thread
 * adds or refreshes.
 */
public final class Pipeline {

  /** The store stage of the per-article dedup rows. */
  static final String DEDUP_STAGE = "dedup/entry";

  /** The store key of the clusterer's counters and clock ({@link ClusterHead}). */
  static final String HEAD_KEY = "cluster/head";

  /** The stage of the clusterer's document frequencies: one row per term. */
  static final String DF_STAGE = "cluster/df";

  /** The stage of the clusterer's open events: one row per event, by number. */
  static final String EVENT_STAGE = "cluster/event";

  /**
   * The stage of the open events' members (vector, specific keys): one row per article, by id,
   * written when it joins an event and removed when the event closes.
   */
  static final String MEMBER_STAGE = "cluster/member";

  /** The stage of the clusterer's open storylines: one row per storyline, by number. */
  static final String STORYLINE_STAGE = "cluster/storyline";

  /**
   * The stage of the open storylines' members (closed events): one row per story, by id, written
   * when it joins a storyline and removed when the storyline closes. A storyline of a thousand
   * stories is then not written again whole at each story it takes.
   */
  static final String LINE_MEMBER_STAGE = "cluster/line-member";

  /** The store key of the ids of the stories stored as the open events would end now. */
  static final String PENDING_KEY = "cluster/pending";

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
      List.of(DF_STAGE, EVENT_STAGE, MEMBER_STAGE, STORYLINE_STAGE, LINE_MEMBER_STAGE)
          .forEach(tx::clearRows);
    }
    MinHashDeduplicator d = dedup();
    OnlineStoryClusterer.Session s = session();
    for (AnnotatedArticle a : stream) {
      if (added.contains(a.id())) {
        tx.putArticle(new StoredArticle(a.article(), a.day().day()));
        tx.putAnnotation(a);
      }
      tx.putArticleState(DEDUP_STAGE, a.id(), new DedupRow(d.size(), d.index(a)));
      s.add(a);
    }
    SessionChanges changes = s.drain();
    saveSession(tx, changes, replay ? id -> true : added::contains, replay);
    if (!stream.isEmpty()) {
      tx.putState(LAST_KEY, stream.get(stream.size() - 1).id());
    }
    List<SourceGroup> grown = replay ? d.result().groups() : d.groupsOf(added);
    tx.putGroups(grown);
    // an earlier article whose group changed is cited under another group in its own story
    List<String> earlier =
        grown.stream()
            .filter(g -> g.size() > 1)
            .flatMap(g -> g.articleIds().stream())
            .filter(id -> !added.contains(id))
            .toList();
    Set<String> touched = new LinkedHashSet<>(tx.storyIdsOf(earlier));
    // the stories that changed: those closed by this add (final from now on) and those the open
    // events would end as now (the split pass may cut an open event into parts with ids of their
    // own); the ones stored for the open events of the last add that are neither are gone
    OnlineStoryClusterer.Pending pending = s.pending();
    List<Story> changed = new ArrayList<>();
    changes.closedStories().forEach(c -> changed.add(c.story()));
    changed.addAll(pending.stories());
    Set<String> current = new HashSet<>();
    changed.forEach(st -> current.add(st.id()));
    List<String> gone = new ArrayList<>();
    if (replay) {
      tx.stories().forEach(st -> gone.add(st.id()));
    } else {
      gone.addAll(List.of(tx.state(PENDING_KEY, String[].class).orElse(new String[0])));
    }
    gone.removeAll(current);
    gone.forEach(tx::removeStory);
    touched.removeAll(gone);
    for (Story story : changed) {
      boolean same =
          tx.story(story.id()).map(st -> st.articleIds().equals(story.articleIds())).orElse(false);
      if (!same || touched.contains(story.id())) {
        tx.putStory(story);
        touched.add(story.id());
      }
    }
    tx.putState(PENDING_KEY, pending.stories().stream().map(Story::id).toArray(String[]::new));
    // the storylines that changed: those closed, the open ones that took a story, and those the
    // open events would join (with those events' stories); a story is in one storyline, so
    // putting one moves its stories out of the storyline they were in before
    Map<String, Storyline> lines = new LinkedHashMap<>();
    changes.closedStorylines().forEach(l -> lines.put(l.storyline().id(), l.storyline()));
    for (SessionState.Group<SessionState.Closed> open : changes.storylines().open()) {
      Storyline line = OnlineStoryClusterer.storyline(open);
      lines.put(line.id(), line);
    }
    pending.storylines().forEach(l -> lines.put(l.id(), l));
    lines.values().forEach(tx::putStoryline); // an unchanged one is not written
    tx.markStale(touched);
    return new Update(
        List.copyOf(added), List.copyOf(known), touched.stream().sorted().toList(), skipped);
  }

  /**
   * The clusterer's counters and clock, stored apart from its rows.
   *
   * @param documents how many articles its document frequencies count
   * @param clock the latest article time it saw
   * @param events the events level's counters (groups opened, members taken)
   * @param storylines the storylines level's counters
   */
  public record ClusterHead(int documents, long clock, Counters events, Counters storylines) {}

  /** A level's counters: how many groups it opened and how many members it took. */
  public record Counters(int created, long adds) {}

  /** An open event as stored, one row each: its members by article id ({@value #MEMBER_STAGE}). */
  public record EventRow(SessionState.Group<String> event) {}

  /**
   * An open storyline as stored, one row each: its members by story id ({@value
   * #LINE_MEMBER_STAGE}).
   */
  public record StorylineRow(SessionState.Group<String> storyline) {}

  /**
   * Writes what the clusterer changed: its counters and the rows of terms and open groups, and of
   * the members that joined an open event: the articles {@code fresh} accepts (after a replay,
   * every article, into cleared rows); and of the members that joined an open storyline: the
   * stories this add closed (after a replay, every one).
   */
  private static void saveSession(
      Store tx, SessionChanges c, Predicate<String> fresh, boolean replay) {
    tx.putState(
        HEAD_KEY,
        new ClusterHead(
            c.documents(),
            c.clock(),
            new Counters(c.events().created(), c.events().adds()),
            new Counters(c.storylines().created(), c.storylines().adds())));
    tx.putRows(DF_STAGE, c.documentFrequencies());
    tx.removeRows(EVENT_STAGE, c.closedEvents().stream().map(String::valueOf).toList());
    Map<String, EventRow> events = new HashMap<>();
    Map<String, SessionState.Member> members = new HashMap<>();
    for (SessionState.Group<SessionState.Member> g : c.events().open()) {
      List<String> ids = g.members().stream().map(SessionState.Member::id).toList();
      events.put(
          String.valueOf(g.seq()),
          new EventRow(
              new SessionState.Group<>(
                  g.seq(), g.sum(), g.squaredNorm(), g.lastMs(), g.lastAdd(), g.prior(), ids)));
      g.members().stream().filter(m -> fresh.test(m.id())).forEach(m -> members.put(m.id(), m));
    }
    tx.putRows(EVENT_STAGE, events);
    tx.putRows(MEMBER_STAGE, members);
    // the members of the events closed are in the stories they closed as
    tx.removeRows(
        MEMBER_STAGE,
        c.closedStories().stream().flatMap(st -> st.story().articleIds().stream()).toList());
    tx.removeRows(STORYLINE_STAGE, c.closedStorylineSeqs().stream().map(String::valueOf).toList());
    Set<String> closedNow = new HashSet<>();
    c.closedStories().forEach(st -> closedNow.add(st.story().id()));
    Map<String, StorylineRow> lines = new HashMap<>();
    Map<String, SessionState.Closed> stories = new HashMap<>();
    for (SessionState.Group<SessionState.Closed> g : c.storylines().open()) {
      List<String> ids = g.members().stream().map(m -> m.story().id()).toList();
      lines.put(
          String.valueOf(g.seq()),
          new StorylineRow(
              new SessionState.Group<>(
                  g.seq(), g.sum(), g.squaredNorm(), g.lastMs(), g.lastAdd(), g.prior(), ids)));
      g.members().stream()
          .filter(m -> replay || closedNow.contains(m.story().id()))
          .forEach(m -> stories.put(m.story().id(), m));
    }
    tx.putRows(STORYLINE_STAGE, lines);
    tx.putRows(LINE_MEMBER_STAGE, stories);
    // the members of the storylines closed are in the storylines they closed as
    tx.removeRows(
        LINE_MEMBER_STAGE,
        c.closedStorylines().stream().flatMap(l -> l.storyline().storyIds().stream()).toList());
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
   * Extracts and compares the given stories again and stores the results with the story's brief,
   * each story in a transaction of its own ({@code refreshed} is told of each). A story that fails
   * is reported and keeps no new results; the others go on.
   */
  public List<Skipped> refresh(Collection<String> storyIds, Runnable refreshed) {
    List<Skipped> skipped = new ArrayList<>();
    for (String id : storyIds) {
      Optional<Story> found = store.story(id);
      if (found.isPresent()) {
        Story story = found.get();
        try {
          List<AnnotatedArticle> articles = store.annotations(story.articleIds());
          StoryExtraction x = extractor.extract(story, articles);
          Map<String, String> groups = store.groupIds(story.articleIds());
          Comparison c = comparator.compare(x, a -> groups.getOrDefault(a, a));
          store.inTransaction(
              tx -> {
                tx.putExtraction(x, register(tx, x));
                tx.putComparison(c);
                // composed from what this refresh read and made, which is what the store now
                // holds: the brief a read composing from the store would give, without reading
                // the story's analyses and products back
                Brief brief =
                    compose(
                        List.of(story),
                        storylinesOf(id),
                        ids -> articles,
                        groups,
                        Map.of(id, new BriefComposer.Findings(x, c)),
                        null);
                brief.stories().stream().findFirst().ifPresent(tx::putStoryBrief);
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

  /**
   * Every story and storyline as they stand (open events included), as a one-shot run ends: read
   * from the store, which each add leaves so.
   */
  public Clustering clustering() {
    return OnlineStoryClusterer.inFinishOrder(store.stories(), store.storylines());
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
   * them (only the chosen ones are read), each with the extraction and comparison of its last
   * {@link #refresh}.
   *
   * @param input what to report as read and skipped; {@code null}: the stories' articles, nothing
   * @throws NoSuchElementException when {@code query} names a story the store does not hold
   */
  public Brief brief(BriefQuery query, Brief.@Nullable InputSummary input) {
    List<Story> chosen;
    if (query.storyId() != null) {
      chosen =
          List.of(
              store
                  .story(query.storyId())
                  .orElseThrow(() -> new NoSuchElementException("no story " + query.storyId())));
    } else if (query.since() != null) {
      chosen =
          store
              .stories(new StoryQuery(query.since(), null, null, null, 0, Integer.MAX_VALUE))
              .stream()
              .flatMap(r -> store.story(r.id()).stream())
              .toList();
    } else {
      chosen = store.stories();
    }
    List<String> articleIds = chosen.stream().flatMap(s -> s.articleIds().stream()).toList();
    Map<String, BriefComposer.Findings> findings = new LinkedHashMap<>();
    for (Story s : chosen) {
      Optional<StoryExtraction> x = store.extraction(s.id());
      Optional<Comparison> c = store.comparison(s.id());
      if (x.isPresent() && c.isPresent()) {
        findings.put(s.id(), new BriefComposer.Findings(x.get(), c.get()));
      }
    }
    // the analyses are read a storyline at a time: all of them at once were the brief's largest
    // per-article holding
    return compose(
        chosen,
        storylinesOf(query.storyId()),
        store::annotations,
        store.groupIds(articleIds),
        findings,
        input);
  }

  /**
   * The brief of {@code chosen}, in finish order, with the part of each storyline they are in.
   *
   * @param analyses the analyses of the article ids asked, read a storyline at a time
   * @param input what to report as read and skipped; {@code null}: the stories' articles, nothing
   */
  private Brief compose(
      List<Story> chosen,
      List<Storyline> storylines,
      Function<List<String>, List<AnnotatedArticle>> analyses,
      Map<String, String> groups,
      Map<String, BriefComposer.Findings> findings,
      Brief.@Nullable InputSummary input) {
    Set<String> ids = new HashSet<>();
    chosen.forEach(s -> ids.add(s.id()));
    List<Storyline> kept = new ArrayList<>();
    for (Storyline line : storylines) {
      List<String> in = line.storyIds().stream().filter(ids::contains).toList();
      if (!in.isEmpty()) {
        kept.add(new Storyline(line.id(), in));
      }
    }
    Clustering all = OnlineStoryClusterer.inFinishOrder(chosen, kept);
    int read = chosen.stream().mapToInt(s -> s.articleIds().size()).sum();
    return composer.compose(
        all,
        analyses,
        groups,
        findings,
        input != null ? input : new Brief.InputSummary(read, List.of()));
  }

  /**
   * The storylines a brief reads: all of them when no story is named, else {@code storyId}'s own (a
   * story is in one) as far as the brief shows it, that story alone. Not every storyline, nor the
   * whole of the story's: each refresh composes its story's brief, and reading them made refreshing
   * N stories cost N × the storylines, or the story's storyline's length.
   */
  private List<Storyline> storylinesOf(@Nullable String storyId) {
    if (storyId == null) {
      return store.storylines();
    }
    return store.storyRows(List.of(storyId)).stream()
        .map(StoryRow::storylineId)
        .filter(Objects::nonNull)
        .map(line -> new Storyline(line, List.of(storyId)))
        .toList();
  }

  /**
   * The brief of one story, if the store holds the story: the one its last {@link #refresh} stored
   * (with the story's storyline as it stands now: another story's add may move it), else, for a
   * story refreshed before briefs were stored or whose refresh failed, composed from the store.
   * Between an add that touches a story and its refresh, this is the brief of the refresh before.
   */
  public Optional<Brief.StoryBrief> story(String id) {
    Optional<StoryRow> row = store.storyRows(List.of(id)).stream().findFirst();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    return store
        .storyBrief(id)
        .map(b -> inStoryline(b, row.get().storylineId()))
        .or(() -> composed(id));
  }

  private static Brief.StoryBrief inStoryline(Brief.StoryBrief b, @Nullable String storylineId) {
    if (storylineId == null || storylineId.equals(b.storyline())) {
      return b;
    }
    return new Brief.StoryBrief(
        b.id(),
        storylineId,
        b.headline(),
        b.summary(),
        b.timeline(),
        b.statements(),
        b.entities(),
        b.claims(),
        b.sources());
  }

  /** The brief of one story composed from the store (its extraction, comparison and articles). */
  private Optional<Brief.StoryBrief> composed(String id) {
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
          store.state(HEAD_KEY, ClusterHead.class).map(this::restore).orElseGet(clusterer::session);
    }
    return session;
  }

  /** The clusterer's session from its stored rows: the open events and storylines only. */
  /** A stored group whose members are keys, with each key replaced by the member it names. */
  private static <M> SessionState.Group<M> withMembers(
      SessionState.Group<String> g, Function<String, M> member) {
    return new SessionState.Group<>(
        g.seq(),
        g.sum(),
        g.squaredNorm(),
        g.lastMs(),
        g.lastAdd(),
        g.prior(),
        g.members().stream().map(member).toList());
  }

  private OnlineStoryClusterer.Session restore(ClusterHead head) {
    Comparator<SessionState.Group<?>> recency =
        Comparator.comparingLong(SessionState.Group::lastAdd);
    Map<String, SessionState.Member> members = store.rows(MEMBER_STAGE, SessionState.Member.class);
    List<SessionState.Group<SessionState.Member>> events =
        store.rows(EVENT_STAGE, EventRow.class).values().stream()
            .map(EventRow::event)
            .sorted(recency)
            .map(g -> withMembers(g, members::get))
            .toList();
    Map<String, SessionState.Closed> stories =
        store.rows(LINE_MEMBER_STAGE, SessionState.Closed.class);
    List<SessionState.Group<SessionState.Closed>> lines =
        store.rows(STORYLINE_STAGE, StorylineRow.class).values().stream()
            .map(StorylineRow::storyline)
            .sorted(recency)
            .map(g -> withMembers(g, stories::get))
            .toList();
    return clusterer.restore(
        new SessionState(
            head.documents(),
            store.rows(DF_STAGE, Integer.class),
            head.clock(),
            new SessionState.Level<>(head.events().created(), head.events().adds(), events),
            new SessionState.Level<>(head.storylines().created(), head.storylines().adds(), lines),
            List.of(),
            List.of()));
  }
}
