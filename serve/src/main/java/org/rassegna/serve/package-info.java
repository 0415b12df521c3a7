/**
 * The living service: the REST API, the web pages and full-text search over a store ({@code
 * rassegna serve}). Requires a {@link org.rassegna.store.Store} and the {@link
 * org.rassegna.pipeline.Pipeline} over it (the one writer); provides a Javalin server.
 */
@NullMarked
package org.rassegna.serve;

import org.jspecify.annotations.NullMarked;
