package org.rassegna.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A server over {@link Newsrooms#newsroom()} on a free loopback port, and a client for it. */
final class Served implements AutoCloseable {

  static final String TOKEN = "s3cret-token";

  final Newsroom newsroom = Newsrooms.newsroom();
  final RassegnaServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  Served() {
    this(RassegnaServer.Options.loopback(0, TOKEN));
  }

  Served(RassegnaServer.Options options) {
    server = RassegnaServer.start(newsroom, options);
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
  }

  HttpResponse<String> get(String pathAndQuery, String header, String value) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).header(header, value).GET().build());
  }

  HttpResponse<String> post(String path, String body, String authorization) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return send(b.build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Override
  public void close() {
    server.close();
    newsroom.close();
    newsroom.store().close();
  }
}
