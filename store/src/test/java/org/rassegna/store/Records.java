package org.rassegna.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Brief;
import org.rassegna.model.Citation;
import org.rassegna.model.Claim;
import org.rassegna.model.Comparison;
import org.rassegna.model.DatedEvent;
import org.rassegna.model.Entity;
import org.rassegna.model.EntityMention;
import org.rassegna.model.EntityType;
import org.rassegna.model.Figure;
import org.rassegna.model.Mention;
import org.rassegna.model.Published;
import org.rassegna.model.Quotation;
import org.rassegna.model.QuotationGroup;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.Speaker;
import org.rassegna.model.StoryExtraction;
import org.rassegna.model.TimeExpression;
import org.rassegna.model.Token;

/** Hand-built model records with real spans, for the store's round-trips (no NLP here). */
final class Records {

  static final String TEXT =
      "Il portavoce del Cremlino Dmitry Peskov ha detto: \"Il colloquio è durato 90 minuti\"."
          + " Lo riferisce l'agenzia Tass.";

  private Records() {}

  static StoredArticle article(String id, String source, String day) {
    Article a =
        new Article(
            id,
            source,
            "https://example.org/" + id,
            new Published(day + "T10:15:00+01:00"),
            "Telefonata tra Trump e Putin (" + id + ")",
            TEXT,
            "it",
            Map.of("feed", "https://example.org/rss"));
    return new StoredArticle(a, LocalDate.parse(day));
  }

  static Span span(String surface) {
    int start = TEXT.indexOf(surface);
    return new Span(start, start + surface.length());
  }

  /** An analysis of {@link #TEXT}: whitespace tokens, two sentences, a mention, a time. */
  static AnnotatedArticle annotated(StoredArticle stored) {
    List<Token> tokens = new ArrayList<>();
    int start = 0;
    for (String word : TEXT.split(" ", -1)) {
      tokens.add(
          new Token(
              new Span(start, start + word.length()),
              word,
              word.toLowerCase(java.util.Locale.ROOT),
              "X",
              word.length() < 3));
      start += word.length() + 1;
    }
    int split = TEXT.indexOf(" Lo ");
    return new AnnotatedArticle(
        stored.article(),
        "it",
        List.of(
            new Sentence(new Span(0, split), 0),
            new Sentence(new Span(split + 1, TEXT.length()), 0)),
        tokens,
        List.of(new Mention(span("Dmitry Peskov"), "Dmitry Peskov", EntityType.PER)),
        List.of(new TimeExpression(span("90 minuti"), "90 minuti", "DURATION", "PT90M")));
  }

  static Quotation quotation(String articleId) {
    Span words = span("Il colloquio è durato 90 minuti");
    return new Quotation(
        articleId,
        words,
        "Il colloquio è durato 90 minuti",
        Quotation.Kind.DIRECT,
        span("ha detto"),
        new Speaker(span("Dmitry Peskov"), "Dmitry Peskov", Speaker.Basis.CUE));
  }

  /** A story's extraction: Peskov (local id e1) said it in every one of {@code articleIds}. */
  static StoryExtraction extraction(String storyId, List<String> articleIds) {
    List<EntityMention> mentions = new ArrayList<>();
    List<QuotationGroup.Variant> variants = new ArrayList<>();
    for (String id : articleIds) {
      mentions.add(new EntityMention(id, span("Dmitry Peskov"), "Dmitry Peskov"));
      variants.add(new QuotationGroup.Variant(quotation(id), "e1"));
    }
    String first = articleIds.get(0);
    return new StoryExtraction(
        storyId,
        List.of(
            new Entity("e1", "Dmitry Peskov", EntityType.PER, mentions, List.of("portavoce")),
            new Entity(
                "e2",
                "Tass",
                EntityType.ORG,
                List.of(new EntityMention(first, span("Tass"), "Tass")),
                List.of())),
        List.of(new QuotationGroup("q1", "e1", variants)),
        List.of(
            new Figure(first, span("90 minuti"), "90 minuti", 90, Figure.Unit.MINUTE, "", false)),
        List.of(
            new DatedEvent(
                first,
                "2025-02-12",
                span("90 minuti"),
                span("Il colloquio è durato 90 minuti"),
                "Il colloquio è durato 90 minuti",
                List.of("colloquio"))));
  }

  static Comparison comparison(String storyId, String articleId) {
    Citation cited = Citation.ofText(articleId, span("90 minuti"));
    return new Comparison(
        storyId,
        List.of(articleId),
        List.of(
            new Claim(
                "c1",
                Claim.Kind.FIGURE,
                "durata del colloquio",
                Claim.Status.SINGLE_SOURCE,
                List.of(new Claim.Backing(articleId, "90 MINUTE", List.of(cited))))));
  }

  static Brief.StoryBrief brief(String storyId, String articleId) {
    Citation headline = new Citation(articleId, Citation.Field.TITLE, new Span(0, 10));
    Citation said = Citation.ofText(articleId, span("Il colloquio è durato 90 minuti"));
    return new Brief.StoryBrief(
        storyId,
        "L1",
        new Brief.CitedSentence("Telefonata tra Trump e Putin", List.of(headline)),
        List.of(new Brief.CitedSentence("Il colloquio è durato 90 minuti.", List.of(said))),
        List.of(new Brief.TimelineEntry("2025-02-12", "Il colloquio.", List.of(said))),
        List.of(
            new Brief.Statement(
                "Dmitry Peskov",
                "e1",
                1,
                List.of(
                    new Brief.StatementVariant(
                        "Il colloquio è durato 90 minuti", "DIRECT", "Dmitry Peskov", said)))),
        List.of(
            new Brief.EntityEntry(
                "e1",
                "Dmitry Peskov",
                "PER",
                List.of("Dmitry Peskov"),
                List.of("portavoce"),
                1,
                List.of(said))),
        List.of(
            new Brief.ClaimRow(
                "c1",
                "FIGURE",
                "durata del colloquio",
                "SINGLE_SOURCE",
                1,
                List.of(
                    new Brief.ClaimBacking(articleId, "90 MINUTE", "90 minuti", List.of(said))))),
        List.of(
            new Brief.Source(
                articleId, "ansa.it", "Telefonata", new Published("2025-02-12"), null, articleId)));
  }
}
