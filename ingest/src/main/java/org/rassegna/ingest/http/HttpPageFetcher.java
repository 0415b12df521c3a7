package org.rassegna.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Fetches over HTTP(S) with {@link java.net.http.HttpClient}, within a {@link FetchPolicy}:
 * redirects are followed by hand so that they can be counted and each hop waits its turn for the
 * host; the body is read up to the size cap and abandoned beyond it. Every hop's host is resolved
 * first and refused if any of its addresses is loopback, link-local, private or multicast (unless
 * the policy allows them), and the whole fetch, body included, must end within the request timeout.
 *
 * <p>The client resolves the host again when it connects, so a DNS server that answers differently
 * within the same second (rebinding) is not stopped by this check; it stops feeds that name such
 * addresses or hosts that resolve to them.
 */
public final class HttpPageFetcher implements PageFetcher {

  private final FetchPolicy policy;
  private final HttpClient client;
  private final Map<String, Long> nextAllowed = new HashMap<>();
  private final Predicate<InetAddress> refused;

  public HttpPageFetcher(FetchPolicy policy) {
    this(policy, policy.allowPrivateAddresses() ? a -> false : HttpPageFetcher::isPrivate);
  }

  /** With the test of which resolved addresses to refuse (tests on loopback pick their own). */
  HttpPageFetcher(FetchPolicy policy, Predicate<InetAddress> refused) {
    this.policy = policy;
    this.refused = refused;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(policy.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public Fetched fetch(String url, @Nullable Validators validators) throws FetchException {
    URI uri = parse(url);
    long deadline = System.nanoTime() + policy.requestTimeout().toNanos();
    for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
      checkAddress(uri);
      waitForTurn(uri.getHost());
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw timedOut();
      }
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofNanos(left))
              .header("User-Agent", policy.userAgent())
              .header(
                  "Accept",
                  "text/html, application/xhtml+xml, application/rss+xml,"
                      + " application/atom+xml, application/xml;q=0.9, */*;q=0.5");
      if (validators != null && validators.etag() != null) {
        request.header("If-None-Match", validators.etag());
      }
      if (validators != null && validators.lastModified() != null) {
        request.header("If-Modified-Since", validators.lastModified());
      }
      Outcome outcome;
      try {
        outcome = exchange(request.build(), uri, validators, deadline);
      } finally {
        done(uri.getHost());
      }
      if (outcome.fetched() != null) {
        return outcome.fetched();
      }
      uri = parse(uri.resolve(outcome.redirect()).toString());
    }
    throw new FetchException("too many redirects: more than " + policy.maxRedirects());
  }

  /** What one request gave: the resource, or where it was redirected to. */
  private record Outcome(@Nullable Fetched fetched, String redirect) {}

  private Outcome exchange(
      HttpRequest request, URI uri, @Nullable Validators validators, long deadline)
      throws FetchException {
    HttpResponse<InputStream> response = send(request, uri);
    int status = response.statusCode();
    if (status >= 300 && status < 400 && status != 304) {
      close(response);
      String location = response.headers().firstValue("Location").orElse(null);
      if (location == null) {
        throw new FetchException("HTTP " + status + " redirect without a Location");
      }
      return new Outcome(null, location.strip());
    }
    Validators got =
        new Validators(
            response.headers().firstValue("ETag").orElse(null),
            response.headers().firstValue("Last-Modified").orElse(null));
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    if (status == 304) {
      close(response);
      return new Outcome(
          new Fetched(
              uri.toString(),
              new byte[0],
              contentType,
              validators == null ? new Validators(null, null) : validators,
              true),
          "");
    }
    if (status >= 400) {
      close(response);
      throw new FetchException("HTTP " + status);
    }
    return new Outcome(
        new Fetched(uri.toString(), body(response, deadline), contentType, got, false), "");
  }

  /**
   * Refuses a host that resolves to an address of this machine or its network, unless allowed: the
   * address a feed names is the stranger's choice, the network it reaches is ours.
   */
  private void checkAddress(URI uri) throws FetchException {
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      throw new FetchException("unreachable: unknown host " + uri.getHost());
    }
    for (InetAddress a : addresses) {
      if (refused.test(a)) {
        throw new FetchException(
            "refused: "
                + uri.getHost()
                + " is a loopback, link-local, private or multicast address ("
                + a.getHostAddress()
                + "); --allow-private-urls allows it");
      }
    }
  }

  /** Loopback, unspecified, link-local, private (IPv4 RFC 1918, carrier-grade NAT, IPv6 ULA). */
  static boolean isPrivate(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
    }
    return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 // 100.64.0.0/10, carrier-grade NAT
        || (b[0] & 0xff) == 0; // 0.0.0.0/8, "this network"
  }

  private FetchException timedOut() {
    return new FetchException(
        "timed out: no complete response within " + policy.requestTimeout().toSeconds() + " s");
  }

  private static URI parse(String url) throws FetchException {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new FetchException("not an http(s) URL: " + url);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new FetchException("not a valid URL: " + url);
    }
  }

  /** Waits until the host may be asked again: {@code perHostDelay} after its last response. */
  private void waitForTurn(String host) throws FetchException {
    Long next;
    synchronized (nextAllowed) {
      next = nextAllowed.get(host);
    }
    long wait = next == null ? 0 : next - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException("interrupted");
      }
    }
  }

  private void done(String host) {
    synchronized (nextAllowed) {
      nextAllowed.put(host, System.nanoTime() + policy.perHostDelay().toNanos());
    }
  }

  private HttpResponse<InputStream> send(HttpRequest request, URI uri) throws FetchException {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw new FetchException(
          "unreachable: no connection within " + policy.connectTimeout().toSeconds() + " s");
    } catch (HttpTimeoutException e) {
      throw timedOut();
    } catch (ConnectException e) {
      Throwable cause = e.getCause();
      throw new FetchException(
          cause instanceof UnknownHostException
              ? "unreachable: unknown host " + uri.getHost()
              : "unreachable: connection refused by " + uri.getHost());
    } catch (IOException e) {
      throw new FetchException(
          "unreachable: " + e.getClass().getSimpleName() + " " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException("interrupted");
    }
  }

  /**
   * Reads the body up to the size cap, and closes it at the deadline from another thread: the
   * client's timeout ends with the headers, so a server trickling a byte every few seconds would
   * otherwise hold the read for ever.
   */
  private byte[] body(HttpResponse<InputStream> response, long deadline) throws FetchException {
    Optional<Long> declared =
        response.headers().firstValue("Content-Length").flatMap(HttpPageFetcher::parseLong);
    if (declared.isPresent() && declared.get() > policy.maxBytes()) {
      close(response);
      throw tooLarge();
    }
    AtomicBoolean cut = new AtomicBoolean();
    long left = Math.max(0, deadline - System.nanoTime());
    CompletableFuture<Void> watchdog =
        CompletableFuture.runAsync(
            () -> {
              cut.set(true);
              close(response);
            },
            CompletableFuture.delayedExecutor(left, TimeUnit.NANOSECONDS));
    try (InputStream in = response.body()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
      if (cut.get()) {
        throw timedOut();
      }
      if (bytes.length > policy.maxBytes()) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw cut.get() || e instanceof HttpTimeoutException
          ? timedOut()
          : new FetchException("broken response: " + e.getMessage());
    } finally {
      watchdog.cancel(false);
    }
  }

  private FetchException tooLarge() {
    return new FetchException("too large: over " + policy.maxBytes() + " bytes");
  }

  private static Optional<Long> parseLong(String s) {
    try {
      return Optional.of(Long.parseLong(s.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException e) {
      // nothing was read from it and nothing will be: a failed close loses nothing
      return;
    }
  }
}
