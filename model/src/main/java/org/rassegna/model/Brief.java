package org.rassegna.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the reader gets: the storylines and stories found in the input — for each a headline, a
 * summary whose sentences cite every independent source that states them, a timeline; for each
 * story also who said what, its entities, the claims table and its sources — and an account of what
 * was read and what was skipped.
 *
 * @param storylines most covered first; each names its stories
 * @param stories grouped by storyline (most covered storyline first), earliest event first within
 *     one
 * @param input what was read
 */
public record Brief(List<StorylineBrief> storylines, List<StoryBrief> stories, InputSummary input) {

  public Brief {
    storylines = List.copyOf(storylines);
    stories = List.copyOf(stories);
  }

  /**
   * Events of one affair, summed up together.
   *
   * @param storyIds its stories, earliest first
   * @param timeline what happened on which day, across all its stories, earliest first
   */
  public record StorylineBrief(
      String id,
      List<String> storyIds,
      CitedSentence headline,
      List<CitedSentence> summary,
      List<TimelineEntry> timeline) {

    public StorylineBrief {
      storyIds = List.copyOf(storyIds);
      summary = List.copyOf(summary);
      timeline = List.copyOf(timeline);
    }
  }

  /**
   * One story (event): a headline, cited sentences, a timeline, who said what, its entities, its
   * claims across independent sources, and its sources; {@code storyline} is the id of the
   * storyline it belongs to.
   */
  public record StoryBrief(
      String id,
      String storyline,
      CitedSentence headline,
      List<CitedSentence> summary,
      List<TimelineEntry> timeline,
      List<Statement> statements,
      List<EntityEntry> entities,
      List<ClaimRow> claims,
      List<Source> sources) {

    public StoryBrief {
      summary = List.copyOf(summary);
      timeline = List.copyOf(timeline);
      statements = List.copyOf(statements);
      entities = List.copyOf(entities);
      claims = List.copyOf(claims);
      sources = List.copyOf(sources);
    }

    /** How many independent sources the story has: its sources' distinct groups. */
    public long independentSources() {
      return sources.stream().map(Source::group).distinct().count();
    }
  }

  /**
   * A sentence of the brief, with the source spans it comes from (at least one; in the summary and
   * the timeline one per independent source group that states it).
   */
  public record CitedSentence(String text, List<Citation> citations) {

    public CitedSentence {
      if (citations.isEmpty()) {
        throw new IllegalArgumentException("uncited sentence: " + text);
      }
      citations = List.copyOf(citations);
    }
  }

  /**
   * Something that happened on a day, as a source sentence that dates it.
   *
   * @param day ISO-8601 calendar day ({@code 2025-02-12})
   * @param text the sentence, as in its source
   * @param citations one per independent source group that dates it to this day
   */
  public record TimelineEntry(String day, String text, List<Citation> citations) {

    public TimelineEntry {
      if (!day.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new IllegalArgumentException("not a day: " + day);
      }
      if (citations.isEmpty()) {
        throw new IllegalArgumentException("uncited timeline entry: " + text);
      }
      citations = List.copyOf(citations);
    }
  }

  /**
   * One statement and its variants across sources (translations, cuts).
   *
   * @param speaker the name of the entity it is attributed to, or {@code null} when no source says
   *     who
   * @param speakerEntityId that entity's id in {@link StoryBrief#entities()}, when known
   * @param independentSources how many independent source groups carry it
   */
  public record Statement(
      @Nullable String speaker,
      @Nullable String speakerEntityId,
      int independentSources,
      List<StatementVariant> variants) {

    public Statement {
      if (variants.isEmpty()) {
        throw new IllegalArgumentException("statement without variants");
      }
      variants = List.copyOf(variants);
    }
  }

  /**
   * One source's words for a statement.
   *
   * @param kind {@code DIRECT} or {@code INDIRECT}
   * @param speakerWords the words of the source that name the speaker, when it names one
   */
  public record StatementVariant(
      String text, String kind, @Nullable String speakerWords, Citation citation) {}

  /**
   * A person, body or place, as one entity across sources and spellings.
   *
   * @param forms the distinct ways the sources write it, most frequent first
   * @param roles the roles the sources give it
   * @param mentions how many times the sources mention it
   * @param citations its first mention in each article
   */
  public record EntityEntry(
      String id,
      String name,
      String type,
      List<String> forms,
      List<String> roles,
      int mentions,
      List<Citation> citations) {

    public EntityEntry {
      forms = List.copyOf(forms);
      roles = List.copyOf(roles);
      citations = List.copyOf(citations);
    }
  }

  /**
   * A row of the comparison table: one claim against the independent source groups.
   *
   * @param kind what is claimed ({@code FIGURE}, {@code QUOTATION}, or any kind the compare stage
   *     adds)
   * @param status {@code CORROBORATED}, {@code SINGLE_SOURCE} or {@code CONFLICTING}
   * @param independentSources how many independent source groups state it
   * @param backings what each group states, with its spans
   */
  public record ClaimRow(
      String id,
      String kind,
      String key,
      String status,
      int independentSources,
      List<ClaimBacking> backings) {

    public ClaimRow {
      backings = List.copyOf(backings);
    }
  }

  /**
   * What one independent source group states for a claim.
   *
   * @param value the value as the compare stage normalised it ("90 MINUTE"; for a statement, the
   *     speaker)
   * @param text the source's own words at its first citation ("un'ora e mezza")
   * @param citations the spans it comes from
   */
  public record ClaimBacking(
      String sourceGroup, String value, String text, List<Citation> citations) {

    public ClaimBacking {
      if (citations.isEmpty()) {
        throw new IllegalArgumentException("uncited backing of " + sourceGroup);
      }
      citations = List.copyOf(citations);
    }
  }

  /**
   * An article a story draws on.
   *
   * @param group its independent-source group (the id of the group's first article): articles of
   *     one group copy each other and count as one source
   */
  public record Source(
      String articleId,
      String source,
      @Nullable String title,
      @Nullable Published published,
      @Nullable String url,
      String group) {}

  /** Counts of the input, and each input item skipped with its reason. */
  public record InputSummary(int articlesRead, List<Skipped> skipped) {

    public InputSummary {
      skipped = List.copyOf(skipped);
    }
  }
}
