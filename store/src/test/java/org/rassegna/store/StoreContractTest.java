package org.rassegna.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.ArticleDay;
import org.rassegna.model.EntityType;
import org.rassegna.model.Published;
import org.rassegna.model.SourceGroup;
import org.rassegna.model.Story;
import org.rassegna.model.StoryExtraction;
import org.rassegna.model.Storyline;

/**
 * What every {@link Store} must do, checked by round-trips of model records; each implementation
 * runs it through a subclass.
 */
abstract class StoreContractTest {

  /** A new, empty store. */
  abstract Store openEmpty() throws Exception;

  /** The same store as the last {@link #openEmpty}, opened again after it was closed. */
  abstract Store reopen() throws Exception;

  /** Whether it outlives its process and reads go on beside a writer (not so in memory). */
  boolean persistent() {
    return true;
  }

  Store store;

  @BeforeEach
  void open() throws Exception {
    store = openEmpty();
  }

  @AfterEach
  void close() {
    store.close();
  }

  record Signature(String articleId, long[] hashes, List<String> bands) {}

  /** An open storyline's row as schema 3 held it: its members whole, with their stories. */
  static final String STORYLINE_ROW_V3 =
      "{\"storyline\":{\"seq\":14,\"sum\":{\"press\":21.0705839000766,\"stato\":1.0E-5},"
          + "\"squaredNorm\":2.5,\"lastMs\":-9223372036854775808,\"lastAdd\":7,\"prior\":1.0,"
          + "\"members\":[{\"seq\":3,\"story\":{\"id\":\"s4\",\"articleIds\":[\"a\",\"b\"]}},"
          + "{\"seq\":12,\"story\":{\"id\":\"s12.7\",\"articleIds\":[\"c\"]}},"
          + "{\"seq\":2,\"story\":{\"id\":\"s3\",\"articleIds\":[\"d\"]}}]}}";

