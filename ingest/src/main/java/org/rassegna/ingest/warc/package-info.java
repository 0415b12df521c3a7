/**
 * Web archives: WARC files, plain or gzipped, read with jwarc. Requires a WARC file; provides one
 * article per HTML response record.
 */
@NullMarked
package org.rassegna.ingest.warc;

import org.jspecify.annotations.NullMarked;
