package org.rassegna.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Brief;
import org.rassegna.model.Comparison;
import org.rassegna.model.EntityType;
import org.rassegna.model.SourceGroup;
import org.rassegna.model.Story;
import org.rassegna.model.StoryExtraction;
import org.rassegna.model.Storyline;

/**
 * Everything Rassegna remembers between runs: articles, annotations, the stages' state, stories,
 * storylines, extractions, comparisons, briefs, the global entity registry and the feeds' poll
 * state.
 *
 * <p>Guarantees, for every implementation:
 *
 * <ul>
 *   <li>Every method is safe to call from several threads. A call outside {@link #inTransaction} is
 *       a transaction of its own; reads see only committed state, so a reader never sees half of a
 *       writer's {@code add}.
 *   <li>{@link #inTransaction} is all-or-nothing: when the work throws, or the process dies before
 *       it returns, none of its writes are kept.
 *   <li>Every {@code put} is idempotent: putting the same record twice leaves the store as putting
 *       it once, so re-running an interrupted {@code add} never duplicates an article, a story or a
 *       statement. Puts of a record with an existing key replace it, unless the method says
 *       otherwise ({@link #putArticle} keeps the first).
 *   <li>Lists come back in a stated, deterministic order.
 * </ul>
 *
 * <p>Stage internals that the model has no record for (MinHash signatures, the clusterer's session)
 * go through the generic hooks {@link #putState}, {@link #putArticleState}, {@link #putRows} and
 * {@link #putKeys}: values are any Jackson-serialisable type (records included), stored as JSON, so
 * this module depends on no stage.
 */
public interface Store extends AutoCloseable {

  /** Work done in one transaction, on the store it is given. */
  @FunctionalInterface
  interface Work<T> {
    T run(Store tx) throws Exception;
  }

  /**
   * Runs {@code work} in one transaction and returns its result: all its writes are committed
   * together when it returns, none when it throws (its exception is rethrown, wrapped in a {@link
   * StoreException} when checked). Calls on {@code tx}, and on this store from the same thread,
   * join the transaction; a nested {@code inTransaction} joins the outer one.
   */
  <T> T inTransaction(Work<T> work);

  // ---- articles

  /**
   * Stores an article unless one with its id is already stored. The first version is kept: an
   * article's raw metadata and text never change once stored.
   *
   * @return whether it was added (false: it was already there)
   */
  boolean putArticle(StoredArticle article);

  Optional<StoredArticle> article(String id);

  /** The stored ones of {@code ids}, in the order of {@code ids}; unknown ids are left out. */
  List<StoredArticle> articles(Collection<String> ids);

  /** Which of {@code ids} are stored. */
  Set<String> knownArticleIds(Collection<String> ids);

  /** The id of the article stored with this URL, if any (the first stored, when several). */
  Optional<String> articleIdByUrl(String url);

  long articleCount();

  /** Calls {@code action} on every stored article, in the order they were stored. */
  void forEachArticle(Consumer<StoredArticle> action);

  // ---- annotations

  /** Stores the analysis of a stored article (its article's own fields are not stored again). */
  void putAnnotation(AnnotatedArticle annotated);

  Optional<AnnotatedArticle> annotation(String articleId);

  /** The stored analyses of {@code articleIds}, in their order; ids without one are left out. */
  List<AnnotatedArticle> annotations(Collection<String> articleIds);

  // ---- generic stage state

  /** Stores a small keyed value (e.g. {@code "cluster/clock"}), replacing the previous one. */
  void putState(String key, Object value);

  <T> Optional<T> state(String key, Class<T> type);

  /**
   * Stores one article's row of a stage (e.g. stage {@code "dedup/signature"}): one row per
   * article, so adding articles costs the same however many are stored.
   */
  void putArticleState(String stage, String articleId, Object value);

  <T> Optional<T> articleState(String stage, String articleId, Class<T> type);

  /** The stage's rows of {@code articleIds}, by article id; ids without one are left out. */
  <T> Map<String, T> articleStates(String stage, Collection<String> articleIds, Class<T> type);

  /** Calls {@code action} on every row of {@code stage}, in the order the articles were stored. */
  <T> void forEachArticleState(String stage, Class<T> type, BiConsumer<String, T> action);

  /**
   * Indexes an article under keys of a stage (e.g. stage {@code "dedup/band"}, its band keys; or
   * its sentence hashes), replacing the keys it had there.
   */
  void putKeys(String stage, String articleId, Collection<String> keys);

  /**
   * The articles indexed under each of {@code keys} in {@code stage}; keys no article has are left
   * out; each list in the order the articles were stored.
   */
  Map<String, List<String>> articlesByKey(String stage, Collection<String> keys);

  /**
   * Stores rows of a stage under keys of its own (e.g. stage {@code "cluster/df"}, one row per
   * term), replacing rows with the same keys: a stage whose state is many small parts writes only
   * the parts that changed.
   */
  void putRows(String stage, Map<String, ?> rows);

