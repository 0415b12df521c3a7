package org.rassegna.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Fetches over HTTP(S) with {@link java.net.http.HttpClient}, within a {@link FetchPolicy}:
 * redirects are followed by hand so that they can be counted and each hop waits its turn for the
 * host; the body is read up to the size cap and abandoned beyond it.
 */
public final class HttpPageFetcher implements PageFetcher {

  private final FetchPolicy policy;
  private final HttpClient client;
  private final Map<String, Long> nextAllowed = new HashMap<>();

  public HttpPageFetcher(FetchPolicy policy) {
    this.policy = policy;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(policy.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public Fetched fetch(String url, @Nullable Validators validators) throws FetchException {
    URI uri = parse(url);
    for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
      waitForTurn(uri.getHost());
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .timeout(policy.requestTimeout())
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
        outcome = exchange(request.build(), uri, validators);
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

  private Outcome exchange(HttpRequest request, URI uri, @Nullable Validators validators)
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
    return new Outcome(new Fetched(uri.toString(), body(response), contentType, got, false), "");
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
      throw new FetchException(
          "timed out: no response within " + policy.requestTimeout().toSeconds() + " s");
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

  private byte[] body(HttpResponse<InputStream> response) throws FetchException {
    Optional<Long> declared =
        response.headers().firstValue("Content-Length").flatMap(HttpPageFetcher::parseLong);
    if (declared.isPresent() && declared.get() > policy.maxBytes()) {
      close(response);
      throw tooLarge();
    }
    try (InputStream in = response.body()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
      if (bytes.length > policy.maxBytes()) {
        throw tooLarge();
      }
      return bytes;
    } catch (HttpTimeoutException e) {
      throw new FetchException(
          "timed out: no response within " + policy.requestTimeout().toSeconds() + " s");
    } catch (IOException e) {
      throw new FetchException("broken response: " + e.getMessage());
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
