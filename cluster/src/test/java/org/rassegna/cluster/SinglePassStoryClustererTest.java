package org.rassegna.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Published;
import org.rassegna.model.Story;

class SinglePassStoryClustererTest {

  private final LuceneAnnotator annotator = LuceneAnnotator.italian();
  private final StoryClusterer clusterer =
      new SinglePassStoryClusterer(SinglePassStoryClusterer.DEFAULT_THRESHOLD);

  private AnnotatedArticle article(String id, String date, String text) {
    return annotator.annotate(
        new Article(id, id, null, new Published(date), null, text, "it", Map.of()));
  }

  private final List<AnnotatedArticle> articles =
      List.of(
          article("a", "2025-02-12", "Trump e Putin hanno avuto una telefonata sull'Ucraina."),
          article("b", "2025-02-12", "Telefonata tra Putin e Trump: si è parlato di Ucraina."),
          article("c", "2025-02-13", "A Modena un incendio ha distrutto un capannone agricolo."),
          article(
              "d", "2025-02-13", "Incendio in un capannone agricolo nelle campagne di Modena."));

  @Test
  void groupsArticlesThatShareTheirWords() {
    assertThat(clusterer.cluster(articles))
        .extracting(Story::articleIds)
        .extracting(ids -> ids.stream().sorted().toList())
        .containsExactlyInAnyOrder(List.of("a", "b"), List.of("c", "d"));
  }

  @Test
  void theOrderOfTheInputDoesNotChangeTheStories() {
    List<Story> expected = clusterer.cluster(articles);
    Random random = new Random(42);
    for (int i = 0; i < 10; i++) {
      List<AnnotatedArticle> shuffled = new ArrayList<>(articles);
      Collections.shuffle(shuffled, random);
      assertThat(clusterer.cluster(shuffled)).isEqualTo(expected);
    }
  }

  @Test
  void anArticleWithNoWordsStandsAlone() {
    List<AnnotatedArticle> withEmpty = new ArrayList<>(articles);
    withEmpty.add(article("e", "2025-02-14", "..."));
    assertThat(clusterer.cluster(withEmpty))
        .anySatisfy(s -> assertThat(s.articleIds()).containsExactly("e"));
  }
}
