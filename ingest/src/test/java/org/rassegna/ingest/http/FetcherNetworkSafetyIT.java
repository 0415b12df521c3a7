package org.rassegna.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fetcher against hostile servers and URLs, all on loopback: private addresses refused by
 * default (first hop and every redirect), only http(s), and the time cap enforced on a body that
 * trickles in.
 */
class FetcherNetworkSafetyIT {

  private static final byte[] PAGE =
      "<html><body><p>Ciao</p></body></html>".getBytes(StandardCharsets.UTF_8);

  private LoopbackServer server;

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
    server.on("/page", x -> x.send(200, "text/html", PAGE));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private static HttpPageFetcher fetcher(boolean allowPrivate, long timeoutMs) {
    return new HttpPageFetcher(
        new FetchPolicy(
            Duration.ofSeconds(2),
            Duration.ofMillis(timeoutMs),
            100_000,
            3,
            Duration.ZERO,
            FetchPolicy.USER_AGENT,
            allowPrivate));
  }

  @Test
  void loopbackIsRefusedByDefaultAndAllowedOnlyWhenAsked() throws Exception {
    assertThatThrownBy(() -> fetcher(false, 5_000).fetch(server.url("/page"), null))
        .isInstanceOf(PageFetcher.FetchException.class)
        .hasMessageStartingWith("refused: 127.0.0.1 is a loopback");
    assertThat(server.requests).as("nothing was sent to the refused host").isEmpty();
    assertThat(fetcher(true, 5_000).fetch(server.url("/page"), null).body()).isEqualTo(PAGE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:1/",
        "http://127.1.2.3/",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://172.16.5.4/",
        "http://192.168.1.1/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://[fd00::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://2130706433/"
      })
  void privateLinkLocalAndMulticastAddressesAreRefused(String url) {
    assertThatThrownBy(() -> fetcher(false, 2_000).fetch(url, null))
        .hasMessageStartingWith("refused: ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"file:///etc/passwd", "ftp://example.org/x", "jar:file:/x!/y", "gopher://x/"})
  void onlyHttpAndHttpsAreFetched(String url) {
    assertThatThrownBy(() -> fetcher(true, 2_000).fetch(url, null))
        .hasMessageStartingWith("not an http(s) URL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://127.0.0.2:PORT/page"})
  void aRedirectToAPrivateAddressIsRefusedAtThatHop(String target) throws Exception {
    server.on(
        "/redirect",
        x -> {
          x.header("Location", target.replace("PORT", Integer.toString(server.port())));
          x.send(302, null, new byte[0]);
        });
    // the test server itself is on loopback: only its address is let through, as a public one
    InetAddress self = InetAddress.getByName("127.0.0.1");
    HttpPageFetcher fetcher =
        new HttpPageFetcher(
            FetchPolicy.DEFAULT, a -> !a.equals(self) && HttpPageFetcher.isPrivate(a));
    assertThatThrownBy(() -> fetcher.fetch(server.url("/redirect"), null))
        .hasMessageStartingWith("refused: ");
    assertThat(server.requests)
        .extracting(LoopbackServer.Request::path)
        .containsExactly("/redirect");
  }

  @Test
  void aRedirectToAFileUrlIsRefused() throws Exception {
    server.on(
        "/to-file",
        x -> {
          x.header("Location", "file:///etc/passwd");
          x.send(302, null, new byte[0]);
        });
    assertThatThrownBy(() -> fetcher(true, 2_000).fetch(server.url("/to-file"), null))
        .hasMessageStartingWith("not an http(s) URL: file:");
  }

  @Test
  void publicAddressesAreNotRefused() throws Exception {
    assertThat(HttpPageFetcher.isPrivate(InetAddress.getByName("93.184.216.34"))).isFalse();
    assertThat(HttpPageFetcher.isPrivate(InetAddress.getByName("2a00:1450:4002::1"))).isFalse();
    assertThat(HttpPageFetcher.isPrivate(InetAddress.getByName("100.128.0.1"))).isFalse();
  }

  @Test
  void aTricklingBodyIsCutAtTheTimeCap() throws Exception {
    server.on("/trickle", x -> x.trickle(1_000, 700));
    long start = System.nanoTime();
    assertThatThrownBy(() -> fetcher(true, 1_500).fetch(server.url("/trickle"), null))
        .hasMessageStartingWith("timed out");
    // the cap is 1.5 s; a reader that waited for the whole body would take 700 s
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }
}
