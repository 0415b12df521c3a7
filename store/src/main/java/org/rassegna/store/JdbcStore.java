package org.rassegna.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.ArticleDay;
import org.rassegna.model.Brief;
import org.rassegna.model.Comparison;
import org.rassegna.model.EntityType;
import org.rassegna.model.Mention;
import org.rassegna.model.Published;
import org.rassegna.model.Quotation;
import org.rassegna.model.QuotationGroup;
import org.rassegna.model.Sentence;
import org.rassegna.model.SourceGroup;
import org.rassegna.model.Story;
import org.rassegna.model.StoryExtraction;
import org.rassegna.model.Storyline;
import org.rassegna.model.TimeExpression;
import org.rassegna.model.Token;

/**
 * The store over JDBC, in SQL that SQLite and PostgreSQL both run ({@code INSERT … ON CONFLICT});
 * the subclasses open the connections and choose the migrations.
 */
abstract class JdbcStore implements Store {

  /** IN-lists are cut to this many parameters (well under SQLite's and PostgreSQL's limits). */
  private static final int CHUNK = 500;

  private static final String EXTRACTION = "extraction";
  private static final String COMPARISON = "comparison";
  private static final String BRIEF = "brief";

  /**
   * Doubles (the clusterer's centroids and vectors, most of what an add writes) are written by
   * Jackson's Schubfach writer and read by its fast parser: Java 17's {@code Double.toString} took
   * most of the time of writing a session's rows. Both give the shortest decimal that reads back as
   * the same double, so a restored session computes bit for bit what the saved one would have.
   */
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
          .build();

  /**
   * What an annotation adds to its article; {@code day} is missing (null) in rows stored before the
   * day was kept, and then decided again by {@link ArticleDay#of the rule}.
   */
  private record AnnotationBody(
      List<Sentence> sentences,
      List<Token> tokens,
      List<Mention> mentions,
      List<TimeExpression> times,
      @Nullable DayBody day) {}

  /** An {@link ArticleDay} in JSON, its days as ISO text. */
  private record DayBody(@Nullable String day, ArticleDay.Basis basis, @Nullable String anchor) {

    static DayBody of(ArticleDay d) {
      return new DayBody(dayText(d.day()), d.basis(), dayText(d.anchor()));
    }

    ArticleDay toDay() {
      return new ArticleDay(JdbcStore.day(day), basis, JdbcStore.day(anchor));
    }
  }

  @FunctionalInterface
  interface Sql<T> {
    T run(Connection c) throws SQLException;
  }

  @FunctionalInterface
  private interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final DataSource writer;
  private final DataSource reader;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  /**
   * @param writer connections for transactions (auto-commit off)
   * @param reader connections for reads outside a transaction (may be {@code writer})
   */
  JdbcStore(DataSource writer, DataSource reader) {
    this.writer = writer;
    this.reader = reader;
  }

  /**
   * Brings the schema of {@code ds} to the newest version of the migrations in {@code location}
   * (Flyway logs through SLF4J, which the command line silences).
   */
  static void migrate(DataSource ds, String location) {
    Flyway.configure().dataSource(ds).locations(location).loggers("slf4j").load().migrate();
  }

  /** Prepares a connection for a read of several statements that must see one state. */
  abstract void beginRead(Connection c) throws SQLException;

  // ---- transactions

