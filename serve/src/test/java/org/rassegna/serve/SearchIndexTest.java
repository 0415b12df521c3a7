package org.rassegna.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rassegna.model.Article;
import org.rassegna.model.EntityType;
import org.rassegna.store.RegisteredEntity;

class SearchIndexTest {

  private static Article article(String id, String title, String text) {
    return new Article(id, "fonte", null, null, title, text, "it", Map.of());
  }

  @Test
  void italianWordFormsMatchAndEveryWordMustMatch() {
    try (SearchIndex index = new SearchIndex()) {
      index.putArticle(
          article("a", "Le telefonate", "Trump e Putin si sono sentiti."), List.of("s1"));
      index.putArticle(
          article("b", null, "Una telefonata dell'Ucraina a Bruxelles."), List.of("s2"));
      index.putArticle(article("c", null, "Piove a Milano."), List.of("s3"));
      index.refresh();

      // the light stemmer folds singular and plural; elision is removed ("dell'Ucraina")
      assertThat(index.search("telefonata").stories())
          .extracting(SearchIndex.StoryHits::storyId)
          .containsExactlyInAnyOrder("s1", "s2");
      assertThat(index.search("ucraina telefonate").stories())
          .extracting(SearchIndex.StoryHits::storyId)
          .containsExactly("s2");
      assertThat(index.search("telefonata Milano").stories()).isEmpty();
      // stop words alone find nothing rather than everything
      assertThat(index.search("di la e").stories()).isEmpty();
    }
  }

  @Test
  void articleHitsAreGroupedByStoryAndReindexingMovesThem() {
    try (SearchIndex index = new SearchIndex()) {
      index.putArticle(article("a", null, "Peskov ha parlato."), List.of("s1"));
      index.putArticle(article("b", null, "Anche Peskov ha parlato."), List.of("s1"));
      index.refresh();
      assertThat(index.search("Peskov").stories())
          .singleElement()
          .satisfies(h -> assertThat(h.articleIds()).containsExactlyInAnyOrder("a", "b"));

      index.putArticle(article("b", null, "Anche Peskov ha parlato."), List.of("s2"));
      index.refresh();
      assertThat(index.search("peskov").stories())
          .extracting(SearchIndex.StoryHits::storyId)
          .containsExactlyInAnyOrder("s1", "s2");
    }
  }

  @Test
  void entitiesAreFoundByFormRoleAndStatement() {
    try (SearchIndex index = new SearchIndex()) {
      index.putEntity(
          new RegisteredEntity(
              "e1",
              "Dmitry Peskov",
              EntityType.PER,
              List.of("dmitrij peskov"),
              List.of("portavoce")),
          List.of("La telefonata è durata un'ora e mezza"));
      index.refresh();
      assertThat(index.search("Dmitrij").entities()).containsExactly("e1");
      assertThat(index.search("portavoce").entities()).containsExactly("e1");
      assertThat(index.search("telefonate durate").entities()).containsExactly("e1");
      assertThat(index.search("Zelensky").entities()).isEmpty();
    }
  }

  @Test
  void firstMatchPointsAtTheWordInTheText() {
    try (SearchIndex index = new SearchIndex()) {
      String text = "Ieri a Mosca. Le telefonate di Peskov.";
      var match = index.firstMatch(text, index.terms("telefonata"));
      assertThat(match).isPresent();
      assertThat(match.get().of(text)).isEqualTo("telefonate");
    }
  }
}
