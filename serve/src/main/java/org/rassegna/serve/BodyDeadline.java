package org.rassegna.serve;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Fails the reading of a request body that has not fully arrived within a time after its headers.
 * Jetty's idle timeout starts again at every byte, so a client trickling one byte a second would
 * otherwise hold a thread for as long as its body lasts; a client that stops sending altogether is
 * left to the idle timeout.
 */
final class BodyDeadline extends Handler.Wrapper {

  private final long nanos;

  BodyDeadline(Duration limit) {
    this.nanos = limit.toNanos();
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long start = System.nanoTime();
    Request timed =
        new Request.Wrapper(request) {
          @Override
          public Content.Chunk read() {
            if (System.nanoTime() - start > nanos) {
              return Content.Chunk.from(new TimeoutException("request body too slow"), true);
            }
            return super.read();
          }
        };
    return super.handle(timed, response, callback);
  }
}
