/**
 * Stage 1, ingest. Requires: paths to files or folders. Provides: {@link
 * org.rassegna.model.Article}s, and a {@link org.rassegna.model.Skipped} for every input item that
 * could not be read (empty, binary, undecodable, too large, malformed), so that one bad item never
 * stops a batch.
 */
@NullMarked
package org.rassegna.ingest;

import org.jspecify.annotations.NullMarked;
