package org.rassegna.store;

import java.util.List;
import org.rassegna.model.EntityType;

/**
 * A person, body or place of the global entity registry: one entry across all stories.
 *
 * @param id the registry id, stable across runs (chosen by the pipeline)
 * @param name the name shown for it
 * @param forms the ways sources write it, as the pipeline normalises them for lookup
 * @param roles the roles sources give it
 */
public record RegisteredEntity(
    String id, String name, EntityType type, List<String> forms, List<String> roles) {

  public RegisteredEntity {
    if (id.isBlank()) {
      throw new IllegalArgumentException("registered entity with a blank id: " + name);
    }
    forms = List.copyOf(forms);
    roles = List.copyOf(roles);
  }
}
