/**
 * Stage 5, extract. Requires: {@link org.rassegna.model.AnnotatedArticle}s (sentences; named-entity
 * mentions when the annotator provides them). Provides: {@link org.rassegna.model.Quotation}s with
 * their speakers, each with the character spans it came from.
 */
@NullMarked
package org.rassegna.extract;

import org.jspecify.annotations.NullMarked;