  /** Removes the stage's rows with these keys (keys it does not have are ignored). */
  void removeRows(String stage, Collection<String> keys);

  /** Removes every row of the stage. */
  void clearRows(String stage);

  /** Every row of the stage, by key. */
  <T> Map<String, T> rows(String stage, Class<T> type);

  // ---- dedup groups

  /**
   * Stores independent-source groups: each listed article belongs to its group from now on (a group
   * that grew is simply put again with all its articles).
   */
  void putGroups(Collection<SourceGroup> groups);

  /** The group id of each of {@code articleIds} that has one. */
  Map<String, String> groupIds(Collection<String> articleIds);

  /** The groups that contain any of {@code articleIds}, each with all its articles. */
  List<SourceGroup> groupsOf(Collection<String> articleIds);

  // ---- stories and storylines

  /**
   * Stores a story with its articles (all stored already), replacing its previous article list, and
   * bumps its revision. Its days are the earliest and latest days of its articles.
   */
  void putStory(Story story);

  /** Removes a story (e.g. merged into another) with its extraction, comparison and brief. */
  void removeStory(String storyId);

  Optional<Story> story(String id);

  /** Every story, by id. */
  List<Story> stories();

  /** The ids of the stories that contain any of {@code articleIds}, by id. */
  List<String> storyIdsOf(Collection<String> articleIds);

  /** Stories matching {@code query}, most recently changed first (then by id). */
  List<StoryRow> stories(StoryQuery query);

  /**
   * The list rows of the stored ones of {@code storyIds} (headline and storyline included), in the
   * order of {@code storyIds}; unknown ids are left out.
   */
  List<StoryRow> storyRows(Collection<String> storyIds);

  /** How many stories match {@code query}, ignoring its paging. */
  long storyCount(StoryQuery query);

  /**
   * Stores a storyline, replacing its previous story list (a story is in one storyline); writes
   * nothing when the stored one is the same.
   */
  void putStoryline(Storyline storyline);

  Optional<Storyline> storyline(String id);

  /** Every storyline, by id. */
  List<Storyline> storylines();

  /**
   * Marks stories as needing a refresh (their articles or groups changed). Put in the transaction
   * of the add that touched them, the marks survive a crash before the refresh.
   */
  void markStale(Collection<String> storyIds);

  /** Clears a story's mark, once its extraction and comparison are stored again. */
  void markRefreshed(String storyId);

  /** The stories marked stale and not refreshed since, by id. */
  List<String> staleStoryIds();

  // ---- per-story products

  /**
   * Stores a story's extraction and replaces its statements in the registry: each quotation variant
   * whose speaker entity (the variant's, else its group's) maps to a registered entity in {@code
   * registryIds} (story-local entity id to registry id) becomes a {@link StatementRecord} dated by
   * its article's day; the story is then found by those entities.
   */
  void putExtraction(StoryExtraction extraction, Map<String, String> registryIds);

  Optional<StoryExtraction> extraction(String storyId);

  void putComparison(Comparison comparison);

  Optional<Comparison> comparison(String storyId);

  void putStoryBrief(Brief.StoryBrief brief);

  Optional<Brief.StoryBrief> storyBrief(String storyId);

  void putStorylineBrief(Brief.StorylineBrief brief);

  Optional<Brief.StorylineBrief> storylineBrief(String storylineId);

  // ---- global entity registry

  /**
   * Stores a registered entity: its name and type are replaced, its forms and roles added to those
   * already stored (never removed, so putting it again changes nothing).
   */
  void putEntity(RegisteredEntity entity);

  /** The entity with all the forms and roles stored for it, in the order they were first put. */
  Optional<RegisteredEntity> entity(String id);

  /** The registered entities of {@code type} having each of {@code forms}, by id. */
  Map<String, List<String>> entityIdsByForm(EntityType type, Collection<String> forms);

  /** Registered entities by name, then id. */
  List<RegisteredEntity> entities(int offset, int limit);

  /** The stored ones of {@code ids}, in their order. */
  List<RegisteredEntity> entities(Collection<String> ids);

  /**
   * The ids of the registered entities that the last extraction of any of {@code storyIds} names,
   * by id.
   */
  List<String> entityIdsOf(Collection<String> storyIds);

  /**
   * Every statement attributed to {@code entityId} on a day in [{@code since}, {@code until}]
   * (either bound may be null; undated statements only when both are), by day, story, article and
   * span.
   */
  List<StatementRecord> statements(
      String entityId, @Nullable LocalDate since, @Nullable LocalDate until);

  // ---- feeds

  void putFeed(FeedState feed);

  Optional<FeedState> feed(String url);

  /** Every feed, by URL. */
  List<FeedState> feeds();

  /**
   * How many bytes the store takes on disk (SQLite: its file, after folding the WAL into it;
   * PostgreSQL: its database). Not to be called inside a transaction.
   */
  long bytesOnDisk();

  /** Releases the connections; the store must not be used afterwards. */
  @Override
  void close();
}
