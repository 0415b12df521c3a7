/**
 * Stage 7, brief. Requires: {@link org.rassegna.model.Story}s and the {@link
 * org.rassegna.model.AnnotatedArticle}s they group; optionally each article's independent-source
 * group (from dedup). Provides: a {@link org.rassegna.model.Brief} in which every sentence cites
 * the spans it comes from and every source names its group, and writers for Markdown, a
 * self-contained HTML page and JSON.
 */
@NullMarked
package org.rassegna.brief;

import org.jspecify.annotations.NullMarked;
