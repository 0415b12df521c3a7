package org.rassegna.ingest.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One request to a {@link LoopbackServer} being answered. */
public final class LoopbackExchange {

  private final Map<String, String> requestHeaders;
  private final Map<String, String> responseHeaders = new LinkedHashMap<>();
  private final OutputStream out;

  LoopbackExchange(Map<String, String> requestHeaders, OutputStream out) {
    this.requestHeaders = requestHeaders;
    this.out = out;
  }

  public @Nullable String header(String name) {
    return requestHeaders.get(name.toLowerCase(Locale.ROOT));
  }

  public LoopbackExchange header(String name, String value) {
    responseHeaders.put(name, value);
    return this;
  }

  public void send(int status, @Nullable String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      responseHeaders.put("Content-Type", contentType);
    }
    responseHeaders.put("Content-Length", Integer.toString(body.length));
    head(status);
    out.write(body);
    out.flush();
  }

  /** Sends the body chunked, with no Content-Length to go by. */
  void sendChunked(byte[] body) throws IOException {
    responseHeaders.put("Transfer-Encoding", "chunked");
    head(200);
    for (int i = 0; i < body.length; i += 4096) {
      int n = Math.min(4096, body.length - i);
      out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, i, n);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Declares {@code length} bytes and sends one every {@code everyMs}, as a slow-loris server. */
  void trickle(int length, long everyMs) throws IOException {
    responseHeaders.put("Content-Type", "text/html");
    responseHeaders.put("Content-Length", Integer.toString(length));
    head(200);
    out.flush();
    try {
      for (int i = 0; i < length; i++) {
        Thread.sleep(everyMs);
        out.write('x');
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void head(int status) throws IOException {
    StringBuilder head = new StringBuilder("HTTP/1.1 " + status + " X\r\nConnection: close\r\n");
    responseHeaders.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
  }
}
