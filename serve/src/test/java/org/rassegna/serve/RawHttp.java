package org.rassegna.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests written byte by byte to a loopback port, for what {@link java.net.http.HttpClient}
 * refuses to send (unknown methods, NUL and raw {@code ..} in paths, lying lengths).
 */
final class RawHttp {

  /** A response as read off the socket; {@code status} 0 when the server closed without one. */
  record Response(int status, Map<String, String> headers, String body) {

    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  private RawHttp() {}

  /** A request of {@code method} for {@code target}, with {@code Connection: close}. */
  static String request(String method, String target, String... headers) {
    StringBuilder b = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (String h : headers) {
      b.append(h).append("\r\n");
    }
    return b.append("Connection: close\r\n\r\n").toString();
  }

  static Response send(int port, String request) throws IOException {
    return send(port, request.getBytes(StandardCharsets.UTF_8));
  }

  static Response send(int port, byte[] request) throws IOException {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException e) {
        // the server may answer and close before it has read a large body: read what it said
      }
      return read(s.getInputStream());
    }
  }

  /** Reads until the server closes; the response it sent, if any. */
  static Response read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      for (int n; (n = in.read(buf)) > 0; ) {
        all.write(buf, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw e;
    } catch (IOException e) {
      // a reset after the response: keep what came
    }
    byte[] bytes = all.toByteArray();
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) {
      return new Response(0, Map.of(), text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
    if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
      body = unchunk(body);
    }
    return new Response(
        Integer.parseInt(lines[0].substring(9, 12)),
        headers,
        new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] unchunk(byte[] chunked) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    String latin = new String(chunked, StandardCharsets.ISO_8859_1);
    int i = 0;
    while (i < chunked.length) {
      int eol = latin.indexOf("\r\n", i);
      int size = Integer.parseInt(latin.substring(i, eol).strip(), 16);
      if (size == 0) {
        break;
      }
      b.write(chunked, eol + 2, size);
      i = eol + 2 + size + 2;
    }
    return b.toByteArray();
  }
}
