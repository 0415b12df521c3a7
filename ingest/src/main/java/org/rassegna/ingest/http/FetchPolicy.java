package org.rassegna.ingest.http;

import java.time.Duration;

/**
 * How politely and how far {@link HttpPageFetcher} goes.
 *
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for the whole response, body included
 * @param maxBytes a response larger than this is abandoned
 * @param maxRedirects how many redirects to follow before giving up
 * @param perHostDelay the least time between two requests to the same host
 * @param userAgent who is asking, with a way to reach the operator
 * @param allowPrivateAddresses whether hosts that resolve to loopback, link-local, private or
 *     multicast addresses may be fetched (intranet feeds); refused by default, so that a feed
 *     cannot make Rassegna read the machine it runs on or its network (cloud metadata at
 *     169.254.169.254)
 */
public record FetchPolicy(
    Duration connectTimeout,
    Duration requestTimeout,
    long maxBytes,
    int maxRedirects,
    Duration perHostDelay,
    String userAgent,
    boolean allowPrivateAddresses) {

  public static final String USER_AGENT =
      "Rassegna/0.1 (news press-review tool; +https://github.com/rassegna/rassegna)";

  /**
   * 10 s to connect, 30 s per response (headers and body), 5 MB, 5 redirects, 1 s between requests
   * to a host, public addresses only.
   */
  public static final FetchPolicy DEFAULT =
      new FetchPolicy(
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          5L * 1024 * 1024,
          5,
          Duration.ofSeconds(1),
          USER_AGENT,
          false);

  public FetchPolicy {
    if (maxBytes <= 0 || maxRedirects < 0 || perHostDelay.isNegative()) {
      throw new IllegalArgumentException("invalid fetch policy");
    }
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("a user agent is required");
    }
  }
}
