/**
 * Italian analysis with Stanford CoreNLP's Italian models. Requires: an {@link
 * org.rassegna.model.Article} in Italian. Provides: sentences (a line break always ends one),
 * tokens with Universal Dependencies part of speech and a light stem, and PER/ORG/LOC mentions,
 * each span mapped exactly onto the original text.
 */
@NullMarked
package org.rassegna.annotate.corenlp;

import org.jspecify.annotations.NullMarked;
