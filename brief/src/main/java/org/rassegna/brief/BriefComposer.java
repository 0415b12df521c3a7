package org.rassegna.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Brief;
import org.rassegna.model.Brief.CitedSentence;
import org.rassegna.model.Brief.ClaimBacking;
import org.rassegna.model.Brief.ClaimRow;
import org.rassegna.model.Brief.EntityEntry;
import org.rassegna.model.Brief.InputSummary;
import org.rassegna.model.Brief.Source;
import org.rassegna.model.Brief.Statement;
import org.rassegna.model.Brief.StatementVariant;
import org.rassegna.model.Brief.StoryBrief;
import org.rassegna.model.Brief.StorylineBrief;
import org.rassegna.model.Citation;
import org.rassegna.model.Claim;
import org.rassegna.model.Clustering;
import org.rassegna.model.Comparison;
import org.rassegna.model.Entity;
import org.rassegna.model.EntityMention;
import org.rassegna.model.QuotationGroup;
import org.rassegna.model.Span;
import org.rassegna.model.Story;
import org.rassegna.model.StoryExtraction;
import org.rassegna.model.Storyline;

/**
 * Writes the storylines (most covered first) and their stories (earliest first). Each storyline and
 * each story gets a headline, a summary and a timeline; each story also who said what, its
 * entities, the claims table and its sources with their independent-source groups (from dedup).
 *
 * <p>The summary is {@link CentroidSummarizer}'s choice of 3 to {@value #SUMMARY_SENTENCES}
 * sentences, ordered by the day they tell of (a day they state, else their article's day), then by
 * score; each cites one sentence per independent source group that states the same thing. The
 * headline is the most central article's title when it has one, else the best sentence (which is
 * then not repeated below it). The timeline is {@link TimelineBuilder}'s, on the extract stage's
 * dated events when given. Who said what, entities and claims (figures, statements, events) come
 * from the extract and compare stages, when given.
 *
 * <p>Summaries and timelines read a story's {@value #MAX_ARTICLES} most central articles (all of
 * them for the seeds): their cost grows with the square of the sentences read.
 */
public final class BriefComposer {

  /** Most summary sentences per story, not counting the headline. */
  public static final int SUMMARY_SENTENCES = 6;

  /** Most articles per story (or storyline) whose sentences the summary and timeline weigh. */
  public static final int MAX_ARTICLES = 40;

  /** What the extract and compare stages found in a story. */
  public record Findings(StoryExtraction extraction, Comparison comparison) {}

  private final CentroidSummarizer summarizer = new CentroidSummarizer();

  /** A brief in which every article is an independent source, without extraction. */
  public Brief compose(Clustering clustering, List<AnnotatedArticle> articles, InputSummary input) {
    return compose(clustering, articles, Map.of(), Map.of(), input);
  }

  /**
   * The full brief.
   *
   * @param groupOfArticle the group id of each article (from dedup); an article missing here is a
   *     group of its own
   * @param findings per story id, what extract and compare found; a story missing here has no
   *     statements, entities or claims
   */
  public Brief compose(
      Clustering clustering,
      List<AnnotatedArticle> articles,
      Map<String, String> groupOfArticle,
      Map<String, Findings> findings,
      InputSummary input) {
    Map<String, AnnotatedArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    return compose(
        clustering,
        ids -> ids.stream().map(byId::get).filter(Objects::nonNull).toList(),
        groupOfArticle,
        findings,
        input);
  }

  /**
   * The full brief, reading the analyses one storyline at a time: {@code analyses} gives those of
   * the article ids asked (in any order). A storyline's brief reads only its own articles, so the
   * brief of a store holds one storyline's analyses at a time, not all of them.
   */
  public Brief compose(
      Clustering clustering,
      Function<List<String>, List<AnnotatedArticle>> analyses,
      Map<String, String> groupOfArticle,
      Map<String, Findings> findings,
      InputSummary input) {
    Map<String, Story> storiesById =
        clustering.stories().stream().collect(Collectors.toMap(Story::id, Function.identity()));
    Function<String, String> groupOf = id -> groupOfArticle.getOrDefault(id, id);
    List<StorylineBrief> lines = new ArrayList<>();
    List<StoryBrief> briefs = new ArrayList<>();
    for (Storyline line : clustering.storylines()) {
      Map<String, AnnotatedArticle> byId = new HashMap<>();
      analyses
          .apply(
              line.storyIds().stream()
                  .flatMap(id -> storiesById.get(id).articleIds().stream())
                  .toList())
          .forEach(a -> byId.put(a.id(), a));
      // each story's own dates: one story's day must not re-anchor another story's articles
      Map<String, StoryDates> datesOf = new HashMap<>();
      List<AnnotatedArticle> lineArticles = new ArrayList<>();
      List<StoryBrief> lineStories = new ArrayList<>();
      for (String storyId : line.storyIds()) {
        Story story = storiesById.get(storyId);
        List<AnnotatedArticle> members = story.articleIds().stream().map(byId::get).toList();
        StoryDates dates = new StoryDates(members);
        members.forEach(a -> datesOf.put(a.id(), dates));
        lineArticles.addAll(members.subList(0, Math.min(MAX_ARTICLES, members.size())));
        lineStories.add(story(story, line, members, dates, groupOf, findings.get(storyId)));
      }
      briefs.addAll(lineStories);
      lines.add(storyline(line, lineArticles, lineStories, datesOf::get, groupOf));
    }
    return new Brief(lines, briefs, input);
  }

