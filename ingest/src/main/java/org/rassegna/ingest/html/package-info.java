/**
 * Web pages: the article body found by {@link org.rassegna.ingest.html.ArticleBodyExtractor} on
 * jsoup, metadata from meta tags, JSON-LD and the byline, and the charset from the BOM, the HTTP
 * header, the page's {@code <meta>} or a fallback detector.
 */
@NullMarked
package org.rassegna.ingest.html;

import org.jspecify.annotations.NullMarked;
