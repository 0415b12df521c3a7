/**
 * Stage 4, cluster. Requires: {@link org.rassegna.model.AnnotatedArticle}s whose tokens carry a
 * normalised form. Provides: {@link org.rassegna.model.Story}s, each the articles that tell one
 * event, most central first.
 */
@NullMarked
package org.rassegna.cluster;

import org.jspecify.annotations.NullMarked;
