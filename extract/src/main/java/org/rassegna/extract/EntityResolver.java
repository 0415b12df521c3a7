package org.rassegna.extract;

import java.util.List;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Entity;

/** Merges the named-entity mentions of several articles into entities. */
public interface EntityResolver {

  /** The entities mentioned in {@code articles}, most mentioned first. */
  List<Entity> resolve(List<AnnotatedArticle> articles);
}
