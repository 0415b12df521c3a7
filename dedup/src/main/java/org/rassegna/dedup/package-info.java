/**
 * Stage 3, dedup. Requires: {@link org.rassegna.model.AnnotatedArticle}s (tokens with their
 * normalised forms, sentences with spans), in the order they were read. Provides: exact and near
 * duplicates ({@link org.rassegna.dedup.NearDuplicate}), passages that two articles share word for
 * word ({@link org.rassegna.model.CopiedPassage}, with the characters in both), and the
 * independent-source groups ({@link org.rassegna.model.SourceGroup}) that later stages count
 * instead of articles. Incremental: adding an article compares it with an index of compact
 * signatures, never recomputing what is already there.
 */
@NullMarked
package org.rassegna.dedup;

import org.jspecify.annotations.NullMarked;
