package org.rassegna.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpPageFetcherIT {

  private static final byte[] PAGE =
      "<html><body><p>Ciao</p></body></html>".getBytes(StandardCharsets.UTF_8);

  private LoopbackServer server;

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private static FetchPolicy policy(long maxBytes, int maxRedirects, long delayMs, long timeoutMs) {
    return new FetchPolicy(
        Duration.ofSeconds(2),
        Duration.ofMillis(timeoutMs),
        maxBytes,
        maxRedirects,
        Duration.ofMillis(delayMs),
        FetchPolicy.USER_AGENT,
        true);
  }

  private HttpPageFetcher fetcher() {
    return new HttpPageFetcher(policy(10_000, 3, 0, 5_000));
  }

  @Test
  void fetchesAPageWithAClearUserAgent() throws Exception {
    server.on("/page", x -> x.send(200, "text/html; charset=utf-8", PAGE));
    PageFetcher.Fetched got = fetcher().fetch(server.url("/page"), null);
    assertThat(got.body()).isEqualTo(PAGE);
    assertThat(got.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(got.notModified()).isFalse();
    assertThat(server.requests.get(0).userAgent()).startsWith("Rassegna/").contains("+https://");
  }

  @Test
  void followsRedirectsButOnlySoMany() throws Exception {
    server.on("/page", x -> x.send(200, "text/html", PAGE));
    for (int i = 1; i <= 5; i++) {
      String next = i == 5 ? "/page" : "/r" + (i + 1);
      server.on(
          "/r" + i,
          x -> {
            x.header("Location", next);
            x.send(302, null, new byte[0]);
          });
    }
    assertThat(fetcher().fetch(server.url("/r3"), null).url()).isEqualTo(server.url("/page"));
    assertThatThrownBy(() -> fetcher().fetch(server.url("/r1"), null))
        .isInstanceOf(PageFetcher.FetchException.class)
        .hasMessage("too many redirects: more than 3");
  }

  @Test
  void anOversizeResponseIsAbandoned() throws Exception {
    byte[] big = new byte[20_000];
    server.on("/declared", x -> x.send(200, "text/html", big));
    server.on(
        "/chunked",
        x -> {
          x.sendChunked(big);
        });
    for (String path : new String[] {"/declared", "/chunked"}) {
      assertThatThrownBy(() -> fetcher().fetch(server.url(path), null))
          .hasMessage("too large: over 10000 bytes");
    }
  }

  @Test
  void httpErrorsTimeoutsAndClosedPortsHaveClearMessages() throws Exception {
    server.on("/missing", x -> x.send(404, "text/html", PAGE));
    server.on(
        "/slow",
        x -> {
          try {
            Thread.sleep(3_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          x.send(200, "text/html", PAGE);
        });
    assertThatThrownBy(() -> fetcher().fetch(server.url("/missing"), null)).hasMessage("HTTP 404");
    assertThatThrownBy(
            () -> new HttpPageFetcher(policy(10_000, 3, 0, 500)).fetch(server.url("/slow"), null))
        .hasMessageStartingWith("timed out");
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    assertThatThrownBy(() -> fetcher().fetch("http://127.0.0.1:" + closed + "/", null))
        .hasMessageStartingWith("unreachable");
    assertThatThrownBy(() -> fetcher().fetch("ftp://127.0.0.1/x", null))
        .hasMessageStartingWith("not an http(s) URL");
  }

  @Test
  void conditionalGetReportsAnUnchangedResource() throws Exception {
    server.on(
        "/feed",
        x -> {
          if ("\"v1\"".equals(x.header("If-None-Match"))) {
            x.send(304, null, new byte[0]);
          } else {
            x.header("ETag", "\"v1\"");
            x.header("Last-Modified", "Wed, 12 Feb 2025 20:15:00 GMT");
            x.send(200, "application/rss+xml", PAGE);
          }
        });
    PageFetcher.Fetched first = fetcher().fetch(server.url("/feed"), null);
    assertThat(first.validators().etag()).isEqualTo("\"v1\"");
    assertThat(first.validators().lastModified()).isEqualTo("Wed, 12 Feb 2025 20:15:00 GMT");
    PageFetcher.Fetched second = fetcher().fetch(server.url("/feed"), first.validators());
    assertThat(second.notModified()).isTrue();
    assertThat(second.body()).isEmpty();
    assertThat(server.requests.get(1).ifNoneMatch()).isEqualTo("\"v1\"");
  }

  @Test
  void waitsBetweenRequestsToTheSameHost() throws Exception {
    server.on("/page", x -> x.send(200, "text/html", PAGE));
    HttpPageFetcher polite = new HttpPageFetcher(policy(10_000, 3, 400, 5_000));
    polite.fetch(server.url("/page"), null);
    polite.fetch(server.url("/page"), null);
    long gap = server.requests.get(1).nanoTime() - server.requests.get(0).nanoTime();
    assertThat(Duration.ofNanos(gap)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
  }
}
