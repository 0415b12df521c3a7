/**
 * Stage 1, ingest. Requires: paths to files or folders (plain text, JSON Lines, HTML pages, RSS and
 * Atom feeds, WARC archives) or http(s) URLs. Provides: {@link org.rassegna.model.Article}s, and a
 * {@link org.rassegna.model.Skipped} for every input item that could not be read (empty, binary,
 * undecodable, too large, malformed, an invalid feed, a broken WARC record, an unreachable URL), so
 * that one bad item never stops a batch. Formats live in the subpackages {@code html}, {@code
 * feed}, {@code warc} and {@code http}.
 */
@NullMarked
package org.rassegna.ingest;

import org.jspecify.annotations.NullMarked;
