/**
 * Stage 6, compare. Requires: a story's {@link org.rassegna.model.StoryExtraction} and the
 * independent source group of each of its articles. Provides: a {@link
 * org.rassegna.model.Comparison}, each claim corroborated, single-source or conflicting, each
 * backing cited by its spans.
 */
@NullMarked
package org.rassegna.compare;

import org.jspecify.annotations.NullMarked;
