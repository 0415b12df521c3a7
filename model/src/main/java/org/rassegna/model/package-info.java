/**
 * The records that flow between pipeline stages. No stage logic lives here: each record only
 * validates itself. A {@link org.rassegna.model.Span} of character offsets into an article's text
 * is the currency of provenance.
 */
@NullMarked
package org.rassegna.model;

import org.jspecify.annotations.NullMarked;
