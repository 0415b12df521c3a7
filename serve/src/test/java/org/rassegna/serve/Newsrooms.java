package org.rassegna.serve;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.model.Article;
import org.rassegna.model.Brief.CitedSentence;
import org.rassegna.model.Brief.ClaimBacking;
import org.rassegna.model.Brief.ClaimRow;
import org.rassegna.model.Brief.EntityEntry;
import org.rassegna.model.Brief.Source;
import org.rassegna.model.Brief.Statement;
import org.rassegna.model.Brief.StatementVariant;
import org.rassegna.model.Brief.StoryBrief;
import org.rassegna.model.Brief.TimelineEntry;
import org.rassegna.model.Citation;
import org.rassegna.model.Entity;
import org.rassegna.model.EntityMention;
import org.rassegna.model.EntityType;
import org.rassegna.model.Published;
import org.rassegna.model.Quotation;
import org.rassegna.model.QuotationGroup;
import org.rassegna.model.SourceGroup;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;
import org.rassegna.model.Story;
import org.rassegna.model.StoryExtraction;
import org.rassegna.model.Storyline;
import org.rassegna.pipeline.PipelineConfig;
import org.rassegna.pipeline.Pipelines;
import org.rassegna.store.RegisteredEntity;
import org.rassegna.store.Store;
import org.rassegna.store.StoredArticle;
import org.rassegna.store.Stores;

/**
 * A store holding one hand-built story of two articles (no NLP), one of them hostile: its source,
 * title and text carry markup that must show as text. The newsroom over it writes through a
 * pipeline with Lucene's Italian analysis, so that adding articles in a test takes no model.
 */
final class Newsrooms {

  static final String HOSTILE = "<script>alert(1)</script>";
  static final String HOSTILE_ATTR = "\"><img src=x onerror=alert(2)>";

  static final String TEXT_1 =
      "Il portavoce del Cremlino Dmitry Peskov ha detto: \"La telefonata è durata un'ora e mezza\"."
          + " Mercoledì 12 febbraio Trump ha chiamato Putin. "
          + HOSTILE;
  static final String TEXT_2 =
      "Secondo Peskov la conversazione telefonica è durata novanta minuti. I prigionieri sono 175.";

  static final String STORY = "s1";
  static final String ENTITY = "e-peskov";

  private Newsrooms() {}

  static Span span(String text, String surface) {
    int start = text.indexOf(surface);
    if (start < 0) {
      throw new IllegalArgumentException(surface);
    }
    return new Span(start, start + surface.length());
  }

  static Citation cite(String articleId, String text, String surface) {
    return Citation.ofText(articleId, span(text, surface));
  }

  static Article first() {
    return new Article(
        "a1",
        "Agenzia " + HOSTILE,
        "javascript:alert(3)",
        new Published("2025-02-12T10:00:00+01:00"),
        "Telefonata Trump-Putin " + HOSTILE_ATTR,
        TEXT_1,
        "it",
        Map.of());
  }

  static Article second() {
    return new Article(
        "a2",
        "Quotidiano",
        "https://example.org/a2",
        new Published("2025-02-13"),
        "Peskov: novanta minuti",
        TEXT_2,
        "it",
        Map.of());
  }

