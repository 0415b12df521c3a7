/**
 * The persistent store: one {@link org.rassegna.store.Store} interface, with SQLite (embedded, the
 * default: a {@code rassegna.db} file in WAL mode, or in memory) and PostgreSQL implementations,
 * their schema versioned by Flyway migrations ({@code db/migration/sqlite}, {@code
 * db/migration/postgresql}).
 *
 * <p>How the pipeline uses it:
 *
 * <ol>
 *   <li>Open one store per process with {@link org.rassegna.store.Stores#open}; close it at the
 *       end.
 *   <li>Before annotating a batch, ask {@link org.rassegna.store.Store#knownArticleIds} which
 *       articles are already stored and skip them (only new articles are annotated).
 *   <li>Annotate outside any transaction (it is slow), then write the whole batch in one {@link
 *       org.rassegna.store.Store#inTransaction}: articles with their day, annotations, dedup rows
 *       ({@code putArticleState}, {@code putKeys}, {@code putGroups}), the clusterer's keyed state
 *       ({@code putState}), the touched stories and storylines. A kill at any moment then leaves
 *       either the whole batch or none of it; re-running the {@code add} puts again what is
 *       missing, and every put is idempotent.
 *   <li>Mark the touched stories with {@code markStale} in the add's own transaction; refresh them
 *       (extraction, comparison, brief) in transactions of their own, each ending with {@code
 *       markRefreshed}; on start, refresh {@code staleStoryIds()} first. A kill between an add and
 *       its refresh then loses no refresh ({@code PipelineKillIT}'s child does this).
 *   <li>Restore stage state on open with {@code state}, {@code articlesByKey} (band keys and
 *       sentence hashes of only the candidates) and {@code articleStates} of just the articles it
 *       needs, so an {@code add} costs the same however large the store is.
 * </ol>
 *
 * <p>Records are stored as JSON written by Jackson; only what is queried (ids, days, sources, group
 * and story membership, entity forms, statements) has columns of its own.
 */
@NullMarked
package org.rassegna.store;

import org.jspecify.annotations.NullMarked;
