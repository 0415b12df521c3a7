/**
 * Fetching over HTTP(S): {@link org.rassegna.ingest.http.HttpPageFetcher} with timeouts, a size
 * cap, a bounded number of redirects, a clear user agent, a delay between requests to the same host
 * and conditional GET; {@link org.rassegna.ingest.http.UrlArticleSource} reads pages and feeds from
 * their URLs.
 */
@NullMarked
package org.rassegna.ingest.http;

import org.jspecify.annotations.NullMarked;