  static StoryBrief brief() {
    Citation sentence1 = cite("a1", TEXT_1, "Mercoledì 12 febbraio Trump ha chiamato Putin.");
    Citation quote1 = cite("a1", TEXT_1, "La telefonata è durata un'ora e mezza");
    Citation sentence2 = cite("a2", TEXT_2, "Secondo Peskov la conversazione telefonica è durata");
    Citation hostile = cite("a1", TEXT_1, HOSTILE);
    return new StoryBrief(
        STORY,
        "l1",
        new CitedSentence("Trump ha chiamato Putin " + HOSTILE_ATTR, List.of(sentence1)),
        List.of(
            new CitedSentence(
                "Mercoledì 12 febbraio Trump ha chiamato Putin.", List.of(sentence1, sentence2)),
            new CitedSentence(HOSTILE, List.of(hostile))),
        List.of(
            new TimelineEntry(
                "2025-02-12",
                "Mercoledì 12 febbraio Trump ha chiamato Putin.",
                List.of(sentence1))),
        List.of(
            new Statement(
                "Dmitry Peskov",
                "x1",
                2,
                List.of(
                    new StatementVariant(
                        "La telefonata è durata un'ora e mezza", "DIRECT", "Dmitry Peskov", quote1),
                    new StatementVariant(
                        "la conversazione telefonica è durata novanta minuti",
                        "INDIRECT",
                        "Peskov",
                        cite(
                            "a2",
                            TEXT_2,
                            "la conversazione telefonica è durata novanta minuti"))))),
        List.of(
            new EntityEntry(
                "x1",
                "Dmitry Peskov",
                "PER",
                List.of("Dmitry Peskov", "Peskov"),
                List.of("portavoce del Cremlino"),
                2,
                List.of(cite("a1", TEXT_1, "Dmitry Peskov"), cite("a2", TEXT_2, "Peskov")))),
        List.of(
            new ClaimRow(
                "c1",
                "FIGURE",
                "MINUTE durata",
                "CORROBORATED",
                2,
                List.of(
                    new ClaimBacking("a1", "90 MINUTE", "un'ora e mezza", List.of(quote1)),
                    new ClaimBacking(
                        "a2",
                        "90 MINUTE",
                        "novanta minuti",
                        List.of(cite("a2", TEXT_2, "novanta minuti"))))),
            new ClaimRow(
                "c2",
                "FIGURE",
                "COUNT prigionieri",
                "SINGLE_SOURCE",
                1,
                List.of(
                    new ClaimBacking(
                        "a2",
                        "175 COUNT",
                        "175",
                        List.of(cite("a2", TEXT_2, "prigionieri sono 175")))))),
        List.of(
            new Source(
                "a1",
                "Agenzia " + HOSTILE,
                "Telefonata Trump-Putin " + HOSTILE_ATTR,
                new Published("2025-02-12T10:00:00+01:00"),
                null,
                "a1"),
            new Source(
                "a2",
                "Quotidiano",
                "Peskov: novanta minuti",
                new Published("2025-02-13"),
                null,
                "a2")));
  }

  static StoryExtraction extraction() {
    Span name = span(TEXT_1, "Dmitry Peskov");
    Span quote = span(TEXT_1, "La telefonata è durata un'ora e mezza");
    Span name2 = span(TEXT_2, "Peskov");
    Span quote2 = span(TEXT_2, "la conversazione telefonica è durata novanta minuti");
    Entity peskov =
        new Entity(
            "x1",
            "Dmitry Peskov",
            EntityType.PER,
            List.of(
                new EntityMention("a1", name, "Dmitry Peskov"),
                new EntityMention("a2", name2, "Peskov")),
            List.of("portavoce del Cremlino"));
    QuotationGroup group =
        new QuotationGroup(
            "q1",
            "x1",
            List.of(
                new QuotationGroup.Variant(
                    new Quotation(
                        "a1",
                        quote,
                        quote.of(TEXT_1),
                        Quotation.Kind.DIRECT,
                        span(TEXT_1, "ha detto"),
                        new Speaker(name, "Dmitry Peskov", Speaker.Basis.CUE)),
                    "x1"),
                new QuotationGroup.Variant(
                    new Quotation(
                        "a2",
                        quote2,
                        quote2.of(TEXT_2),
                        Quotation.Kind.INDIRECT,
                        span(TEXT_2, "Secondo"),
                        new Speaker(name2, "Peskov", Speaker.Basis.CUE)),
                    "x1")));
    return new StoryExtraction(STORY, List.of(peskov), List.of(group), List.of());
  }

  /** The store with the story, its articles, groups, extraction, brief and registry entry. */
  static Store store() {
    Store store = Stores.inMemory();
    store.inTransaction(
        tx -> {
          tx.putArticle(new StoredArticle(first(), LocalDate.parse("2025-02-12")));
          tx.putArticle(new StoredArticle(second(), LocalDate.parse("2025-02-13")));
          tx.putGroups(
              List.of(new SourceGroup("a1", List.of("a1")), new SourceGroup("a2", List.of("a2"))));
          tx.putStory(new Story(STORY, List.of("a1", "a2")));
          tx.putStoryline(new Storyline("l1", List.of(STORY)));
          tx.putEntity(
              new RegisteredEntity(
                  ENTITY,
                  "Dmitry Peskov",
                  EntityType.PER,
                  List.of("dmitry peskov", "peskov"),
                  List.of("portavoce del Cremlino")));
          tx.putExtraction(extraction(), Map.of("x1", ENTITY));
          tx.putStoryBrief(brief());
          return null;
        });
    return store;
  }

  static Newsroom newsroom() {
    Store store = store();
    return Newsroom.open(
        Pipelines.withAnnotator(PipelineConfig.DEFAULT, store, LuceneAnnotator.italian()));
  }
}
