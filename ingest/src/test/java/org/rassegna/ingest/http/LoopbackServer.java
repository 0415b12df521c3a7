package org.rassegna.ingest.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small HTTP/1.1 server on 127.0.0.1 for tests (never the internet): one thread per connection,
 * one request per connection, handlers chosen by exact path; unknown paths get 404. Public for the
 * tests of other modules (the CLI's watch test).
 */
public final class LoopbackServer implements AutoCloseable {

  /** One request as the server saw it. */
  public record Request(String path, Map<String, String> headers, long nanoTime) {

    public String userAgent() {
      return headers.getOrDefault("user-agent", "");
    }

    public String ifNoneMatch() {
      return headers.getOrDefault("if-none-match", "");
    }
  }

  /** Answers one request. */
  public interface Handler {
    void handle(LoopbackExchange exchange) throws IOException;
  }

  public final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  private final ServerSocket socket;
  private final Thread acceptor;

  public LoopbackServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "loopback-http");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public LoopbackServer on(String path, Handler handler) {
    handlers.put(path, handler);
    return this;
  }

  public int port() {
    return socket.getLocalPort();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + socket.getLocalPort() + path;
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Thread t = new Thread(() -> serve(client), "loopback-http-client");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
      String requestLine = in.readLine();
      if (requestLine == null) {
        return;
      }
      Map<String, String> headers = new ConcurrentHashMap<>();
      for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          headers.put(
              line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
              line.substring(colon + 1).strip());
        }
      }
      String path = requestLine.split(" ")[1];
      requests.add(new Request(path, headers, System.nanoTime()));
      LoopbackExchange exchange = new LoopbackExchange(headers, client.getOutputStream());
      Handler handler = handlers.get(path);
      if (handler == null) {
        exchange.send(404, "text/plain", "not found".getBytes(StandardCharsets.US_ASCII));
      } else {
        handler.handle(exchange);
      }
    } catch (IOException e) {
      // the client went away (a timeout test does that): nothing to answer
      return;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
