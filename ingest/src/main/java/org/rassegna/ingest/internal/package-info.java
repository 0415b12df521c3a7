/** Helpers of the ingest stage; not part of its API. */
@NullMarked
package org.rassegna.ingest.internal;

import org.jspecify.annotations.NullMarked;