  private StorylineBrief storyline(
      Storyline line,
      List<AnnotatedArticle> members,
      List<StoryBrief> stories,
      Function<String, StoryDates> datesOf,
      Function<String, String> groupOf) {
    if (stories.size() == 1) {
      StoryBrief only = stories.get(0);
      return new StorylineBrief(
          line.id(), line.storyIds(), only.headline(), only.summary(), only.timeline());
    }
    List<Brief.TimelineEntry> timeline = new ArrayList<>();
    stories.forEach(s -> timeline.addAll(s.timeline()));
    timeline.sort(Comparator.comparing(Brief.TimelineEntry::day));
    Headed headed = summary(members, datesOf, groupOf, stories.get(0).headline().text());
    return new StorylineBrief(
        line.id(), line.storyIds(), stories.get(0).headline(), headed.summary(), timeline);
  }

  private StoryBrief story(
      Story story,
      Storyline line,
      List<AnnotatedArticle> all,
      StoryDates dates,
      Function<String, String> groupOf,
      @Nullable Findings found) {
    List<AnnotatedArticle> members = all.subList(0, Math.min(MAX_ARTICLES, all.size()));
    List<Source> sources = new ArrayList<>();
    for (AnnotatedArticle a : all) {
      Article article = a.article();
      sources.add(
          new Source(
              article.id(),
              article.source(),
              article.title(),
              article.published(),
              article.url(),
              groupOf.apply(article.id())));
    }
    AnnotatedArticle central = members.get(0);
    String title = central.article().title();
    boolean titled = title != null && !title.isBlank();
    Headed headed = summary(members, id -> dates, groupOf, titled ? title : null);
    CitedSentence headline = headed.headline();
    if (titled) {
      headline =
          new CitedSentence(
              title,
              List.of(
                  new Citation(central.id(), Citation.Field.TITLE, new Span(0, title.length()))));
    } else if (headline == null) {
      Span whole = new Span(0, central.article().text().length());
      headline =
          new CitedSentence(
              central.article().source(), List.of(Citation.ofText(central.id(), whole)));
    }
    List<Brief.TimelineEntry> timeline =
        found == null
            ? TimelineBuilder.build(members, dates, groupOf)
            : TimelineBuilder.build(members, found.extraction().events(), dates, groupOf);
    Map<String, AnnotatedArticle> byId = new HashMap<>();
    all.forEach(a -> byId.put(a.id(), a));
    List<Statement> statements = found == null ? List.of() : statements(found, groupOf);
    List<EntityEntry> entities = found == null ? List.of() : entities(found.extraction());
    List<ClaimRow> claims = found == null ? List.of() : claims(found.comparison(), byId);
    return new StoryBrief(
        story.id(),
        line.id(),
        headline,
        headed.summary(),
        timeline,
        statements,
        entities,
        claims,
        sources);
  }

  /** A headline taken from the text (or null when a title is given) and the summary below it. */
  private record Headed(@Nullable CitedSentence headline, List<CitedSentence> summary) {}

  private record Placed(CitedSentence sentence, LocalDate day, double score) {}