  @Override
  public <T> T inTransaction(Work<T> work) {
    if (current.get() != null) {
      return runWork(work);
    }
    try (Connection c = writer.getConnection()) {
      c.setAutoCommit(false);
      current.set(c);
      try {
        T result = runWork(work);
        c.commit();
        return result;
      } catch (RuntimeException | Error e) {
        c.rollback();
        throw e;
      } finally {
        current.remove();
      }
    } catch (SQLException e) {
      throw new StoreException("transaction failed: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("PMD.AvoidCatchingGenericException") // the work may throw anything
  private <T> T runWork(Work<T> work) {
    try {
      return work.run(this);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new StoreException("transaction work failed: " + e.getMessage(), e);
    }
  }

  private <T> T write(Sql<T> sql) {
    return inTransaction(tx -> sql.run(current.get()));
  }

  private <T> T read(Sql<T> sql) {
    Connection joined = current.get();
    try {
      if (joined != null) {
        return sql.run(joined);
      }
      try (Connection c = reader.getConnection()) {
        c.setAutoCommit(false);
        beginRead(c);
        try {
          T result = sql.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        }
      }
    } catch (SQLException e) {
      throw new StoreException("read failed: " + e.getMessage(), e);
    }
  }

  // ---- articles

  @Override
  public boolean putArticle(StoredArticle stored) {
    Article a = stored.article();
    return write(
        c ->
            update(
                    c,
                    "INSERT INTO article (id, source, url, published, title, language, day, text,"
                        + " extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                    a.id(),
                    a.source(),
                    a.url(),
                    a.published() == null ? null : a.published().iso(),
                    a.title(),
                    a.language(),
                    dayText(stored.day()),
                    a.text(),
                    toJson(a.extra()))
                == 1);
  }

  @Override
  public Optional<StoredArticle> article(String id) {
    return articles(List.of(id)).stream().findFirst();
  }

  @Override
  public List<StoredArticle> articles(Collection<String> ids) {
    Map<String, StoredArticle> byId =
        read(
            c -> {
              Map<String, StoredArticle> found = new LinkedHashMap<>();
              for (List<String> chunk : chunks(ids)) {
                query(
                    c,
                    "SELECT " + ARTICLE_COLUMNS + " FROM article WHERE id IN " + marks(chunk),
                    chunk,
                    JdbcStore::storedArticle,
                    a -> found.put(a.id(), a));
              }
              return found;
            });
    List<StoredArticle> ordered = new ArrayList<>();
    for (String id : ids) {
      StoredArticle a = byId.get(id);
      if (a != null) {
        ordered.add(a);
      }
    }
    return ordered;
  }

  private static final String ARTICLE_COLUMNS =
      "id, source, url, published, title, language, day, text, extra";

  private static StoredArticle storedArticle(ResultSet rs) throws SQLException {
    String published = rs.getString("published");
    @SuppressWarnings("unchecked")
    Map<String, String> extra = fromJson(rs.getString("extra"), Map.class);
    Article article =
        new Article(
            rs.getString("id"),
            rs.getString("source"),
            rs.getString("url"),
            published == null ? null : new Published(published),
            rs.getString("title"),
            rs.getString("text"),
            rs.getString("language"),
            extra);
    return new StoredArticle(article, day(rs.getString("day")));
  }

  @Override
  public Set<String> knownArticleIds(Collection<String> ids) {
    return read(
        c -> {
          Set<String> known = new HashSet<>();
          for (List<String> chunk : chunks(ids)) {
            query(
                c,
                "SELECT id FROM article WHERE id IN " + marks(chunk),
                chunk,
                rs -> rs.getString(1),
                known::add);
          }
          return known;
        });
  }

  @Override
  public Optional<String> articleIdByUrl(String url) {
    return read(
        c ->
            first(
                c,
                "SELECT id FROM article WHERE url = ? ORDER BY seq LIMIT 1",
                List.of(url),
                rs -> rs.getString(1)));
  }

  @Override
  public long articleCount() {
    return read(c -> first(c, "SELECT COUNT(*) FROM article", List.of(), rs -> rs.getLong(1)))
        .orElseThrow();
  }

  @Override
  public void forEachArticle(Consumer<StoredArticle> action) {
    read(
        c ->
            query(
                c,
                "SELECT " + ARTICLE_COLUMNS + " FROM article ORDER BY seq",
                List.of(),
                JdbcStore::storedArticle,
                action));
  }

  // ---- annotations

  @Override
  public void putAnnotation(AnnotatedArticle annotated) {
    byte[] body =
        gzip(
            toJson(
                new AnnotationBody(
                    annotated.sentences(),
                    annotated.tokens(),
                    annotated.mentions(),
                    annotated.times(),
                    DayBody.of(annotated.day()))));
    write(
        c ->
            update(
                c,
                "INSERT INTO annotation (article_id, language, body) VALUES (?, ?, ?)"
                    + " ON CONFLICT (article_id) DO UPDATE SET language = excluded.language,"
                    + " body = excluded.body",
                annotated.id(),
                annotated.language(),
                body));
  }

  @Override
  public Optional<AnnotatedArticle> annotation(String articleId) {
    return annotations(List.of(articleId)).stream().findFirst();
  }

  @Override
  public List<AnnotatedArticle> annotations(Collection<String> articleIds) {
    record Stored(String id, String language, byte[] body) {}
    Map<String, Stored> bodies =
        read(
            c -> {
              Map<String, Stored> found = new LinkedHashMap<>();
              for (List<String> chunk : chunks(articleIds)) {
                query(
                    c,
                    "SELECT article_id, language, body FROM annotation WHERE article_id IN "
                        + marks(chunk),
                    chunk,
                    rs -> new Stored(rs.getString(1), rs.getString(2), rs.getBytes(3)),
                    s -> found.put(s.id(), s));
              }
              return found;
            });
    Map<String, StoredArticle> articles = new LinkedHashMap<>();
    articles(bodies.keySet()).forEach(a -> articles.put(a.id(), a));
    List<AnnotatedArticle> result = new ArrayList<>();
    for (String id : articleIds) {
      Stored s = bodies.get(id);
      StoredArticle a = articles.get(id);
      if (s != null && a != null) {
        AnnotationBody b = fromJson(gunzip(s.body()), AnnotationBody.class);
        ArticleDay day =
            b.day() != null ? b.day().toDay() : ArticleDay.of(a.article().published(), b.times());
        result.add(
            new AnnotatedArticle(
                a.article(),
                s.language(),
                b.sentences(),
                b.tokens(),
                b.mentions(),
                b.times(),
                day));
      }
    }
    return result;
  }

  // ---- generic stage state

  @Override
  public void putState(String key, Object value) {
    write(
        c ->
            update(
                c,
                "INSERT INTO state (key, value) VALUES (?, ?)"
                    + " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key,
                toJson(value)));
  }

  @Override
  public <T> Optional<T> state(String key, Class<T> type) {
    return read(c ->
            first(c, "SELECT value FROM state WHERE key = ?", List.of(key), rs -> rs.getString(1)))
        .map(json -> fromJson(json, type));
  }

  @Override
  public void putArticleState(String stage, String articleId, Object value) {
    write(
        c ->
            update(
                c,
                "INSERT INTO article_state (stage, article_id, value) VALUES (?, ?, ?)"
                    + " ON CONFLICT (stage, article_id) DO UPDATE SET value = excluded.value",
                stage,
                articleId,
                toJson(value)));
  }

  @Override
  public <T> Optional<T> articleState(String stage, String articleId, Class<T> type) {
    return Optional.ofNullable(articleStates(stage, List.of(articleId), type).get(articleId));
  }

  @Override
  public <T> Map<String, T> articleStates(
      String stage, Collection<String> articleIds, Class<T> type) {
    return read(
        c -> {
          Map<String, T> found = new LinkedHashMap<>();
          for (List<String> chunk : chunks(articleIds)) {
            List<Object> params = new ArrayList<>();
            params.add(stage);
            params.addAll(chunk);
            query(
                c,
                "SELECT article_id, value FROM article_state WHERE stage = ? AND article_id IN "
                    + marks(chunk),
                params,
                rs -> Map.entry(rs.getString(1), fromJson(rs.getString(2), type)),
                e -> found.put(e.getKey(), e.getValue()));
          }
          return found;
        });
  }

  @Override
  public <T> void forEachArticleState(String stage, Class<T> type, BiConsumer<String, T> action) {
    read(
        c ->
            query(
                c,
                "SELECT s.article_id, s.value FROM article_state s JOIN article a"
                    + " ON a.id = s.article_id WHERE s.stage = ? ORDER BY a.seq",
                List.of(stage),
                rs -> Map.entry(rs.getString(1), fromJson(rs.getString(2), type)),
                e -> action.accept(e.getKey(), e.getValue())));
  }

  @Override
  public void putRows(String stage, Map<String, ?> rows) {
    write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO stage_row (stage, key, value) VALUES (?, ?, ?)"
                      + " ON CONFLICT (stage, key) DO UPDATE SET value = excluded.value")) {
            for (Map.Entry<String, ?> row : new TreeMap<String, Object>(rows).entrySet()) {
              ps.setString(1, stage);
              ps.setString(2, row.getKey());
              ps.setString(3, toJson(row.getValue()));
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  @Override
  public void removeRows(String stage, Collection<String> keys) {
    write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM stage_row WHERE stage = ? AND key = ?")) {
            for (String key : new TreeSet<>(keys)) {
              ps.setString(1, stage);
              ps.setString(2, key);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  @Override
  public void clearRows(String stage) {
    write(c -> update(c, "DELETE FROM stage_row WHERE stage = ?", stage));
  }

  @Override
  public <T> Map<String, T> rows(String stage, Class<T> type) {
    return read(
        c -> {
          Map<String, T> found = new LinkedHashMap<>();
          query(
              c,
              "SELECT key, value FROM stage_row WHERE stage = ? ORDER BY key",
              List.of(stage),
              rs -> Map.entry(rs.getString(1), fromJson(rs.getString(2), type)),
              e -> found.put(e.getKey(), e.getValue()));
          return found;
        });
  }

  @Override
  public void putKeys(String stage, String articleId, Collection<String> keys) {
    write(
        c -> {
          update(c, "DELETE FROM article_key WHERE stage = ? AND article_id = ?", stage, articleId);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO article_key (stage, key, article_id) VALUES (?, ?, ?)"
                      + " ON CONFLICT DO NOTHING")) {
            for (String key : new LinkedHashSet<>(keys)) {
              ps.setString(1, stage);
              ps.setString(2, key);
              ps.setString(3, articleId);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  @Override
  public Map<String, List<String>> articlesByKey(String stage, Collection<String> keys) {
    return read(
        c -> {
          Map<String, List<String>> found = new LinkedHashMap<>();
          for (List<String> chunk : chunks(new LinkedHashSet<>(keys))) {
            List<Object> params = new ArrayList<>();
            params.add(stage);
            params.addAll(chunk);
            query(
                c,
                "SELECT k.key, k.article_id FROM article_key k JOIN article a"
                    + " ON a.id = k.article_id WHERE k.stage = ? AND k.key IN "
                    + marks(chunk)
                    + " ORDER BY a.seq",
                params,
                rs -> Map.entry(rs.getString(1), rs.getString(2)),
                e -> found.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
          }
          return found;
        });
  }

  // ---- dedup groups

  @Override
  public void putGroups(Collection<SourceGroup> groups) {
    write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO source_group (article_id, group_id) VALUES (?, ?)"
                      + " ON CONFLICT (article_id) DO UPDATE SET group_id = excluded.group_id")) {
            for (SourceGroup g : groups) {
              for (String article : g.articleIds()) {
                ps.setString(1, article);
                ps.setString(2, g.id());
                ps.addBatch();
              }
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  @Override
  public Map<String, String> groupIds(Collection<String> articleIds) {
    return read(c -> groupIds(c, articleIds));
  }

  private static Map<String, String> groupIds(Connection c, Collection<String> articleIds)
      throws SQLException {
    Map<String, String> found = new LinkedHashMap<>();
    for (List<String> chunk : chunks(articleIds)) {
      query(
          c,
          "SELECT article_id, group_id FROM source_group WHERE article_id IN " + marks(chunk),
          chunk,
          rs -> Map.entry(rs.getString(1), rs.getString(2)),
          e -> found.put(e.getKey(), e.getValue()));
    }
    return found;
  }

  @Override
  public List<SourceGroup> groupsOf(Collection<String> articleIds) {
    return read(
        c -> {
          Set<String> groupIds = new java.util.TreeSet<>(groupIds(c, articleIds).values());
          Map<String, List<String>> members = new TreeMap<>();
          for (List<String> chunk : chunks(groupIds)) {
            query(
                c,
                "SELECT g.group_id, g.article_id FROM source_group g JOIN article a"
                    + " ON a.id = g.article_id WHERE g.group_id IN "
                    + marks(chunk)
                    + " ORDER BY CASE WHEN g.article_id = g.group_id THEN 0 ELSE 1 END, a.seq",
                chunk,
                rs -> Map.entry(rs.getString(1), rs.getString(2)),
                e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
          }
          List<SourceGroup> groups = new ArrayList<>();
          members.forEach((id, articles) -> groups.add(new SourceGroup(id, articles)));
          return groups;
        });
  }

  // ---- stories and storylines

  @Override
  public void putStory(Story story) {
    write(
        c -> {
          if (storyArticles(c, story.id()).equals(story.articleIds())) {
            return null; // unchanged: keep its revision
          }
          long revision =
              first(
                      c,
                      "SELECT COALESCE(MAX(revision), 0) + 1 FROM story",
                      List.of(),
                      rs -> rs.getLong(1))
                  .orElseThrow();
          update(
              c,
              "INSERT INTO story (id, articles, revision) VALUES (?, ?, ?) ON CONFLICT (id)"
                  + " DO UPDATE SET articles = excluded.articles, revision = excluded.revision",
              story.id(),
              story.articleIds().size(),
              revision);
          update(c, "DELETE FROM story_article WHERE story_id = ?", story.id());
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO story_article (story_id, article_id, position) VALUES (?, ?, ?)")) {
            int position = 0;
            for (String article : story.articleIds()) {
              ps.setString(1, story.id());
              ps.setString(2, article);
              ps.setInt(3, position++);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          update(
              c,
              "UPDATE story SET"
                  + " first_day = (SELECT MIN(a.day) FROM story_article sa JOIN article a"
                  + " ON a.id = sa.article_id WHERE sa.story_id = story.id),"
                  + " last_day = (SELECT MAX(a.day) FROM story_article sa JOIN article a"
                  + " ON a.id = sa.article_id WHERE sa.story_id = story.id) WHERE id = ?",
              story.id());
          return null;
        });
  }

  private static List<String> storyArticles(Connection c, String storyId) throws SQLException {
    List<String> articles = new ArrayList<>();
    query(
        c,
        "SELECT article_id FROM story_article WHERE story_id = ? ORDER BY position",
        List.of(storyId),
        rs -> rs.getString(1),
        articles::add);
    return articles;
  }

  @Override
  public void removeStory(String storyId) {
    write(
        c -> {
          Optional<String> line =
              first(
                  c,
                  "SELECT storyline_id FROM storyline_story WHERE story_id = ?",
                  List.of(storyId),
                  rs -> rs.getString(1));
          for (String table :
              List.of(
                  "statement",
                  "story_stale",
                  "story_entity",
                  "story_product",
                  "storyline_story",
                  "story_article")) {
            update(c, "DELETE FROM " + table + " WHERE story_id = ?", storyId);
          }
          update(c, "DELETE FROM story WHERE id = ?", storyId);
          if (line.isPresent()) {
            dropIfEmpty(c, line.get());
          }
          return null;
        });
  }

  private static void dropIfEmpty(Connection c, String storylineId) throws SQLException {
    boolean empty =
        first(
                c,
                "SELECT 1 FROM storyline_story WHERE storyline_id = ? LIMIT 1",
                List.of(storylineId),
                rs -> rs.getInt(1))
            .isEmpty();
    if (empty) {
      update(c, "DELETE FROM storyline_brief WHERE storyline_id = ?", storylineId);
      update(c, "DELETE FROM storyline WHERE id = ?", storylineId);
    }
  }

  @Override
  public Optional<Story> story(String id) {
    List<String> articles = read(c -> storyArticles(c, id));
    return articles.isEmpty() ? Optional.empty() : Optional.of(new Story(id, articles));
  }

  @Override
  public List<Story> stories() {
    Map<String, List<String>> members =
        read(
            c -> {
              Map<String, List<String>> found = new LinkedHashMap<>();
              query(
                  c,
                  "SELECT story_id, article_id FROM story_article ORDER BY story_id, position",
                  List.of(),
                  rs -> Map.entry(rs.getString(1), rs.getString(2)),
                  e -> found.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
              return found;
            });
    List<Story> stories = new ArrayList<>();
    members.forEach((id, articles) -> stories.add(new Story(id, articles)));
    return stories;
  }

  @Override
  public List<String> storyIdsOf(Collection<String> articleIds) {
    return idsWhereIn("SELECT story_id FROM story_article WHERE article_id IN ", articleIds);
  }

  /** A story list's columns; {@code sources} counts its independent source groups. */
  private static final String STORY_ROW_COLUMNS =
      "SELECT s.id, ls.storyline_id, s.first_day, s.last_day, s.articles, s.headline,"
          + " s.revision, (SELECT COUNT(DISTINCT COALESCE(g.group_id, sa.article_id))"
          + " FROM story_article sa LEFT JOIN source_group g ON g.article_id = sa.article_id"
          + " WHERE sa.story_id = s.id) AS sources"
          + " FROM story s LEFT JOIN storyline_story ls ON ls.story_id = s.id";

  @Override
  public List<StoryRow> stories(StoryQuery q) {
    List<Object> params = new ArrayList<>();
    String where = storyFilter(q, params);
    params.add(q.limit());
    params.add(q.offset());
    String sql = STORY_ROW_COLUMNS + where + " ORDER BY s.revision DESC, s.id LIMIT ? OFFSET ?";
    return read(
        c -> {
          List<StoryRow> rows = new ArrayList<>();
          query(c, sql, params, JdbcStore::storyRow, rows::add);
          return rows;
        });
  }

  @Override
  public List<StoryRow> storyRows(Collection<String> storyIds) {
    Map<String, StoryRow> byId =
        read(
            c -> {
              Map<String, StoryRow> found = new LinkedHashMap<>();
              for (List<String> chunk : chunks(storyIds)) {
                query(
                    c,
                    STORY_ROW_COLUMNS + " WHERE s.id IN " + marks(chunk),
                    chunk,
                    JdbcStore::storyRow,
                    r -> found.put(r.id(), r));
              }
              return found;
            });
    return storyIds.stream().map(byId::get).filter(Objects::nonNull).toList();
  }

  private static StoryRow storyRow(ResultSet rs) throws SQLException {
    return new StoryRow(
        rs.getString("id"),
        rs.getString("storyline_id"),
        day(rs.getString("first_day")),
        day(rs.getString("last_day")),
        rs.getInt("articles"),
        rs.getInt("sources"),
        rs.getString("headline"),
        rs.getLong("revision"));
  }

  @Override
  public long storyCount(StoryQuery q) {
    List<Object> params = new ArrayList<>();
    String sql = "SELECT COUNT(*) FROM story s" + storyFilter(q, params);
    return read(c -> first(c, sql, params, rs -> rs.getLong(1))).orElseThrow();
  }

  private static String storyFilter(StoryQuery q, List<Object> params) {
    List<String> conditions = new ArrayList<>();
    if (q.since() != null) {
      conditions.add("s.last_day >= ?");
      params.add(q.since().toString());
    }
    if (q.until() != null) {
      conditions.add("s.first_day <= ?");
      params.add(q.until().toString());
    }
    if (q.source() != null) {
      conditions.add(
          "EXISTS (SELECT 1 FROM story_article sa JOIN article a ON a.id = sa.article_id"
              + " WHERE sa.story_id = s.id AND a.source = ?)");
      params.add(q.source());
    }
    if (q.entityId() != null) {
      conditions.add(
          "EXISTS (SELECT 1 FROM story_entity se WHERE se.story_id = s.id AND se.entity_id = ?)");
      params.add(q.entityId());
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  @Override
  public void putStoryline(Storyline storyline) {
    write(
        c -> {
          List<String> stored = new ArrayList<>();
          query(
              c,
              "SELECT story_id FROM storyline_story WHERE storyline_id = ? ORDER BY position",
              List.of(storyline.id()),
              rs -> rs.getString(1),
              stored::add);
          List<String> stories = storyline.storyIds();
          // a storyline mostly changes near its end (the stories of the latest events): only its
          // stories from the first place it differs from the stored one on are written again, so
          // that a long one is not rewritten whole at each add that changes it
          int from = 0;
          while (from < stored.size()
              && from < stories.size()
              && stored.get(from).equals(stories.get(from))) {
            from++;
          }
          if (!stored.isEmpty() && from == stored.size() && from == stories.size()) {
            return null; // unchanged
          }
          List<String> written = stories.subList(from, stories.size());
          Set<String> previous = new HashSet<>();
          for (List<String> chunk : chunks(written)) {
            query(
                c,
                "SELECT storyline_id FROM storyline_story WHERE story_id IN " + marks(chunk),
                chunk,
                rs -> rs.getString(1),
                previous::add);
          }
          if (stored.isEmpty()) {
            update(
                c,
                "INSERT INTO storyline (id) VALUES (?) ON CONFLICT (id) DO NOTHING",
                storyline.id());
          }
          if (from < stored.size()) {
            update(
                c,
                "DELETE FROM storyline_story WHERE storyline_id = ? AND position >= ?",
                storyline.id(),
                from);
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO storyline_story (story_id, storyline_id, position) VALUES (?, ?, ?)"
                      + " ON CONFLICT (story_id) DO UPDATE SET storyline_id ="
                      + " excluded.storyline_id, position = excluded.position")) {
            int position = from;
            for (String story : written) {
              ps.setString(1, story);
              ps.setString(2, storyline.id());
              ps.setInt(3, position++);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          previous.remove(storyline.id());
          for (String line : previous) {
            dropIfEmpty(c, line);
          }
          return null;
        });
  }

  @Override
  public Optional<Storyline> storyline(String id) {
    List<String> stories = new ArrayList<>();
    read(
        c ->
            query(
                c,
                "SELECT story_id FROM storyline_story WHERE storyline_id = ? ORDER BY position",
                List.of(id),
                rs -> rs.getString(1),
                stories::add));
    return stories.isEmpty() ? Optional.empty() : Optional.of(new Storyline(id, stories));
  }

  @Override
  public List<Storyline> storylines() {
    Map<String, List<String>> members = new LinkedHashMap<>();
    read(
        c ->
            query(
                c,
                "SELECT storyline_id, story_id FROM storyline_story"
                    + " ORDER BY storyline_id, position",
                List.of(),
                rs -> Map.entry(rs.getString(1), rs.getString(2)),
                e ->
                    members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue())));
    List<Storyline> lines = new ArrayList<>();
    members.forEach((id, stories) -> lines.add(new Storyline(id, stories)));
    return lines;
  }

  @Override
  public void markStale(Collection<String> storyIds) {
    write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO story_stale (story_id) VALUES (?) ON CONFLICT DO NOTHING")) {
            for (String id : new java.util.TreeSet<>(storyIds)) {
              ps.setString(1, id);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  @Override
  public void markRefreshed(String storyId) {
    write(c -> update(c, "DELETE FROM story_stale WHERE story_id = ?", storyId));
  }

  @Override
  public List<String> staleStoryIds() {
    return read(
        c -> {
          List<String> ids = new ArrayList<>();
          query(
              c,
              "SELECT story_id FROM story_stale ORDER BY story_id",
              List.of(),
              rs -> rs.getString(1),
              ids::add);
          return ids;
        });
  }

  // ---- per-story products

  @Override
  public void putExtraction(StoryExtraction extraction, Map<String, String> registryIds) {
    String story = extraction.storyId();
    write(
        c -> {
          putProduct(c, story, EXTRACTION, extraction);
          update(c, "DELETE FROM statement WHERE story_id = ?", story);
          update(c, "DELETE FROM story_entity WHERE story_id = ?", story);
          Set<String> named = new java.util.TreeSet<>();
          extraction
              .entities()
              .forEach(e -> optional(registryIds.get(e.id())).ifPresent(named::add));
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO story_entity (story_id, entity_id) VALUES (?, ?)")) {
            for (String entity : named) {
              ps.setString(1, story);
              ps.setString(2, entity);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO statement (story_id, group_id, variant, entity_id, article_id, day,"
                      + " span_start, body) VALUES (?, ?, ?, ?, ?,"
                      + " (SELECT day FROM article WHERE id = ?), ?, ?)")) {
            for (QuotationGroup g : extraction.statements()) {
              int variant = 0;
              for (QuotationGroup.Variant v : g.variants()) {
                String local =
                    v.speakerEntityId() != null ? v.speakerEntityId() : g.speakerEntityId();
                String entity = local == null ? null : registryIds.get(local);
                if (entity != null) {
                  Quotation q = v.quotation();
                  ps.setString(1, story);
                  ps.setString(2, g.id());
                  ps.setInt(3, variant);
                  ps.setString(4, entity);
                  ps.setString(5, q.articleId());
                  ps.setString(6, q.articleId());
                  ps.setInt(7, q.span().start());
                  ps.setString(8, toJson(q));
                  ps.addBatch();
                }
                variant++;
              }
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  private static <T> Optional<T> optional(@Nullable T value) {
    return Optional.ofNullable(value);
  }

  @Override
  public Optional<StoryExtraction> extraction(String storyId) {
    return product(storyId, EXTRACTION, StoryExtraction.class);
  }

  @Override
  public void putComparison(Comparison comparison) {
    write(c -> putProduct(c, comparison.storyId(), COMPARISON, comparison));
  }

  @Override
  public Optional<Comparison> comparison(String storyId) {
    return product(storyId, COMPARISON, Comparison.class);
  }

  @Override
  public void putStoryBrief(Brief.StoryBrief brief) {
    write(
        c -> {
          putProduct(c, brief.id(), BRIEF, brief);
          return update(
              c, "UPDATE story SET headline = ? WHERE id = ?", brief.headline().text(), brief.id());
        });
  }

  @Override
  public Optional<Brief.StoryBrief> storyBrief(String storyId) {
    return product(storyId, BRIEF, Brief.StoryBrief.class);
  }

  @Override
  public void putStorylineBrief(Brief.StorylineBrief brief) {
    write(
        c ->
            update(
                c,
                "INSERT INTO storyline_brief (storyline_id, body) VALUES (?, ?)"
                    + " ON CONFLICT (storyline_id) DO UPDATE SET body = excluded.body",
                brief.id(),
                toJson(brief)));
  }

  @Override
  public Optional<Brief.StorylineBrief> storylineBrief(String storylineId) {
    return read(c ->
            first(
                c,
                "SELECT body FROM storyline_brief WHERE storyline_id = ?",
                List.of(storylineId),
                rs -> rs.getString(1)))
        .map(json -> fromJson(json, Brief.StorylineBrief.class));
  }

  private static int putProduct(Connection c, String storyId, String kind, Object product)
      throws SQLException {
    return update(
        c,
        "INSERT INTO story_product (story_id, kind, body) VALUES (?, ?, ?)"
            + " ON CONFLICT (story_id, kind) DO UPDATE SET body = excluded.body",
        storyId,
        kind,
        toJson(product));
  }

  private <T> Optional<T> product(String storyId, String kind, Class<T> type) {
    return read(c ->
            first(
                c,
                "SELECT body FROM story_product WHERE story_id = ? AND kind = ?",
                List.of(storyId, kind),
                rs -> rs.getString(1)))
        .map(json -> fromJson(json, type));
  }

  // ---- global entity registry

  @Override
  public void putEntity(RegisteredEntity e) {
    write(
        c -> {
          update(
              c,
              "INSERT INTO entity (id, name, type) VALUES (?, ?, ?) ON CONFLICT (id)"
                  + " DO UPDATE SET name = excluded.name, type = excluded.type",
              e.id(),
              e.name(),
              e.type().name());
          addValues(c, "entity_form", "form", e.id(), e.forms());
          addValues(c, "entity_role", "role", e.id(), e.roles());
          return null;
        });
  }

  private static void addValues(
      Connection c, String table, String column, String entityId, List<String> values)
      throws SQLException {
    for (String value : values) {
      update(
          c,
          "INSERT INTO "
              + table
              + " (entity_id, "
              + column
              + ", position) SELECT ?, ?, COALESCE(MAX(position), -1) + 1 FROM "
              + table
              + " WHERE entity_id = ? ON CONFLICT DO NOTHING",
          entityId,
          value,
          entityId);
    }
  }

  @Override
  public Optional<RegisteredEntity> entity(String id) {
    return read(c -> entity(c, id));
  }

  @Override
  public List<RegisteredEntity> entities(Collection<String> ids) {
    // one connection for all: a search page lists up to 100, and readers are a small pool
    return read(
        c -> {
          List<RegisteredEntity> found = new ArrayList<>();
          for (String id : ids) {
            entity(c, id).ifPresent(found::add);
          }
          return found;
        });
  }

  private static Optional<RegisteredEntity> entity(Connection c, String id) throws SQLException {
    Optional<String[]> row =
        first(
            c,
            "SELECT name, type FROM entity WHERE id = ?",
            List.of(id),
            rs -> new String[] {rs.getString(1), rs.getString(2)});
    if (row.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new RegisteredEntity(
            id,
            row.get()[0],
            EntityType.valueOf(row.get()[1]),
            values(c, "entity_form", "form", id),
            values(c, "entity_role", "role", id)));
  }

  private static List<String> values(Connection c, String table, String column, String entityId)
      throws SQLException {
    List<String> values = new ArrayList<>();
    query(
        c,
        "SELECT " + column + " FROM " + table + " WHERE entity_id = ? ORDER BY position",
        List.of(entityId),
        rs -> rs.getString(1),
        values::add);
    return values;
  }

  @Override
  public Map<String, List<String>> entityIdsByForm(EntityType type, Collection<String> forms) {
    return read(
        c -> {
          Map<String, List<String>> found = new LinkedHashMap<>();
          for (List<String> chunk : chunks(new LinkedHashSet<>(forms))) {
            List<Object> params = new ArrayList<>();
            params.add(type.name());
            params.addAll(chunk);
            query(
                c,
                "SELECT f.form, f.entity_id FROM entity_form f JOIN entity e ON e.id = f.entity_id"
                    + " WHERE e.type = ? AND f.form IN "
                    + marks(chunk)
                    + " ORDER BY f.entity_id",
                params,
                rs -> Map.entry(rs.getString(1), rs.getString(2)),
                e -> found.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
          }
          return found;
        });
  }

  @Override
  public List<String> entityIdsOf(Collection<String> storyIds) {
    return idsWhereIn("SELECT entity_id FROM story_entity WHERE story_id IN ", storyIds);
  }

  /** The distinct ids {@code select} (ending in "IN ") gives for {@code keys}, sorted. */
  private List<String> idsWhereIn(String select, Collection<String> keys) {
    return read(
        c -> {
          Set<String> ids = new java.util.TreeSet<>();
          for (List<String> chunk : chunks(keys)) {
            query(c, select + marks(chunk), chunk, rs -> rs.getString(1), ids::add);
          }
          return List.copyOf(ids);
        });
  }

  @Override
  public List<RegisteredEntity> entities(int offset, int limit) {
    List<String> ids = new ArrayList<>();
    read(
        c ->
            query(
                c,
                "SELECT id FROM entity ORDER BY name, id LIMIT ? OFFSET ?",
                List.of(limit, offset),
                rs -> rs.getString(1),
                ids::add));
    return entities(ids);
  }

  @Override
  public List<StatementRecord> statements(
      String entityId, @Nullable LocalDate since, @Nullable LocalDate until) {
    List<Object> params = new ArrayList<>(List.of(entityId));
    StringBuilder sql =
        new StringBuilder(
            "SELECT story_id, group_id, entity_id, day, body FROM statement WHERE entity_id = ?");
    if (since != null) {
      sql.append(" AND day >= ?");
      params.add(since.toString());
    }
    if (until != null) {
      sql.append(" AND day <= ?");
      params.add(until.toString());
    }
    sql.append(" ORDER BY day IS NULL, day, story_id, article_id, span_start, group_id, variant");
    return read(
        c -> {
          List<StatementRecord> found = new ArrayList<>();
          query(
              c,
              sql.toString(),
              params,
              rs ->
                  new StatementRecord(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      day(rs.getString(4)),
                      fromJson(rs.getString(5), Quotation.class)),
              found::add);
          return found;
        });
  }

  // ---- feeds

  @Override
  public void putFeed(FeedState f) {
    write(
        c ->
            update(
                c,
                "INSERT INTO feed (url, etag, last_modified, last_poll, last_error, failures)"
                    + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET"
                    + " etag = excluded.etag, last_modified = excluded.last_modified,"
                    + " last_poll = excluded.last_poll, last_error = excluded.last_error,"
                    + " failures = excluded.failures",
                f.url(),
                f.etag(),
                f.lastModified(),
                f.lastPoll() == null ? null : f.lastPoll().toString(),
                f.lastError(),
                f.failures()));
  }

  @Override
  public Optional<FeedState> feed(String url) {
    return feeds("WHERE url = ?", List.of(url)).stream().findFirst();
  }

  @Override
  public List<FeedState> feeds() {
    return feeds("", List.of());
  }

  private List<FeedState> feeds(String where, List<Object> params) {
    List<FeedState> found = new ArrayList<>();
    read(
        c ->
            query(
                c,
                "SELECT url, etag, last_modified, last_poll, last_error, failures FROM feed "
                    + where
                    + " ORDER BY url",
                params,
                rs -> {
                  String poll = rs.getString(4);
                  return new FeedState(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      poll == null ? null : Instant.parse(poll),
                      rs.getString(5),
                      rs.getInt(6));
                },
                found::add));
    return found;
  }

  // ---- JDBC and JSON helpers

  private static int update(Connection c, String sql, @Nullable Object... params)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, java.util.Arrays.asList(params));
      return ps.executeUpdate();
    }
  }

  private static <T> int query(
      Connection c, String sql, List<?> params, Row<T> row, Consumer<? super T> each)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(CHUNK);
      bind(ps, params);
      int n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          each.accept(row.map(rs));
          n++;
        }
      }
      return n;
    }
  }

  private static <T> Optional<T> first(Connection c, String sql, List<?> params, Row<T> row)
      throws SQLException {
    List<T> found = new ArrayList<>(1);
    query(c, sql, params, row, found::add);
    return found.stream().findFirst();
  }

  private static void bind(PreparedStatement ps, List<?> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object p = params.get(i);
      if (p == null) {
        ps.setNull(i + 1, Types.VARCHAR);
      } else if (p instanceof byte[] bytes) {
        ps.setBytes(i + 1, bytes);
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }

  private static List<List<String>> chunks(Collection<String> ids) {
    List<String> all = List.copyOf(ids);
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }

  private static String marks(List<?> values) {
    return "(" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")";
  }

  private static @Nullable String dayText(@Nullable LocalDate day) {
    return day == null ? null : day.toString();
  }

  private static @Nullable LocalDate day(@Nullable String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  static <T> T fromJson(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot read a " + type.getSimpleName() + " from stored JSON", e);
    }
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static String gunzip(byte[] bytes) {
    try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("a stored annotation is not valid gzip", e);
    }
  }
}
