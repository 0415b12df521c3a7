/**
 * Stage 2, annotate. Requires: {@link org.rassegna.model.Article}s. Provides: {@link
 * org.rassegna.model.AnnotatedArticle}s with sentences and tokens, each with the exact character
 * span it covers in the article text.
 */
@NullMarked
package org.rassegna.annotate;

import org.jspecify.annotations.NullMarked;