  /**
   * Picks the summary, drops the headline's sentence from it (the best pick when {@code title} is
   * null), and orders the rest by day, then score. A sentence is backed only by articles of its own
   * story ({@code datesOf} gives the same dates to the articles of one story): in a storyline, the
   * second call's sentences must not cite reports of the first.
   */
  private Headed summary(
      List<AnnotatedArticle> members,
      Function<String, StoryDates> datesOf,
      Function<String, String> groupOf,
      @Nullable String title) {
    Map<String, AnnotatedArticle> byId = new HashMap<>();
    members.forEach(a -> byId.put(a.id(), a));
    List<CentroidSummarizer.Pick> picks = summarizer.summarize(members, SUMMARY_SENTENCES + 1);
    CitedSentence headline = null;
    List<Placed> placed = new ArrayList<>();
    for (CentroidSummarizer.Pick p : picks) {
      StoryDates own = datesOf.apply(p.from().articleId());
      List<Citation> support =
          p.support().stream().filter(c -> datesOf.apply(c.articleId()) == own).toList();
      CitedSentence sentence = new CitedSentence(p.text(), perGroup(support, groupOf));
      if (title == null && headline == null) {
        headline = sentence;
        continue;
      }
      if (p.text().equals(title) || placed.size() == SUMMARY_SENTENCES) {
        continue;
      }
      AnnotatedArticle a = byId.get(p.from().articleId());
      LocalDate day = own.statedIn(a, p.from().span());
      if (day == null) {
        day = own.dayOf(a);
      }
      placed.add(new Placed(sentence, day == null ? LocalDate.MAX : day, p.score()));
    }
    placed.sort(
        Comparator.comparing(Placed::day)
            .thenComparing(Comparator.comparingDouble(Placed::score).reversed()));
    return new Headed(headline, placed.stream().map(Placed::sentence).toList());
  }

  /** The first citation of each independent source group. */
  private static List<Citation> perGroup(
      List<Citation> citations, Function<String, String> groupOf) {
    Map<String, Citation> first = new LinkedHashMap<>();
    citations.forEach(c -> first.putIfAbsent(groupOf.apply(c.articleId()), c));
    return List.copyOf(first.values());
  }

  /** Statements grouped by speaker (speakers in order of first statement, unknown last). */
  private static List<Statement> statements(Findings found, Function<String, String> groupOf) {
    Map<String, String> names = new HashMap<>();
    found.extraction().entities().forEach(e -> names.put(e.id(), e.name()));
    Map<String, List<Statement>> bySpeaker = new LinkedHashMap<>();
    List<Statement> unknown = new ArrayList<>();
    for (QuotationGroup g : found.extraction().statements()) {
      List<StatementVariant> variants =
          g.variants().stream()
              .map(
                  v ->
                      new StatementVariant(
                          v.quotation().text(),
                          v.quotation().kind().name(),
                          v.quotation().speaker() == null ? null : v.quotation().speaker().text(),
                          Citation.ofText(v.quotation().articleId(), v.quotation().span())))
              .toList();
      int groups =
          (int)
              g.variants().stream()
                  .map(v -> groupOf.apply(v.quotation().articleId()))
                  .distinct()
                  .count();
      String speaker = g.speakerEntityId();
      Statement s =
          new Statement(speaker == null ? null : names.get(speaker), speaker, groups, variants);
      if (speaker == null) {
        unknown.add(s);
      } else {
        bySpeaker.computeIfAbsent(speaker, k -> new ArrayList<>()).add(s);
      }
    }
    List<Statement> all = new ArrayList<>();
    bySpeaker.values().forEach(all::addAll);
    all.addAll(unknown);
    return all;
  }

  /** Each entity with its distinct written forms, most frequent first. */
  private static List<EntityEntry> entities(StoryExtraction x) {
    List<EntityEntry> entries = new ArrayList<>();
    for (Entity e : x.entities()) {
      Map<String, Long> forms =
          e.mentions().stream()
              .collect(
                  Collectors.groupingBy(
                      m -> m.text().replaceAll("\\s+", " "),
                      LinkedHashMap::new,
                      Collectors.counting()));
      List<String> ordered =
          forms.entrySet().stream()
              .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
              .map(Map.Entry::getKey)
              .toList();
      Map<String, Citation> firstPerArticle = new LinkedHashMap<>();
      for (EntityMention m : e.mentions()) {
        firstPerArticle.putIfAbsent(m.articleId(), Citation.ofText(m.articleId(), m.span()));
      }
      entries.add(
          new EntityEntry(
              e.id(),
              e.name(),
              e.type().name(),
              ordered,
              e.roles(),
              e.mentions().size(),
              List.copyOf(firstPerArticle.values())));
    }
    return entries;
  }

  private static List<ClaimRow> claims(Comparison c, Map<String, AnnotatedArticle> byId) {
    List<ClaimRow> rows = new ArrayList<>();
    for (Claim claim : c.claims()) {
      List<ClaimBacking> backings = new ArrayList<>();
      for (Claim.Backing b : claim.backings()) {
        Citation first = b.citations().get(0);
        AnnotatedArticle a = byId.get(first.articleId());
        String words = a == null ? b.value() : first.span().of(a.article().text());
        backings.add(new ClaimBacking(b.sourceGroup(), b.value(), words, b.citations()));
      }
      rows.add(
          new ClaimRow(
              claim.id(),
              claim.kind().name(),
              claim.key(),
              claim.status().name(),
              claim.backings().size(),
              backings));
    }
    return rows;
  }
}
