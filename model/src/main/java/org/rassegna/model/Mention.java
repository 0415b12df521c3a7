package org.rassegna.model;

/**
 * A named-entity mention in an article.
 *
 * @param span where it stands in the article text
 * @param text its surface form, exactly the characters of {@code span}
 * @param type what kind of entity it names
 */
public record Mention(Span span, String text, EntityType type) {}
