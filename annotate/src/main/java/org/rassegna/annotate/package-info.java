/**
 * Stage 2, annotate. Requires: {@link org.rassegna.model.Article}s. Provides: {@link
 * org.rassegna.model.AnnotatedArticle}s with their language, sentences and tokens and, for Italian,
 * parts of speech, named entities and time expressions, each with the exact character span it
 * covers in the article text. {@link org.rassegna.annotate.LanguageRoutingAnnotator} picks the
 * analysis by language; {@link org.rassegna.annotate.LuceneAnnotator} is the words-only analysis
 * for languages without a model.
 */
@NullMarked
package org.rassegna.annotate;

import org.jspecify.annotations.NullMarked;
