package org.rassegna.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rassegna.annotate.Annotator;
import org.rassegna.annotate.corenlp.CoreNlpItalianAnnotator;
import org.rassegna.annotate.corenlp.ItalianModels;
import org.rassegna.annotate.time.HeidelTimeTagger;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Entity;
import org.rassegna.model.Quotation;
import org.rassegna.model.QuotationGroup;
import org.rassegna.model.Story;
import org.rassegna.model.StoryExtraction;

/** Golden tests on the five seed articles, through the real Italian pipeline (CoreNLP). */
class SeedsExtractionEval {

  private static final Path ROOT = Path.of(System.getProperty("rassegna.root", ".."));
  private static final Path GOLD =
      ROOT.resolve("extract/src/test/resources/org/rassegna/extract/gold/seeds-quotations.json");

  private static QuotationGold gold;
  private static Map<String, AnnotatedArticle> annotated;

  @BeforeAll
  static void annotate() throws Exception {
    gold = QuotationGold.read(GOLD, ROOT, ROOT.resolve("../shared"));
    Annotator annotator =
        new CoreNlpItalianAnnotator(ItalianModels.shared(), HeidelTimeTagger.italian());
    annotated = new LinkedHashMap<>();
    for (QuotationGold.GoldArticle a : gold.articles()) {
      annotated.put(a.id(), annotator.annotate(Article.of(a.id(), a.text())));
    }
  }

  private static Map<String, List<Quotation>> quotations() {
    Map<String, List<Quotation>> found = new LinkedHashMap<>();
    annotated.forEach((id, a) -> found.put(id, new ItalianQuoteExtractor().extract(a)));
    return found;
  }

  @Test
  void everyDirectQuotationIsFoundWithItsSpeaker() {
    QuotationScore score = QuotationScore.of(gold, quotations());
    assertThat(score.gold()).isEqualTo(18);
    assertThat(score.matched()).isEqualTo(18);
    assertThat(score.found()).isEqualTo(18);
    assertThat(score.speakersRight()).isEqualTo(18);
  }

  @Test
  void indirectSpeechIsAttributed() {
    Quotation peskov =
        quotations().get("000_c383cbd319f7ce4f.txt").stream()
            .filter(q -> q.kind() == Quotation.Kind.INDIRECT)
            .filter(q -> q.text().startsWith("la discussione riguardava"))
            .findFirst()
            .orElseThrow();
    assertThat(peskov.speaker().text()).endsWith("Dmitry Peskov");
  }

  private static StoryExtraction allSeeds() {
    return StoryExtractor.italian()
        .extract(
            new Story("seeds", List.copyOf(annotated.keySet())), List.copyOf(annotated.values()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Dmitry Peskov|Dmitrij Peskov|Peskov",
        "Marc Fogel|Mark Fogel",
        "Mike Waltz|Michael Waltz",
        "Volodymyr Zelensky|Zelensky",
        "Donald Trump|Trump",
        "Cremlino",
        "Casa Bianca",
        "CIA|Cia",
        "Truth Social|Truth",
        "John Ratcliffe",
        "Steve Witkoff"
      })
  void eachPersonAndBodyIsOneEntityWithAllItsMentions(String forms) {
    Set<String> names = Set.of(forms.split("\\|"));
    List<Entity> holding =
        allSeeds().entities().stream()
            .filter(e -> e.mentions().stream().anyMatch(m -> names.contains(m.text())))
            .toList();
    assertThat(holding).hasSize(1);
    // every mention the tagger found under one of these names is one of the entity's mentions
    // (or contains one, when the resolver cut a run-together mention back to the name)
    Entity entity = holding.get(0);
    annotated.forEach(
        (id, a) ->
            a.mentions().stream()
                .filter(m -> names.contains(m.text()))
                .forEach(
                    m ->
                        assertThat(entity.mentions())
                            .anyMatch(
                                x -> x.articleId().equals(id) && m.span().contains(x.span()))));
  }

  @Test
  void rolesAreReadFromAppositions() {
    Map<String, Entity> byName = new LinkedHashMap<>();
    allSeeds().entities().forEach(e -> byName.putIfAbsent(e.name(), e));
    assertThat(byName.get("Dmitry Peskov").roles()).contains("portavoce del Cremlino");
    assertThat(byName.get("John Ratcliffe").roles()).contains("direttore della CIA");
    assertThat(byName.get("Steve Witkoff").roles()).contains("inviato speciale");
    assertThat(byName.get("Donald Trump").roles())
        .contains("presidente degli Stati Uniti")
        .allMatch(r -> !r.endsWith(" e"));
  }

  @Test
  void noEntityHoldsOneSpanTwice() {
    for (Entity e : allSeeds().entities()) {
      assertThat(e.mentions()).doesNotHaveDuplicates();
    }
  }

  @Test
  void theTruthSocialStatementIsOneGroupOfVariantsAttributedToTrump() {
    StoryExtraction x = allSeeds();
    String trump =
        x.entities().stream()
            .filter(e -> e.name().equals("Donald Trump"))
            .findFirst()
            .orElseThrow()
            .id();
    List<QuotationGroup> statements =
        x.statements().stream()
            .filter(
                g ->
                    g.variants().stream().map(v -> v.quotation().articleId()).distinct().count()
                        >= 3)
            .toList();
    // the post as 003 quotes it at length, 000 in two pieces, 001 in three, 004 its last words
    assertThat(statements)
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.speakerEntityId()).isEqualTo(trump);
              assertThat(g.variants()).allMatch(v -> trump.equals(v.speakerEntityId()));
              assertThat(g.variants())
                  .extracting(v -> v.quotation().articleId().substring(0, 3))
                  .contains("000", "001", "003", "004");
              assertThat(g.variants())
                  .extracting(v -> v.quotation().text())
                  .anyMatch(t -> t.startsWith("Inizierò chiamando"))
                  .anyMatch(t -> t.startsWith("Ho appena avuto una lunga"))
                  .anyMatch(t -> t.startsWith("grande storia delle nostre nazioni"));
            });
  }

  @Test
  void peskovsStatementsAreAttributedToPeskovAndNotMergedWithOneAnother() {
    StoryExtraction x = allSeeds();
    String peskov =
        x.entities().stream()
            .filter(e -> e.name().equals("Dmitry Peskov"))
            .findFirst()
            .orElseThrow()
            .id();
    List<QuotationGroup> his =
        x.statements().stream().filter(g -> peskov.equals(g.speakerEntityId())).toList();
    assertThat(his.stream().flatMap(g -> g.variants().stream()))
        .extracting(v -> v.quotation().text())
        .anyMatch(t -> t.startsWith("non ho nulla da dirvi"))
        .anyMatch(t -> t.startsWith("Questo è impossibile"))
        .anyMatch(t -> t.startsWith("saranno espulse")) // "Peskov", untagged there
        .anyMatch(t -> t.startsWith("la discussione riguardava"));
    assertThat(his)
        .noneMatch(
            g ->
                g.variants().stream()
                        .anyMatch(v -> v.quotation().text().startsWith("non ho nulla da dirvi"))
                    && g.variants().stream()
                        .anyMatch(v -> v.quotation().text().startsWith("Questo è impossibile")));
  }
}
