package org.rassegna.model;

import java.util.List;

/**
 * What the extract stage finds in one story: its entities across articles, its statements (each
 * quotation in a group with its variants from other articles), its figures, and its dated events.
 *
 * @param storyId the story
 * @param entities most mentioned first
 * @param statements in order of first appearance
 * @param figures in article then text order
 * @param events what the articles place on a calendar day, in article then text order
 */
public record StoryExtraction(
    String storyId,
    List<Entity> entities,
    List<QuotationGroup> statements,
    List<Figure> figures,
    List<DatedEvent> events) {

  public StoryExtraction {
    entities = List.copyOf(entities);
    statements = List.copyOf(statements);
    figures = List.copyOf(figures);
    events = List.copyOf(events);
  }

  /** An extraction with no dated events. */
  public StoryExtraction(
      String storyId,
      List<Entity> entities,
      List<QuotationGroup> statements,
      List<Figure> figures) {
    this(storyId, entities, statements, figures, List.of());
  }
}
