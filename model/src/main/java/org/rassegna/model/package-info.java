/**
 * The records that flow between pipeline stages. No stage logic lives here: each record only
 * validates itself, save one rule every stage must read alike, {@link org.rassegna.model.ArticleDay
 * an article's day}. A {@link org.rassegna.model.Span} of character offsets into an article's text
 * is the currency of provenance.
 */
@NullMarked
package org.rassegna.model;

import org.jspecify.annotations.NullMarked;
