package org.rassegna.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests a stranger could send, written on raw sockets: oversized and malformed bodies, wrong
 * content types, clients that trickle, odd bytes and traversal in ids, wrong tokens and unknown
 * methods. Each gets its 4xx, as JSON {@code {status, message}} under {@code /api}, with no stack
 * trace and no internal class name; no client holds the server. The table in docs/robustness.md
 * lists the cases.
 */
class ServerHardeningIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_BODY = 64 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private static final String AUTH = "Authorization: Bearer " + Served.TOKEN;
  private static final String JSON_TYPE = "Content-Type: application/json";

  private static Served served;
  private final List<Socket> open = new ArrayList<>();

  @BeforeAll
  static void start() {
    served =
        new Served(
            new RassegnaServer.Options(
                RassegnaServer.Options.LOOPBACK, 0, Served.TOKEN, MAX_BODY, TIMEOUT));
  }

  @AfterAll
  static void stop() {
    served.close();
  }

  @AfterEach
  void closeSockets() throws IOException {
    for (Socket s : open) {
      s.close();
    }
  }

  private static int port() {
    return served.server.port();
  }

  private static RawHttp.Response send(String request) throws IOException {
    return RawHttp.send(port(), request);
  }

  private static String post(String body, String... headers) {
    List<String> all = new ArrayList<>(List.of(headers));
    all.add("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length);
    return RawHttp.request("POST", "/api/articles", all.toArray(String[]::new)) + body;
  }

  /** A {@code status} answer, JSON with that status and a message, telling nothing inside. */
  private static JsonNode assertApiError(RawHttp.Response r, int status) throws IOException {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).as(r.body()).startsWith("application/json");
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.path("status").asInt()).isEqualTo(status);
    assertThat(body.path("message").asText()).isNotBlank();
    assertTellsNothing(r);
    return body;
  }

  private static void assertTellsNothing(RawHttp.Response r) {
    String lower = r.body().toLowerCase(Locale.ROOT);
    assertThat(lower)
        .as(r.body())
        .doesNotContain("exception")
        .doesNotContain("org.")
        .doesNotContain("java.")
        .doesNotContain("\tat ")
        .doesNotContain("jetty")
        .doesNotContain("javalin")
        .doesNotContain("jackson");
    assertThat(r.header("Server")).isEmpty();
  }

  private void assertStillServing() throws IOException {
    assertThat(send(RawHttp.request("GET", "/api/stories")).status()).isEqualTo(200);
  }

  // ---- bodies

  @Test
  void anOversizedBodyIs413DeclaredOrChunked() throws Exception {
    String big = "[{\"id\":\"a\",\"text\":\"" + "x".repeat((int) MAX_BODY) + "\"}]";
    assertApiError(send(post(big, AUTH, JSON_TYPE)), 413);

    StringBuilder chunked =
        new StringBuilder(
            RawHttp.request(
                "POST", "/api/articles", AUTH, JSON_TYPE, "Transfer-Encoding: chunked"));
    for (int i = 0; i < 20; i++) {
      chunked.append("1000\r\n").append("x".repeat(0x1000)).append("\r\n");
    }
    chunked.append("0\r\n\r\n");
    assertApiError(send(chunked.toString()), 413);
    // without the token the body is not even read
    assertApiError(send(post(big, JSON_TYPE)), 401);
    assertStillServing();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "{",
        "not json",
        "{\"id\":\"a\",\"text\":\"x\"}",
        "[]",
        "[1, 2]",
        "[null]",
        "[{\"id\":\"a\"}]",
        "[{\"text\":\"x\"}]",
        "[{\"id\":\" \",\"text\":\"x\"}]",
        "[{\"id\":\"a\",\"text\":\"x\",\"published\":\"ieri\"}]",
        "[{\"id\":\"a\",\"text\":\"x\",\"url\":\"javascript:alert(1)\"}]",
        "[{\"id\":\"a\",\"text\":\"x\",\"url\":\"file:///etc/passwd\"}]",
        "[{\"id\":\"a\",\"text\":\"x\",\"altro\":1}]",
        "[{\"id\":[\"a\"],\"text\":\"x\"}]",
        "[{\"id\":\"a\",\"text\":\"x\"}] trailing",
        "[{\"id\":\"a\",\"text\":\"x\"}",
      })
  void malformedBodiesAre400(String body) throws Exception {
    assertApiError(send(post(body, AUTH, JSON_TYPE)), 400);
  }

  @Test
  void deeplyNestedAndInvalidUtf8BodiesAre400() throws Exception {
    assertApiError(send(post("[".repeat(20_000) + "]".repeat(20_000), AUTH, JSON_TYPE)), 400);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] body = {'[', '{', '"', 'i', 'd', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}', ']'};
    bytes.write(
        RawHttp.request("POST", "/api/articles", AUTH, JSON_TYPE, "Content-Length: " + body.length)
            .getBytes(StandardCharsets.US_ASCII));
    bytes.write(body);
    assertApiError(RawHttp.send(port(), bytes.toByteArray()), 400);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Content-Type: text/plain",
        "Content-Type: application/x-www-form-urlencoded",
        "Content-Type: multipart/form-data; boundary=x",
        "Content-Type: application/xml",
        "X-No-Content-Type: 1"
      })
  void aWrongContentTypeIs415(String contentType) throws Exception {
    assertApiError(send(post("[{\"id\":\"a\",\"text\":\"x\"}]", AUTH, contentType)), 415);
  }

  // ---- ids

  @ParameterizedTest
  @CsvSource(
      delimiter = ' ',
      value = {
        "/api/stories/..%2f.. 404",
        "/api/stories/..%2F..%2Fetc%2Fpasswd 404",
        "/api/stories/%2e%2e%2f%2e%2e%2fopenapi.json 404",
        "/api/stories/..%5c.. 404",
        "/api/articles/%0d%0aSet-Cookie:%20x=1 404",
        "/api/stories/s1;jsessionid=x 404",
        "/api/articles/%00 400",
        "/api/articles/a%00b 400",
        "/api/entities/%ff%fe 400",
        "/api/stories/% 400",
        "/api/stories/%zz 400",
      })
  void oddIdsAreAClear4xx(String path, int status) throws Exception {
    RawHttp.Response r = send(RawHttp.request("GET", path));
    assertApiError(r, status);
    assertThat(r.header("Set-Cookie")).isEmpty();
  }

  @Test
  void traversalOutOfTheApiFindsNothing() throws Exception {
    for (String path : List.of("/api/../../etc/passwd", "/api/stories/../../../etc/passwd")) {
      RawHttp.Response r = send(RawHttp.request("GET", path));
      assertThat(r.status()).as(path).isBetween(400, 499);
      assertThat(r.body()).doesNotContain("root:");
      assertTellsNothing(r);
    }
  }

  @Test
  void veryLongIdsAreAClear4xx() throws Exception {
    assertApiError(send(RawHttp.request("GET", "/api/stories/" + "x".repeat(4_000))), 404);
    RawHttp.Response tooLong = send(RawHttp.request("GET", "/api/stories/" + "x".repeat(50_000)));
    assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(414);
    assertApiError(tooLong, 414);
    RawHttp.Response page = send(RawHttp.request("GET", "/stories/" + "x".repeat(50_000)));
    assertThat(page.status()).isEqualTo(414);
    assertTellsNothing(page);
    RawHttp.Response header =
        send(RawHttp.request("GET", "/api/stories", "X-Big: " + "y".repeat(50_000)));
    assertThat(header.status()).isEqualTo(431);
    assertApiError(header, 431);
  }

  @Test
  void anErrorPageShowsTheIdAsText() throws Exception {
    RawHttp.Response r =
        send(RawHttp.request("GET", "/stories/%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
    assertThat(r.status()).isBetween(400, 499);
    assertThat(r.body()).doesNotContain("<script>");
    assertTellsNothing(r);
  }

  // ---- tokens

  @ParameterizedTest
  @ValueSource(
      strings = {
        "X-None: 1",
        "Authorization: Bearer wrong",
        "Authorization: Bearer " + Served.TOKEN + "x",
        "Authorization: Bearer S3CRET-TOKEN",
        "Authorization: Bearer",
        "Authorization: Bearer ",
        "Authorization: Basic czNjcmV0LXRva2Vu",
        "Authorization: " + Served.TOKEN,
        "Authorization: Bearer s3cret",
      })
  void aWrongOrMissingTokenIs401(String authorization) throws Exception {
    RawHttp.Response r = send(post("[{\"id\":\"a\",\"text\":\"x\"}]", authorization, JSON_TYPE));
    assertApiError(r, 401);
    assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(r.body()).doesNotContain(Served.TOKEN);
  }

  // ---- methods

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DELETE /api/stories/s1",
        "PUT /api/articles",
        "PATCH /api/stories",
        "POST /api/stories",
        "DELETE /api/articles",
        "TRACE /api/stories",
        "FOO /api/stories",
      })
  void unknownMethodsAre405Or501(String methodAndPath) throws Exception {
    String[] mp = methodAndPath.split(" ");
    RawHttp.Response r = send(RawHttp.request(mp[0], mp[1], AUTH, JSON_TYPE, "Content-Length: 0"));
    assertThat(r.status()).as(methodAndPath + " " + r.body()).isIn(405, 501);
    assertApiError(r, r.status());
  }

  @Test
  void aMalformedRequestLineIs400() throws Exception {
    for (String raw :
        List.of("GET\r\n\r\n", "GET /api/stories HTTP/9.9\r\n\r\n", "\u0001\u0002\r\n\r\n")) {
      RawHttp.Response r = send(raw);
      assertThat(r.status()).as(raw).isIn(0, 400, 505);
      assertTellsNothing(r);
    }
    assertStillServing();
  }

  // ---- slow clients

  @Test
  void aClientThatTricklesItsBodyIsCutOff() throws Exception {
    Socket s = connect();
    OutputStream out = s.getOutputStream();
    out.write(
        RawHttp.request("POST", "/api/articles", AUTH, JSON_TYPE, "Content-Length: 10000")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    long t0 = System.nanoTime();
    boolean cut = trickle(out, 100, Duration.ofMillis(300));
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertThat(cut).as("the server closed the connection while the body trickled").isTrue();
    assertThat(took).isLessThan(TIMEOUT.multipliedBy(5));
    assertApiError(RawHttp.read(s.getInputStream()), 408);
    assertStillServing();
  }

  @Test
  void aClientThatSendsNothingIsClosedAtTheIdleTimeout() throws Exception {
    Socket s = connect();
    s.getOutputStream().write("GET /api/st".getBytes(StandardCharsets.US_ASCII));
    long t0 = System.nanoTime();
    s.setSoTimeout(20_000);
    RawHttp.Response r = RawHttp.read(s.getInputStream());
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    assertThat(took).isLessThan(TIMEOUT.multipliedBy(5));
    assertThat(r.status()).isIn(0, 400, 408);
  }

  @Test
  void clientsTricklingHeadersDoNotStopOthersBeingServed() throws Exception {
    List<OutputStream> slow = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      OutputStream out = connect().getOutputStream();
      out.write(
          "GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      slow.add(out);
    }
    for (int round = 0; round < 3; round++) {
      for (OutputStream out : slow) {
        try {
          out.write(("X-" + round + ": y\r\n").getBytes(StandardCharsets.US_ASCII));
          out.flush();
        } catch (IOException closed) {
          // cut off by the server: also fine
        }
      }
      long t0 = System.nanoTime();
      assertStillServing();
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
      Thread.sleep(500);
    }
  }

  private Socket connect() throws IOException {
    Socket s = new Socket(InetAddress.getLoopbackAddress(), port());
    open.add(s);
    return s;
  }

  /** Writes one byte every {@code every}; true when the server closed before all were sent. */
  private static boolean trickle(OutputStream out, int bytes, Duration every)
      throws InterruptedException {
    try {
      for (int i = 0; i < bytes; i++) {
        Thread.sleep(every.toMillis());
        out.write('x');
        out.flush();
      }
      return false;
    } catch (IOException closed) {
      return true;
    }
  }
}
