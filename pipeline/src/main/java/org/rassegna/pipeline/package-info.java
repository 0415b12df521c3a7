/**
 * The pipeline: the one place that wires the stages (ingest → annotate → dedup → cluster → extract
 * → compare → brief) over a {@link org.rassegna.store.Store}, so every entry point (the CLI's
 * {@code add}, {@code brief}, {@code dedup}, {@code extract}, a server, a watch loop) gives the
 * same groups and stories for the same input. See {@link org.rassegna.pipeline.Pipeline}.
 */
@NullMarked
package org.rassegna.pipeline;

import org.jspecify.annotations.NullMarked;
