package org.rassegna.brief;

import java.util.List;
import java.util.Locale;
import org.rassegna.model.Brief;
import org.rassegna.model.Brief.StoryBrief;

/**
 * The words the writers put around the sources' content, in Italian or English; the content itself
 * (headlines, sentences, quotations) stays as the sources wrote it.
 */
public enum Labels {
  IT,
  EN;

  /** {@code it} or {@code en}, any case. */
  public static Labels of(String language) {
    return switch (language.toLowerCase(Locale.ROOT)) {
      case "it" -> IT;
      case "en" -> EN;
      default -> throw new IllegalArgumentException("no labels for language '" + language + "'");
    };
  }

  /** The ISO 639-1 code, for the HTML page's {@code lang}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  private String pick(String it, String en) {
    return this == IT ? it : en;
  }

  /** "1 story", "2 stories": a count and its noun, singular or plural. */
  String count(long n, String itOne, String itMany, String enOne, String enMany) {
    return n + " " + (n == 1 ? pick(itOne, enOne) : pick(itMany, enMany));
  }

  public String sources(long n) {
    return count(
        n, "fonte indipendente", "fonti indipendenti", "independent source", "independent sources");
  }

  /** "4 articles from 3 independent sources: articles of one group copy each other." */
  String independence(StoryBrief story) {
    int articles = story.sources().size();
    long groups = story.independentSources();
    return count(articles, "articolo", "articoli", "article", "articles")
        + pick(" da ", " from ")
        + sources(groups)
        + (groups < articles
            ? pick(
                ": gli articoli di uno stesso gruppo si copiano a vicenda.",
                ": articles of one group copy each other.")
            : ".");
  }

  /**
   * Where a story stands in its storyline ("Storyline 1, event 2 of 2."), or empty when the
   * storyline has this story only; storylines are numbered in the order of the brief.
   */
  String storyline(Brief brief, StoryBrief story) {
    List<String> lines = brief.stories().stream().map(StoryBrief::storyline).distinct().toList();
    List<String> events =
        brief.stories().stream()
            .filter(s -> s.storyline().equals(story.storyline()))
            .map(StoryBrief::id)
            .toList();
    if (events.size() < 2) {
      return "";
    }
    return pick("Filone ", "Storyline ")
        + (lines.indexOf(story.storyline()) + 1)
        + pick(", evento ", ", event ")
        + (events.indexOf(story.id()) + 1)
        + pick(" di ", " of ")
        + events.size()
        + ".";
  }

  String overview(Brief brief) {
    int skipped = brief.input().skipped().size();
    return count(brief.stories().size(), "storia", "storie", "story", "stories")
        + pick(" in ", " in ")
        + count(brief.storylines().size(), "filone", "filoni", "storyline", "storylines")
        + pick(" da ", " from ")
        + count(brief.input().articlesRead(), "articolo", "articoli", "article", "articles")
        + (skipped == 0
            ? "."
            : "; "
                + count(skipped, "input scartato", "input scartati", "input item", "input items")
                + pick(" (elencati in fondo).", " skipped (listed at the end)."));
  }

  public String title() {
    return pick("Rassegna", "Rassegna: press review");
  }

  String storylineHeading(int n) {
    return pick("Filone ", "Storyline ") + n;
  }

  public String summary() {
    return pick("Sintesi", "Summary");
  }

  public String timeline() {
    return pick("Cronologia", "Timeline");
  }

  public String whoSaidWhat() {
    return pick("Chi ha detto cosa", "Who said what");
  }

  public String unknownSpeaker() {
    return pick("Fonte non indicata", "Speaker not stated");
  }

  public String indirect() {
    return pick("discorso indiretto", "indirect speech");
  }

  public String entities() {
    return pick("Persone, enti e luoghi", "People, bodies and places");
  }

  String mentions(int n) {
    return count(n, "menzione", "menzioni", "mention", "mentions");
  }

  public String claims() {
    return pick("Confronto tra le fonti", "What the sources agree on");
  }

  String agreementChart() {
    return pick("Fonti indipendenti per affermazione", "Independent sources per claim");
  }

  String claimHeaders() {
    return pick(
        "Affermazione|Tipo|Stato|Fonti indipendenti|Cosa dice ogni fonte",
        "Claim|Kind|Status|Independent sources|What each source says");
  }

  /** A claim's status ({@code CORROBORATED} …) in words; unknown statuses as they are. */
  public String status(String status) {
    return switch (status) {
      case "CORROBORATED" -> pick("confermata", "corroborated");
      case "SINGLE_SOURCE" -> pick("una sola fonte", "single source");
      case "CONFLICTING" -> pick("in conflitto", "conflicting");
      default -> status.toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  /** A claim's kind ({@code FIGURE} …) in words; kinds added later show as they are. */
  public String kind(String kind) {
    return switch (kind) {
      case "FIGURE" -> pick("cifra", "figure");
      case "QUOTATION" -> pick("dichiarazione", "statement");
      case "EVENT" -> pick("evento", "event");
      default -> kind.toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  public String sourcesHeading() {
    return pick("Fonti", "Sources");
  }

  String sourceHeaders() {
    return pick(
        "#|Fonte|Gruppo indipendente|Titolo|Pubblicato",
        "#|Source|Independent group|Title|Published");
  }

  String skippedHeading() {
    return pick("Input scartati", "Skipped input");
  }
}