  /**
   * Migrates the database at {@code url} to schema 3 with the {@code dialect}'s migrations and
   * stores {@link #STORYLINE_ROW_V3} in it, as a store written before schema 4 held it.
   */
  static void schemaThreeWithStorylineRow(String url, String dialect) throws SQLException {
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration/" + dialect)
        .target("3")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement ps =
            c.prepareStatement("INSERT INTO stage_row (stage, key, value) VALUES (?, ?, ?)")) {
      ps.setString(1, "cluster/storyline");
      ps.setString(2, "14");
      ps.setString(3, STORYLINE_ROW_V3);
      ps.executeUpdate();
    }
  }

  /**
   * Checks that schema 4 split {@link #STORYLINE_ROW_V3}: the row names its members in order, each
   * member a row of {@code cluster/line-member} by story id, every other field kept.
   */
  static void assertStorylineRowSplit(Store migrated) {
    JsonNode line = migrated.rows("cluster/storyline", JsonNode.class).get("14").get("storyline");
    assertThat(line.get("members").toString()).isEqualTo("[\"s4\",\"s12.7\",\"s3\"]");
    assertThat(line.get("lastAdd").asLong()).isEqualTo(7);
    assertThat(line.get("lastMs").asLong()).isEqualTo(Long.MIN_VALUE);
    assertThat(line.get("sum").get("press").asDouble()).isEqualTo(21.0705839000766);
    assertThat(line.get("sum").get("stato").asDouble()).isEqualTo(1.0E-5);
    Map<String, JsonNode> members = migrated.rows("cluster/line-member", JsonNode.class);
    assertThat(members).containsOnlyKeys("s4", "s12.7", "s3");
    assertThat(members.get("s12.7").get("seq").asInt()).isEqualTo(12);
    assertThat(members.get("s12.7").get("story").toString())
        .isEqualTo("{\"id\":\"s12.7\",\"articleIds\":[\"c\"]}");
  }

  record Clock(long articles, String lastDay) {}

  private void addArticles(String... idSourceDay) {
    for (int i = 0; i < idSourceDay.length; i += 3) {
      store.putArticle(Records.article(idSourceDay[i], idSourceDay[i + 1], idSourceDay[i + 2]));
    }
  }

  @Test
  void anArticleIsStoredOnceWithItsMetadataAndDay() {
    StoredArticle a = Records.article("a1", "ansa.it", "2025-02-12");
    assertThat(store.putArticle(a)).isTrue();
    StoredArticle changed =
        new StoredArticle(a.article().withLanguage("en"), LocalDate.parse("2025-02-13"));
    assertThat(store.putArticle(changed)).isFalse();

    assertThat(store.article("a1")).contains(a);
    assertThat(store.articleCount()).isEqualTo(1);
    assertThat(store.article("nope")).isEmpty();
    assertThat(store.articleIdByUrl("https://example.org/a1")).contains("a1");
  }

  @Test
  void articlesComeBackInTheOrderAskedAndAreWalkedInTheOrderStored() {
    addArticles(
        "b", "ansa.it", "2025-02-12", "a", "tass.ru", "2025-02-11", "c", "rai.it", "2025-02-13");
    assertThat(store.articles(List.of("c", "x", "b")))
        .extracting(StoredArticle::id)
        .containsExactly("c", "b");
    assertThat(store.knownArticleIds(List.of("a", "x", "c"))).containsExactlyInAnyOrder("a", "c");
    List<String> walked = new ArrayList<>();
    store.forEachArticle(a -> walked.add(a.id()));
    assertThat(walked).containsExactly("b", "a", "c");
  }

  @Test
  void anAnnotationRoundTripsWithItsArticle() {
    StoredArticle a = Records.article("a1", "ansa.it", "2025-02-12");
    store.putArticle(a);
    AnnotatedArticle annotated = Records.annotated(a);
    store.putAnnotation(annotated);
    store.putAnnotation(annotated);

    assertThat(store.annotation("a1")).contains(annotated);
    assertThat(store.annotation("a1").orElseThrow().tokens()).hasSize(annotated.tokens().size());
    assertThat(store.annotations(List.of("x", "a1"))).containsExactly(annotated);
  }

  @Test
  void anAnnotationKeepsTheDayItWasAnnotatedWith() {
    Article dated = Records.article("m", "ansa.it", "2025-02-12").article();
    StoredArticle a =
        new StoredArticle(
            new Article(
                dated.id(),
                dated.source(),
                dated.url(),
                new Published("2025-02"),
                dated.title(),
                dated.text(),
                dated.language(),
                dated.extra()),
            null);
    store.putArticle(a);
    AnnotatedArticle rule = Records.annotated(a);
    assertThat(rule.day().basis()).isEqualTo(ArticleDay.Basis.NONE);
    // a day the tagger decided on another pass than the times it kept: stored, not decided again
    LocalDate day = LocalDate.of(2025, 2, 12);
    AnnotatedArticle tagged =
        new AnnotatedArticle(
            rule.article(),
            rule.language(),
            rule.sentences(),
            rule.tokens(),
            rule.mentions(),
            rule.times(),
            new ArticleDay(day, ArticleDay.Basis.TEXT, day));
    store.putAnnotation(tagged);
    assertThat(store.annotation("m").orElseThrow().day()).isEqualTo(tagged.day());
    store.putAnnotation(rule);
    assertThat(store.annotation("m").orElseThrow().day()).isEqualTo(rule.day());
  }

  @Test
  void stageStateRoundTripsAsRecords() {
    addArticles("a", "ansa.it", "2025-02-12", "b", "tass.ru", "2025-02-12");
    store.putState("cluster/clock", new Clock(1, "2025-02-11"));
    store.putState("cluster/clock", new Clock(2, "2025-02-12"));
    assertThat(store.state("cluster/clock", Clock.class)).contains(new Clock(2, "2025-02-12"));
    assertThat(store.state("none", Clock.class)).isEmpty();

    store.putArticleState(
        "dedup/signature", "b", new Signature("b", new long[] {7, -3}, List.of()));
    store.putArticleState("dedup/signature", "a", new Signature("a", new long[] {1, 2}, List.of()));
    Signature read = store.articleState("dedup/signature", "a", Signature.class).orElseThrow();
    assertThat(read.hashes()).containsExactly(1, 2);
    assertThat(store.articleStates("dedup/signature", List.of("b", "z"), Signature.class))
        .containsOnlyKeys("b");
    List<String> walked = new ArrayList<>();
    store.forEachArticleState(
        "dedup/signature", Signature.class, (id, s) -> walked.add(s.articleId()));
    assertThat(walked).containsExactly("a", "b");
  }

  @Test
  void keysIndexArticlesAndAreReplacedPerArticle() {
    addArticles("a", "ansa.it", "2025-02-12", "b", "tass.ru", "2025-02-12");
    store.putKeys("dedup/band", "a", List.of("0:ff", "1:aa"));
    store.putKeys("dedup/band", "b", List.of("0:ff", "1:bb", "1:bb"));
    store.putKeys("dedup/sentence", "b", List.of("1:aa"));
    assertThat(store.articlesByKey("dedup/band", List.of("0:ff", "1:aa", "9:00")))
        .containsExactly(Map.entry("0:ff", List.of("a", "b")), Map.entry("1:aa", List.of("a")));

    store.putKeys("dedup/band", "a", List.of("1:bb"));
    assertThat(store.articlesByKey("dedup/band", List.of("0:ff", "1:bb")))
        .containsEntry("0:ff", List.of("b"))
        .containsEntry("1:bb", List.of("a", "b"));
  }

  @Test
  void stageRowsAreReplacedRemovedAndClearedByStage() {
    store.putRows("cluster/df", Map.of("putin", 3, "trump", 1));
    store.putRows("cluster/df", Map.of("trump", 2));
    store.putRows("cluster/event", Map.of("7", List.of("a", "b")));
    assertThat(store.rows("cluster/df", Integer.class))
        .containsExactly(Map.entry("putin", 3), Map.entry("trump", 2));

    store.removeRows("cluster/df", List.of("putin", "absent"));
    assertThat(store.rows("cluster/df", Integer.class)).containsExactly(Map.entry("trump", 2));
    store.clearRows("cluster/df");
    assertThat(store.rows("cluster/df", Integer.class)).isEmpty();
    assertThat(store.rows("cluster/event", List.class)).containsOnlyKeys("7");
  }

  /** A stage row of weights, as a centroid's. */
  record Weights(Map<String, Double> sum) {}

  @Test
  void stageRowsKeepEachDoubleBitForBit() {
    // a restored clusterer must score as the saved one did: every weight must read back the same
    Random random = new Random(12);
    Map<String, Double> weights = new HashMap<>();
    double[] edges = {Double.MIN_VALUE, Double.MAX_VALUE, 1.0 / 3, 2e23, 1e23, 4.35, 0.1 + 0.2};
    for (int i = 0; i < edges.length; i++) {
      weights.put("edge" + i, edges[i]);
    }
    for (int i = 0; i < 2_000; i++) {
      weights.put("w" + i, Double.longBitsToDouble(random.nextLong() >>> 2)); // finite, positive
      weights.put("u" + i, random.nextDouble() / (1 + random.nextInt(1000)));
    }
    store.putRows("cluster/event", Map.of("1", new Weights(weights)));

    Map<String, Double> back = store.rows("cluster/event", Weights.class).get("1").sum();
    assertThat(back).hasSameSizeAs(weights);
    weights.forEach(
        (k, v) ->
            assertThat(Double.doubleToLongBits(back.get(k)))
                .as(k + " = " + v)
                .isEqualTo(Double.doubleToLongBits(v)));
  }

  @Test
  void groupsGrowAndListTheirFirstArticleFirst() {
    addArticles(
        "a", "ansa.it", "2025-02-12", "b", "tass.ru", "2025-02-12", "c", "rai.it", "2025-02-12");
    store.putGroups(
        List.of(new SourceGroup("b", List.of("b")), new SourceGroup("a", List.of("a"))));
    store.putGroups(List.of(new SourceGroup("b", List.of("b", "a", "c"))));
    store.putGroups(List.of(new SourceGroup("b", List.of("b", "a", "c"))));

    assertThat(store.groupIds(List.of("a", "c", "x")))
        .containsOnly(Map.entry("a", "b"), Map.entry("c", "b"));
    assertThat(store.groupsOf(List.of("c")))
        .containsExactly(new SourceGroup("b", List.of("b", "a", "c")));
  }

  @Test
  void storiesKeepTheirIdsArticlesDaysAndRevision() {
    addArticles(
        "a", "ansa.it", "2025-02-12", "b", "tass.ru", "2025-02-14", "c", "rai.it", "2025-02-13");
    store.putStory(new Story("s1", List.of("a")));
    store.putStory(new Story("s2", List.of("c")));
    long before = row("s1").revision();
    store.putStory(new Story("s1", List.of("a")));
    assertThat(row("s1").revision()).as("an unchanged story keeps its revision").isEqualTo(before);

    store.putStory(new Story("s1", List.of("b", "a")));
    assertThat(store.story("s1")).contains(new Story("s1", List.of("b", "a")));
    StoryRow s1 = row("s1");
    assertThat(s1.revision()).isGreaterThan(row("s2").revision());
    assertThat(s1.firstDay()).isEqualTo(LocalDate.parse("2025-02-12"));
    assertThat(s1.lastDay()).isEqualTo(LocalDate.parse("2025-02-14"));
    assertThat(s1.articles()).isEqualTo(2);
    assertThat(store.stories()).extracting(Story::id).containsExactly("s1", "s2");
    assertThat(store.storyIdsOf(List.of("a", "c"))).containsExactly("s1", "s2");
  }

  private StoryRow row(String id) {
    return store.stories(StoryQuery.all()).stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void storiesAreListedByDaySourceAndEntityInPages() {
    addArticles(
        "a",
        "ansa.it",
        "2025-02-01",
        "b",
        "tass.ru",
        "2025-02-10",
        "c",
        "rai.it",
        "2025-02-20",
        "d",
        "ansa.it",
        "2025-02-20");
    store.putStory(new Story("s1", List.of("a")));
    store.putStory(new Story("s2", List.of("b")));
    store.putStory(new Story("s3", List.of("c", "d")));
    store.putGroups(List.of(new SourceGroup("c", List.of("c", "d"))));
    store.putEntity(
        new RegisteredEntity("peskov", "Dmitry Peskov", EntityType.PER, List.of(), List.of()));
    store.putEntity(new RegisteredEntity("tass", "Tass", EntityType.ORG, List.of(), List.of()));
    store.putExtraction(Records.extraction("s2", List.of("b")), Map.of("e1", "peskov"));

    assertThat(ids(new StoryQuery(null, null, null, null, 0, 10)))
        .containsExactly("s3", "s2", "s1");
    assertThat(ids(new StoryQuery(LocalDate.parse("2025-02-10"), null, null, null, 0, 10)))
        .containsExactly("s3", "s2");
    assertThat(ids(new StoryQuery(null, LocalDate.parse("2025-02-10"), null, null, 0, 10)))
        .containsExactly("s2", "s1");
    assertThat(ids(new StoryQuery(null, null, "ansa.it", null, 0, 10))).containsExactly("s3", "s1");
    assertThat(ids(new StoryQuery(null, null, null, "peskov", 0, 10))).containsExactly("s2");
    assertThat(ids(new StoryQuery(null, null, null, null, 1, 1))).containsExactly("s2");
    assertThat(store.storyCount(new StoryQuery(null, null, "ansa.it", null, 1, 1))).isEqualTo(2);
    assertThat(row("s3").sources()).as("c and d copy each other").isEqualTo(1);
  }

  private List<String> ids(StoryQuery q) {
    return store.stories(q).stream().map(StoryRow::id).toList();
  }

  @Test
  void storylinesTakeStoriesFromOneAnotherAndEmptyOnesGo() {
    addArticles("a", "ansa.it", "2025-02-12", "b", "tass.ru", "2025-02-12");
    store.putStory(new Story("s1", List.of("a")));
    store.putStory(new Story("s2", List.of("b")));
    store.putStoryline(new Storyline("L1", List.of("s1")));
    store.putStoryline(new Storyline("L2", List.of("s2")));
    store.putStoryline(new Storyline("L1", List.of("s1", "s2")));

    assertThat(store.storyline("L1")).contains(new Storyline("L1", List.of("s1", "s2")));
    assertThat(store.storyline("L2")).isEmpty();
    assertThat(store.storylines()).containsExactly(new Storyline("L1", List.of("s1", "s2")));
    assertThat(row("s2").storylineId()).isEqualTo("L1");
  }

  @Test
  void aStorylinePutAgainHoldsExactlyItsNewListWhetherItGrewOrNot() {
    addArticles(
        "a", "ansa.it", "2025-02-12", "b", "tass.ru", "2025-02-12", "c", "rt.com", "2025-02-13");
    store.putStory(new Story("s1", List.of("a")));
    store.putStory(new Story("s2", List.of("b")));
    store.putStory(new Story("s3", List.of("c")));
    store.putStoryline(new Storyline("L1", List.of("s1", "s2")));
    store.putStoryline(new Storyline("L1", List.of("s1", "s2", "s3")));
    assertThat(store.storyline("L1")).contains(new Storyline("L1", List.of("s1", "s2", "s3")));

    // changed in the middle (only the rest from there on is written again)
    store.putStoryline(new Storyline("L1", List.of("s1", "s3")));
    assertThat(store.storyline("L1")).contains(new Storyline("L1", List.of("s1", "s3")));
    assertThat(row("s2").storylineId()).as("left out of the new list").isNull();
    store.putStoryline(new Storyline("L1", List.of("s1", "s2", "s3")));
    store.putStoryline(new Storyline("L1", List.of("s1", "s2", "s3")));
    assertThat(store.storyline("L1")).contains(new Storyline("L1", List.of("s1", "s2", "s3")));
    assertThat(row("s2").storylineId()).isEqualTo("L1");

    store.putStoryline(new Storyline("L1", List.of("s3", "s1")));
    assertThat(store.storyline("L1")).contains(new Storyline("L1", List.of("s3", "s1")));
    assertThat(row("s2").storylineId()).as("left out of the new list").isNull();
    store.putStoryline(new Storyline("L1", List.of("s3")));
    assertThat(store.storyline("L1")).contains(new Storyline("L1", List.of("s3")));
    assertThat(row("s1").storylineId()).as("cut off the end").isNull();
  }

  @Test
  void staleMarksOutliveACrashedTransactionOnlyWhenCommitted() {
    addArticles("a", "ansa.it", "2025-02-12", "b", "tass.ru", "2025-02-12");
    store.putStory(new Story("s2", List.of("b")));
    store.putStory(new Story("s1", List.of("a")));
    store.markStale(List.of("s2", "s1", "s2"));
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.markRefreshed("s1");
                      throw new IllegalStateException("killed before the commit");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.staleStoryIds()).containsExactly("s1", "s2");
    store.markRefreshed("s1");
    store.markRefreshed("s1");
    assertThat(store.staleStoryIds()).containsExactly("s2");
    store.removeStory("s2");
    assertThat(store.staleStoryIds()).isEmpty();
  }

  @Test
  void storyProductsRoundTripAndGoWithTheStory() {
    addArticles("a", "ansa.it", "2025-02-12");
    store.putStory(new Story("s1", List.of("a")));
    store.putStoryline(new Storyline("L1", List.of("s1")));
    store.putEntity(
        new RegisteredEntity("peskov", "Dmitry Peskov", EntityType.PER, List.of(), List.of()));
    StoryExtraction x = Records.extraction("s1", List.of("a"));
    store.putExtraction(x, Map.of("e1", "peskov"));
    store.putComparison(Records.comparison("s1", "a"));
    store.putStoryBrief(Records.brief("s1", "a"));

    assertThat(store.extraction("s1")).contains(x);
    assertThat(store.entityIdsOf(List.of("s1", "nope"))).containsExactly("peskov");
    assertThat(store.entities(List.of("nope", "peskov")))
        .extracting(RegisteredEntity::name)
        .containsExactly("Dmitry Peskov");
    assertThat(store.comparison("s1")).contains(Records.comparison("s1", "a"));
    assertThat(store.storyBrief("s1")).contains(Records.brief("s1", "a"));
    assertThat(row("s1").headline()).isEqualTo("Telefonata tra Trump e Putin");
    store.putStory(new Story("s2", List.of("a")));
    assertThat(store.storyRows(List.of("s2", "nope", "s1")))
        .as("the rows asked for, in that order, with the stored headline and storyline")
        .containsExactly(row("s2"), row("s1"));
    assertThat(store.storyRows(List.of("s1")).get(0).storylineId()).isEqualTo("L1");
    assertThat(store.storyRows(List.of("s1")).get(0).headline())
        .isEqualTo("Telefonata tra Trump e Putin");
    store.removeStory("s2");

    store.removeStory("s1");
    assertThat(store.story("s1")).isEmpty();
    assertThat(store.extraction("s1")).isEmpty();
    assertThat(store.storyBrief("s1")).isEmpty();
    assertThat(store.statements("peskov", null, null)).isEmpty();
    assertThat(store.entityIdsOf(List.of("s1"))).isEmpty();
    assertThat(store.storylines()).isEmpty();
  }

  @Test
  void everyStatementOfAnEntityInAMonthIsOneQueryWithoutDuplicates() {
    addArticles(
        "a", "ansa.it", "2025-02-12", "b", "tass.ru", "2025-03-02", "c", "rai.it", "2025-02-20");
    store.putStory(new Story("s1", List.of("a", "b")));
    store.putStory(new Story("s2", List.of("c")));
    store.putEntity(
        new RegisteredEntity(
            "peskov", "Dmitry Peskov", EntityType.PER, List.of("peskov"), List.of()));
    store.putExtraction(Records.extraction("s1", List.of("a", "b")), Map.of("e1", "peskov"));
    store.putExtraction(Records.extraction("s1", List.of("a", "b")), Map.of("e1", "peskov"));
    store.putExtraction(Records.extraction("s2", List.of("c")), Map.of("e1", "peskov"));

    List<StatementRecord> february =
        store.statements("peskov", LocalDate.parse("2025-02-01"), LocalDate.parse("2025-02-28"));
    assertThat(february)
        .extracting(s -> s.storyId() + "/" + s.quotation().articleId() + "/" + s.day())
        .containsExactly("s1/a/2025-02-12", "s2/c/2025-02-20");
    assertThat(february.get(0).quotation()).isEqualTo(Records.quotation("a"));
    assertThat(store.statements("peskov", null, null)).hasSize(3);
    assertThat(store.statements("tass", null, null)).isEmpty();
  }

  @Test
  void theRegistryAddsFormsAndRolesAndFindsEntitiesByForm() {
    store.putEntity(
        new RegisteredEntity("peskov", "Peskov", EntityType.PER, List.of("peskov"), List.of()));
    store.putEntity(
        new RegisteredEntity(
            "peskov",
            "Dmitry Peskov",
            EntityType.PER,
            List.of("dmitry peskov", "peskov"),
            List.of("portavoce del Cremlino")));
    store.putEntity(
        new RegisteredEntity(
            "cremlino", "Cremlino", EntityType.ORG, List.of("cremlino"), List.of()));

    assertThat(store.entity("peskov"))
        .contains(
            new RegisteredEntity(
                "peskov",
                "Dmitry Peskov",
                EntityType.PER,
                List.of("peskov", "dmitry peskov"),
                List.of("portavoce del Cremlino")));
    assertThat(store.entityIdsByForm(EntityType.PER, List.of("peskov", "cremlino", "x")))
        .containsExactly(Map.entry("peskov", List.of("peskov")));
    assertThat(store.entities(0, 10))
        .extracting(RegisteredEntity::id)
        .containsExactly("cremlino", "peskov");
    assertThat(store.entities(1, 10)).extracting(RegisteredEntity::id).containsExactly("peskov");
  }

  @Test
  void theStoreGrowsOnDiskAsArticlesAreAdded() {
    long empty = store.bytesOnDisk();
    store.inTransaction(
        tx -> {
          for (int i = 0; i < 200; i++) {
            StoredArticle a = Records.article("a" + i, "ansa.it", "2025-02-12");
            tx.putArticle(a);
            tx.putAnnotation(Records.annotated(a));
          }
          return null;
        });
    assertThat(empty).isPositive();
    assertThat(store.bytesOnDisk()).isGreaterThan(empty + 200L * Records.TEXT.length());
  }

  @Test
  void feedsRoundTrip() {
    FeedState ok =
        new FeedState(
            "https://example.org/rss",
            "\"abc\"",
            "Wed, 12 Feb 2025 10:00:00 GMT",
            Instant.parse("2025-02-12T10:00:00Z"),
            null,
            0);
    FeedState failing = new FeedState("https://a.example/rss", null, null, null, "HTTP 503", 2);
    store.putFeed(ok);
    store.putFeed(failing);
    store.putFeed(failing);
    assertThat(store.feed("https://example.org/rss")).contains(ok);
    assertThat(store.feeds()).containsExactly(failing, ok);
  }

  @Test
  void aTransactionThatThrowsLeavesNothing() {
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.putArticle(Records.article("a", "ansa.it", "2025-02-12"));
                      tx.putStory(new Story("s1", List.of("a")));
                      store.inTransaction(
                          inner -> {
                            inner.putState("k", new Clock(1, "x"));
                            return null;
                          });
                      throw new IllegalStateException("killed");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.articleCount()).isZero();
    assertThat(store.stories()).isEmpty();
    assertThat(store.state("k", Clock.class)).isEmpty();

    int added =
        store.inTransaction(
            tx -> {
              tx.putArticle(Records.article("a", "ansa.it", "2025-02-12"));
              return tx.knownArticleIds(List.of("a")).size();
            });
    assertThat(added).as("a transaction reads its own writes").isEqualTo(1);
    assertThat(store.articleCount()).isEqualTo(1);
  }

  @Test
  void aReaderSeesOnlyCommittedStateWhileAWriterAdds() throws Exception {
    assumeTrue(persistent(), "one connection in memory: readers wait for the writer");
    addArticles("a", "ansa.it", "2025-02-12");
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch read = new CountDownLatch(1);
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.putArticle(Records.article("b", "tass.ru", "2025-02-12"));
                      tx.putStory(new Story("s1", List.of("a", "b")));
                      written.countDown();
                      return read.await(30, TimeUnit.SECONDS);
                    }));
    assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(store.articleCount()).isEqualTo(1);
    assertThat(store.stories()).isEmpty();
    read.countDown();
    writer.get(30, TimeUnit.SECONDS);
    assertThat(store.articleCount()).isEqualTo(2);
    assertThat(store.story("s1")).isPresent();
  }

  @Test
  void whatWasCommittedIsThereWhenTheStoreIsOpenedAgain() throws Exception {
    assumeTrue(persistent(), "an in-memory store ends with its connection");
    StoredArticle a = Records.article("a", "ansa.it", "2025-02-12");
    store.putArticle(a);
    store.putAnnotation(Records.annotated(a));
    store.putStory(new Story("s1", List.of("a")));
    store.close();
    store = reopen();
    assertThat(store.article("a")).contains(a);
    assertThat(store.annotation("a")).contains(Records.annotated(a));
    assertThat(store.story("s1")).contains(new Story("s1", List.of("a")));
  }
}
