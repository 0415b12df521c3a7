package org.rassegna.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.model.Article;
import org.rassegna.model.Story;
import org.rassegna.store.LocalPostgres;
import org.rassegna.store.RegisteredEntity;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;

/**
 * Crash safety: a child JVM ({@link KillChild}) adds 300 DICE articles in batches of 25 and is
 * killed with SIGKILL at random points (after a random number of its adds, none included, and a
 * random time later, up to half the time its last add took, or up to 1 s while it starts: inside an
 * add's transaction, a refresh, or the JVM's start); after each re-run, every article is stored
 * exactly once and the store holds the stories, storylines, groups, extractions and statements of
 * an uninterrupted run. Into SQLite at three points, into PostgreSQL at one. The child annotates
 * with Lucene's Italian analysis, not CoreNLP, so that the runs take seconds: what is tested is
 * what the store and the stages' state do when the process dies, which does not depend on the
 * annotator.
 */
class PipelineKillIT {

  private static final Path DICE =
      Path.of(System.getProperty("rassegna.shared", "../shared"))
          .resolve("data/dice/dice_articles.jsonl");
  private static final int ARTICLES = 300;
  private static final int BATCH = 25;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private static String reference;
  private static List<String> ids;

  @TempDir static Path tmp;

  @BeforeAll
  static void uninterrupted() throws Exception {
    assumeTrue(Files.isRegularFile(DICE), "DICE is not beside the checkout: " + DICE);
    ids = KillChild.articles(DICE, ARTICLES).stream().map(Article::id).toList();
    String db = tmp.resolve("reference.db").toString();
    Process child = child(db);
    child.getInputStream().transferTo(OutputStream.nullOutputStream());
    assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).isZero();
    reference = contents(db);
  }

  @Test
  void sqliteKilledAtRandomPointsEndsAsAnUninterruptedRun() throws Exception {
    Random random = new Random(12);
    for (int k = 0; k < 3; k++) {
      killAndResume(tmp.resolve("killed-" + k + ".db").toString(), random);
    }
  }

  @Test
  void postgresqlKilledOnceEndsAsAnUninterruptedRun() throws Exception {
    Optional<String> url = LocalPostgres.url();
    assumeTrue(url.isPresent(), "PostgreSQL is not installed here: its kill test is skipped");
    LocalPostgres.reset();
    killAndResume(url.get(), new Random(13));
  }

  private static void killAndResume(String db, Random random) throws Exception {
    // after a random number of the child's adds (none: while it starts), a random share of a
    // time the rest of the run surely outlasts: half the last add's (the next add takes about as
    // long), or 1 s while the JVM starts
    int adds = random.nextInt(ARTICLES / BATCH);
    int perMille = random.nextInt(1_000);
    long delay = perMille;
    Process child = child(db);
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      int seen = 0;
      long last = System.nanoTime();
      while (seen < adds) {
        String line = out.readLine();
        assertThat(line).as("the child ended after %d of its adds", seen).isNotNull();
        if (line.startsWith("added ")) {
          seen++;
          long now = System.nanoTime();
          delay = Math.min(1_000, TimeUnit.NANOSECONDS.toMillis(now - last) / 2) * perMille / 1_000;
          last = now;
        }
      }
      assertThat(child.waitFor(delay, TimeUnit.MILLISECONDS))
          .as("the child ended before its kill, %d ms after add %d", delay, adds)
          .isFalse();
      child.destroyForcibly(); // SIGKILL
      child.waitFor();
    }
    long committed;
    try (Store store = Stores.open(db)) {
      committed = store.articleCount();
    }
    assertThat(committed).isBetween((long) adds * BATCH, (long) ARTICLES);
    Process again = child(db);
    again.getInputStream().transferTo(OutputStream.nullOutputStream());
    assertThat(again.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(again.exitValue()).isZero();
    assertThat(contents(db))
        .as(
            "killed %d ms after add %d with %d articles committed, then re-run",
            delay, adds, committed)
        .isEqualTo(reference);
  }

  private static Process child(String db) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "-Xmx1g",
            "-cp",
            System.getProperty("java.class.path"),
            KillChild.class.getName(),
            db,
            DICE.toString(),
            String.valueOf(ARTICLES),
            String.valueOf(BATCH))
        .redirectErrorStream(true)
        .start();
  }

  /** What the store holds, as JSON, after checking each article is stored once. */
  private static String contents(String db) throws IOException {
    try (Store store = Stores.open(db)) {
      assertThat(store.articleCount()).isEqualTo(ARTICLES);
      assertThat(store.knownArticleIds(ids)).hasSize(ARTICLES);
      ObjectNode all = JSON.createObjectNode();
      List<Story> stories = store.stories();
      List<String> inStories = stories.stream().flatMap(s -> s.articleIds().stream()).toList();
      assertThat(inStories).as("no article in two stories").doesNotHaveDuplicates();
      all.set("stories", JSON.valueToTree(stories));
      all.set("storylines", JSON.valueToTree(store.storylines()));
      all.set("groups", JSON.valueToTree(store.groupsOf(ids)));
      ObjectNode products = all.putObject("products");
      TreeSet<String> entities = new TreeSet<>();
      for (Story s : stories) {
        ObjectNode story = products.putObject(s.id());
        story.set("extraction", JSON.valueToTree(store.extraction(s.id()).orElse(null)));
        story.set("comparison", JSON.valueToTree(store.comparison(s.id()).orElse(null)));
      }
      List<RegisteredEntity> registry = new ArrayList<>(store.entities(0, Integer.MAX_VALUE));
      registry.forEach(e -> entities.add(e.id()));
      all.set("entities", JSON.valueToTree(registry));
      ObjectNode statements = all.putObject("statements");
      for (String e : entities) {
        statements.set(e, JSON.valueToTree(store.statements(e, null, null)));
      }
      return JSON.writeValueAsString(all);
    }
  }
}
