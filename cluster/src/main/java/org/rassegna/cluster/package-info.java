/**
 * Stage 4, cluster. Requires: {@link org.rassegna.model.AnnotatedArticle}s whose tokens carry a
 * normalised form (named-entity mentions and time expressions are used when present, not needed),
 * with a publication time when known. Provides: a {@link org.rassegna.model.Clustering}: {@link
 * org.rassegna.model.Story}s, each the articles that tell one event, most central first, and {@link
 * org.rassegna.model.Storyline}s, each the events of one affair, earliest first.
 */
@NullMarked
package org.rassegna.cluster;

import org.jspecify.annotations.NullMarked;
