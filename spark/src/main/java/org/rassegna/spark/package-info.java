/**
 * The stages as an Apache Spark job, an entry point like the CLI: ingest, annotate and the dedup
 * signatures run in executors, candidate copies are found by joins on LSH band keys and sentence
 * hashes, groups are connected components, the stream is clustered in publication order on the
 * driver over compact features, and extract, compare and brief run per story in executors. See
 * {@link org.rassegna.spark.SparkJob}.
 */
@NullMarked
package org.rassegna.spark;

import org.jspecify.annotations.NullMarked;
