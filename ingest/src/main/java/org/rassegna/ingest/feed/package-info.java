/**
 * Feeds: RSS and Atom, read with Rome. Requires a feed file or its bytes; provides one article per
 * item, from the feed's full text or the linked page.
 */
@NullMarked
package org.rassegna.ingest.feed;

import org.jspecify.annotations.NullMarked;
