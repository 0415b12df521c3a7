package org.rassegna.model;

import java.util.List;

/**
 * A person, body or place as one thing across articles: all the mentions that name it, whatever the
 * spelling or form ("Dmitry Peskov", "Dmitrij Peskov", "Peskov"), and the roles the texts give it
 * ("portavoce del Cremlino").
 *
 * @param id stable within a run
 * @param name the fullest name found for it
 * @param type what kind of entity it is (the type most of its mentions carry)
 * @param mentions every mention, in article then text order (at least one)
 * @param roles the roles stated in apposition or title, as written, without duplicates
 */
public record Entity(
    String id, String name, EntityType type, List<EntityMention> mentions, List<String> roles) {

  public Entity {
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("entity " + id + " has no mentions");
    }
    mentions = List.copyOf(mentions);
    roles = List.copyOf(roles);
  }
}
