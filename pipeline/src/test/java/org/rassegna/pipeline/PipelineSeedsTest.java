package org.rassegna.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.Article;
import org.rassegna.model.Brief;
import org.rassegna.model.Comparison;
import org.rassegna.model.Story;
import org.rassegna.model.StoryExtraction;
import org.rassegna.model.Storyline;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;

/**
 * The seeds (with their date lines) added in two batches, 000+001 then the rest, each into a store
 * file reopened by a new pipeline, give the brief of adding them at once: same stories, storylines,
 * groups, statements and claims, to the byte of brief.json.
 */
class PipelineSeedsTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("rassegna.root", "..")).resolve("examples/seeds");

  private static final Batches BATCHES = new Batches();
  private static List<Article> seeds;

  @TempDir Path tmp;

  @BeforeAll
  static void read() {
    seeds = Ingest.read(List.of(SEEDS), IngestLimits.DEFAULT, a -> {}).articles();
    assertThat(seeds).hasSize(5);
  }

  @Test
  void twoBatchesGiveTheBriefOfOne() throws Exception {
    Brief once = BATCHES.oneShot(seeds);
    Batches.Run twice =
        BATCHES.batched(tmp.resolve("r.db"), List.of(seeds.subList(0, 2), seeds.subList(2, 5)));
    assertThat(once.stories()).hasSize(2);
    assertThat(once.stories()).allMatch(s -> !s.statements().isEmpty() || !s.claims().isEmpty());
    assertThat(Batches.json(twice.brief())).isEqualTo(Batches.json(once));
    Batches.assertIdsKept(twice.afterEachBatch().get(0), twice.afterEachBatch().get(1));
  }

  @Test
  void addingStoredArticlesAgainAnnotatesNothingAndChangesNothing() throws Exception {
    try (Store store = Stores.sqlite(tmp.resolve("again.db"))) {
      Pipeline p = BATCHES.pipeline(store);
      Pipeline.Update first = Batches.addAndRefresh(p, seeds.subList(0, 3));
      assertThat(first.added()).hasSize(3);
      String before = Batches.json(p.brief(Pipeline.BriefQuery.ALL));
      int calls = BATCHES.calls();
      Pipeline.Update again = p.add(seeds.subList(0, 3));
      assertThat(BATCHES.calls()).isEqualTo(calls);
      assertThat(again.added()).isEmpty();
      assertThat(again.known()).hasSize(3);
      assertThat(again.touchedStories()).isEmpty();
      assertThat(Batches.json(p.brief(Pipeline.BriefQuery.ALL))).isEqualTo(before);
      assertThat(store.articleCount()).isEqualTo(3);
    }
  }

  @Test
  void aBriefOfOneStoryIsThatStoryOfTheWholeBrief() throws Exception {
    try (Store store = Stores.inMemory()) {
      Pipeline p = BATCHES.pipeline(store);
      Batches.addAndRefresh(p, seeds.subList(0, 2));
      Batches.addAndRefresh(p, seeds.subList(2, 5));
      Brief all = p.brief(Pipeline.BriefQuery.ALL);
      assertThat(all.stories()).hasSize(2);
      for (Brief.StoryBrief s : all.stories()) {
        assertThat(store.storyBrief(s.id())).as("stored by the refresh").isPresent();
        assertThat(Batches.json(p.story(s.id()).orElseThrow())).isEqualTo(Batches.json(s));
      }
      assertThat(p.story("no-such-story")).isEmpty();
    }
  }

  @Test
  void aStoredBriefFollowsItsStoryIntoAnotherStoryline() throws Exception {
    try (Store store = Stores.inMemory()) {
      Pipeline p = BATCHES.pipeline(store);
      Batches.addAndRefresh(p, seeds);
      String id = store.stories().get(0).id();
      store.putStoryline(new Storyline("moved", List.of(id)));
      Brief.StoryBrief composed =
          p.brief(new Pipeline.BriefQuery(null, id)).stories().stream().findFirst().orElseThrow();
      assertThat(composed.storyline()).isEqualTo("moved");
      assertThat(Batches.json(p.story(id).orElseThrow())).isEqualTo(Batches.json(composed));
    }
  }

  @Test
  void aStoryWithoutAStoredBriefIsComposed() throws Exception {
    try (Store store = Stores.inMemory()) {
      Pipeline p = BATCHES.pipeline(store);
      Batches.addAndRefresh(p, seeds);
      String id = store.stories().get(0).id();
      Brief.StoryBrief stored = p.story(id).orElseThrow();
      // a store from before refresh stored briefs: the story's products but no brief
      store.inTransaction(
          tx -> {
            Story story = tx.story(id).orElseThrow();
            StoryExtraction x = tx.extraction(id).orElseThrow();
            Comparison c = tx.comparison(id).orElseThrow();
            Storyline line =
                tx.storylines().stream()
                    .filter(l -> l.storyIds().contains(id))
                    .findFirst()
                    .orElseThrow();
            tx.removeStory(id);
            tx.putStory(story);
            tx.putStoryline(line);
            tx.putExtraction(x, Map.of());
            tx.putComparison(c);
            return null;
          });
      assertThat(store.storyBrief(id)).isEmpty();
      assertThat(Batches.json(p.story(id).orElseThrow())).isEqualTo(Batches.json(stored));
    }
  }
}
