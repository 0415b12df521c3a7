package org.rassegna.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.SourceGroup;

class MinHashDeduplicatorTest extends DeduplicatorContractTest {

  @Override
  protected Deduplicator deduplicator() {
    return new MinHashDeduplicator();
  }

  @Test
  void aSentenceRepeatedByManyArticlesIsBoilerplateNotACopy() {
    String disclaimer =
        "Questo articolo è stato scritto dalla redazione con il contributo dei lettori.";
    List<AnnotatedArticle> set = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 5; i++) {
      set.add(article("a" + i, randomWords(random, 40) + ".\n" + disclaimer));
    }
    DedupConfig config = new DedupConfig(3, 32, 3, 0.5, 6, 2, 0.5);

    Deduplication d = new MinHashDeduplicator(config).deduplicate(set);

    // a1 and a2 see it in 1 and 2 earlier articles; from a3 on it is boilerplate
    assertThat(d.passages()).hasSize(3);
    assertThat(d.groups()).hasSize(5);
  }

  @Test
  void randomTextsAreNeverDuplicatesAndTheIndexStaysCompact() {
    SplittableRandom random = new SplittableRandom(42);
    MinHashDeduplicator dedup = new MinHashDeduplicator();
    for (int i = 0; i < 300; i++) {
      dedup.add(article("r" + i, randomWords(random, 30) + ". " + randomWords(random, 30) + "."));
    }
    assertThat(dedup.result().groups()).hasSize(300);
    assertThat(dedup.result().nearDuplicates()).isEmpty();
    assertThat(dedup.size()).isEqualTo(300);
    assertThat(dedup.indexBytes()).isLessThan(10_000_000);
  }

  @Test
  void theGroupsOfSomeArticlesAreThoseTheWholeResultGivesThem() {
    // articles drawn from a few sentences join into groups of several sizes, in random orders
    SplittableRandom random = new SplittableRandom(11);
    List<String> pool = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      pool.add(randomWords(random, 8) + ".");
    }
    MinHashDeduplicator dedup = new MinHashDeduplicator();
    MinHashDeduplicator restored = new MinHashDeduplicator();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      String text =
          random.nextInt(3) != 0
              ? pool.get(random.nextInt(pool.size())) + " " + pool.get(random.nextInt(pool.size()))
              : randomWords(random, 20) + ".";
      ids.add("g" + i);
      restored.restore(dedup.index(article("g" + i, text)));
      List<String> asked = List.of("g" + i, ids.get(random.nextInt(ids.size())), "not-added");
      List<SourceGroup> expected =
          dedup.result().groups().stream()
              .filter(g -> g.articleIds().stream().anyMatch(asked::contains))
              .toList();
      assertThat(dedup.groupsOf(asked)).isEqualTo(expected);
      assertThat(restored.groupsOf(asked)).isEqualTo(expected);
    }
    assertThat(dedup.result().groups()).hasSizeLessThan(40).anyMatch(g -> g.size() >= 5);
  }

  @Test
  void configurationOutsideItsRangeIsRefused() {
    assertThatThrownBy(() -> DedupConfig.DEFAULT.withThreshold(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DedupConfig.DEFAULT.withCopiedShare(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DedupConfig(0, 32, 3, 0.5, 6, 50, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(DedupConfig.DEFAULT.hashes()).isEqualTo(96);
  }
}
