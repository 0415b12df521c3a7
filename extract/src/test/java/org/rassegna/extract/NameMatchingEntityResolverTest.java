package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Entity;
import org.rassegna.model.EntityMention;
import org.rassegna.model.EntityType;
import org.rassegna.model.Mention;
import org.rassegna.model.Span;

class NameMatchingEntityResolverTest {

  /** An article whose mentions are the given names, each at its first occurrence from the last. */
  private static AnnotatedArticle article(String id, String text, Object... namesAndTypes) {
    AnnotatedArticle a = LuceneAnnotator.italian().annotate(Article.of(id, text));
    List<Mention> mentions = new ArrayList<>();
    int from = 0;
    for (int k = 0; k < namesAndTypes.length; k += 2) {
      String name = (String) namesAndTypes[k];
      int at = text.indexOf(name, from);
      mentions.add(
          new Mention(new Span(at, at + name.length()), name, (EntityType) namesAndTypes[k + 1]));
      from = at + name.length();
    }
    return new AnnotatedArticle(a.article(), "it", a.sentences(), a.tokens(), mentions, List.of());
  }

  private static Entity named(List<Entity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> forms(Entity e) {
    return e.mentions().stream().map(EntityMention::text).distinct().sorted().toList();
  }

  @Test
  void spellingsTransliterationsAndSurnamesMergeAcrossArticles() {
    List<Entity> entities =
        new NameMatchingEntityResolver()
            .resolve(
                List.of(
                    article(
                        "a",
                        "Lo ha detto il portavoce del Cremlino Dmitry Peskov. Peskov ha"
                            + " aggiunto altro. Il consigliere Mike Waltz e la CIA.",
                        "Cremlino",
                        EntityType.ORG,
                        "Dmitry Peskov",
                        EntityType.PER,
                        "Peskov",
                        EntityType.PER,
                        "Mike Waltz",
                        EntityType.PER,
                        "CIA",
                        EntityType.ORG),
                    article(
                        "b",
                        "Il portavoce Dmitrij Peskov, Michael Waltz, la Cia e Zelenskyy.",
                        "Dmitrij Peskov",
                        EntityType.PER,
                        "Michael Waltz",
                        EntityType.PER,
                        "Cia",
                        EntityType.ORG,
                        "Zelenskyy",
                        EntityType.PER),
                    article(
                        "c",
                        "Volodymyr Zelensky e Marc Fogel, poi Mark Fogel.",
                        "Volodymyr Zelensky",
                        EntityType.PER,
                        "Marc Fogel",
                        EntityType.PER,
                        "Mark Fogel",
                        EntityType.PER)));
    assertThat(forms(named(entities, "Dmitry Peskov")))
        .containsExactly("Dmitrij Peskov", "Dmitry Peskov", "Peskov");
    assertThat(named(entities, "Dmitry Peskov").roles()).contains("portavoce del Cremlino");
    assertThat(forms(named(entities, "Mike Waltz"))).containsExactly("Michael Waltz", "Mike Waltz");
    assertThat(forms(named(entities, "CIA"))).containsExactly("CIA", "Cia");
    assertThat(forms(named(entities, "Volodymyr Zelensky")))
        .containsExactly("Volodymyr Zelensky", "Zelenskyy");
    assertThat(forms(named(entities, "Marc Fogel"))).containsExactly("Marc Fogel", "Mark Fogel");
    assertThat(entities).extracting(Entity::id).doesNotHaveDuplicates();
  }

  @Test
  void mentionsRunTogetherAreCutBackToKnownNames() {
    List<Entity> entities =
        new NameMatchingEntityResolver()
            .resolve(
                List.of(
                    article(
                        "a",
                        "Donald Trump e Mike Waltz.",
                        "Donald Trump",
                        EntityType.PER,
                        "Mike Waltz",
                        EntityType.PER),
                    article(
                        "b",
                        "il consigliere di Donald Trump Mike Waltz ha detto",
                        "Donald Trump Mike Waltz",
                        EntityType.PER)));
    assertThat(named(entities, "Mike Waltz").mentions()).hasSize(2);
    assertThat(named(entities, "Donald Trump").mentions()).hasSize(2);
    List<Entity> alone =
        new NameMatchingEntityResolver()
            .resolve(
                List.of(
                    article("a", "Donald Trump ha parlato.", "Donald Trump", EntityType.PER),
                    article(
                        "b",
                        "il consigliere di Donald Trump Mike Waltz ha detto",
                        "Donald Trump Mike Waltz",
                        EntityType.PER)));
    assertThat(named(alone, "Mike Waltz").mentions()).hasSize(1);
    assertThat(named(alone, "Donald Trump").mentions()).hasSize(2);
  }

  @Test
  void aSurnameSharedByTwoPersonsStaysApart() {
    List<Entity> entities =
        new NameMatchingEntityResolver()
            .resolve(
                List.of(
                    article(
                        "a",
                        "Mario Rossi e Luca Rossi. Rossi ha detto.",
                        "Mario Rossi",
                        EntityType.PER,
                        "Luca Rossi",
                        EntityType.PER,
                        "Rossi",
                        EntityType.PER)));
    assertThat(entities).hasSize(3);
  }
}
