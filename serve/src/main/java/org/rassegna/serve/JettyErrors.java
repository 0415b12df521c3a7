package org.rassegna.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.rassegna.brief.Labels;

/**
 * Errors Jetty answers itself, for requests too malformed to reach a route (a URI or header too
 * long, bad percent-encoding, a NUL or an encoded {@code /} in the path): the same shapes as the
 * routes' errors, JSON {@code {status, message}} unless the client asks for a page outside {@code
 * /api}. The message is the status's standard reason, never Jetty's own text.
 */
final class JettyErrors extends ErrorHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
    String message = HttpStatus.getMessage(status);
    String path = request.getHttpURI().getPath();
    String accept = request.getHeaders().get(HttpHeader.ACCEPT);
    boolean page =
        !(path != null && path.startsWith("/api/"))
            && accept != null
            && accept.contains("text/html");
    String type;
    String body;
    if (page) {
      type = "text/html; charset=utf-8";
      body = new Pages(Labels.IT).error(status, message);
    } else {
      type = "application/json";
      try {
        body = JSON.writeValueAsString(new ApiRecords.Error(status, message));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }
}
