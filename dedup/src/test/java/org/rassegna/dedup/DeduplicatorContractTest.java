package org.rassegna.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.CopiedPassage;
import org.rassegna.model.SourceGroup;
import org.rassegna.model.Token;

/**
 * What every {@link Deduplicator} must do; each implementation's test extends this with its own
 * instance.
 */
abstract class DeduplicatorContractTest {

  /** A new, empty deduplicator with its default configuration. */
  protected abstract Deduplicator deduplicator();

  private static final LuceneAnnotator ANNOTATOR = LuceneAnnotator.italian();

  static AnnotatedArticle article(String id, String text) {
    return ANNOTATOR.annotate(Article.of(id, text));
  }

  @Test
  void sameWordsWithOtherSpacingCaseAndPunctuationAreAnExactDuplicate() throws IOException {
    List<AnnotatedArticle> set = new ArrayList<>(SeedsDedupTest.seeds());
    String text = set.get(2).article().text();
    set.add(article("again", text.toUpperCase(java.util.Locale.ROOT).replace(",", " ,  ")));

    Deduplication d = deduplicator().deduplicate(set);

    assertThat(d.nearDuplicates())
        .containsExactly(new NearDuplicate(set.get(2).id(), "again", 1.0, true));
    assertThat(d.groups()).hasSize(5);
    assertThat(d.groupOfArticle()).containsEntry("again", set.get(2).id());
  }

  @Test
  void addingArticlesOneByOneGivesWhatABatchGives() throws IOException {
    List<AnnotatedArticle> set = withCopies();
    Deduplication batch = deduplicator().deduplicate(set);

    Deduplicator incremental = deduplicator();
    for (int i = 0; i < set.size(); i++) {
      incremental.add(set.get(i));
      assertThat(incremental.result().groups().stream().mapToInt(SourceGroup::size).sum())
          .isEqualTo(i + 1);
    }
    assertThat(incremental.result()).isEqualTo(batch);
    assertThat(batch.groups()).hasSize(5);
    assertThat(batch.nearDuplicates()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void groupsAreTransitiveAndNamedByTheirFirstArticle() throws IOException {
    Deduplication d = deduplicator().deduplicate(withCopies());
    SourceGroup first = d.groups().get(0);
    assertThat(first.id()).isEqualTo("000_c383cbd319f7ce4f");
    assertThat(first.articleIds())
        .containsExactly("000_c383cbd319f7ce4f", "copy-a", "copy-b", "copy-c");
  }

  /** The seeds, then three successive copies of 000, each cutting a sentence of the one before. */
  static List<AnnotatedArticle> withCopies() throws IOException {
    List<AnnotatedArticle> set = new ArrayList<>(SeedsDedupTest.seeds());
    String text = set.get(0).article().text();
    for (String id : List.of("copy-a", "copy-b", "copy-c")) {
      text = text.substring(text.indexOf('\n') + 1);
      set.add(article(id, text));
    }
    return set;
  }

  @Test
  void anArticleWithoutWordsIsItsOwnGroup() {
    Deduplication d =
        new MinHashDeduplicator()
            .deduplicate(List.of(article("empty", "…  —"), article("also-empty", "!!")));
    assertThat(d.groups()).hasSize(2);
    assertThat(d.nearDuplicates()).isEmpty();
  }

  @Test
  void everyCopiedPassageCoversTheSameWordsInBothArticles() {
    // articles drawn from a small pool of sentences share many runs, in random orders
    SplittableRandom random = new SplittableRandom(3);
    List<String> pool = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      pool.add(randomWords(random, 3 + random.nextInt(8)) + ".");
    }
    List<AnnotatedArticle> set = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = 0, n = 2 + random.nextInt(6); j < n; j++) {
        text.append(pool.get(random.nextInt(pool.size())))
            .append(random.nextBoolean() ? " " : "\n ");
      }
      set.add(article("p" + i, text.toString()));
    }
    Map<String, String> texts = new HashMap<>();
    set.forEach(a -> texts.put(a.id(), a.article().text()));

    Deduplication d = deduplicator().deduplicate(set);

    assertThat(d.passages()).hasSizeGreaterThan(20);
    for (CopiedPassage p : d.passages()) {
      assertThat(words(p.second().of(texts.get(p.secondId()))))
          .as(p.toString())
          .isEqualTo(words(p.first().of(texts.get(p.firstId()))))
          .hasSizeGreaterThanOrEqualTo(DedupConfig.DEFAULT.minSentenceWords());
    }
  }

  private static List<String> words(String text) {
    return article("x", text).tokens().stream().map(Token::norm).toList();
  }

  static String randomWords(SplittableRandom random, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int len = 3 + random.nextInt(6);
      for (int j = 0; j < len; j++) {
        b.append((char) ('a' + random.nextInt(26)));
      }
      b.append(' ');
    }
    return b.toString().strip();
  }
}
