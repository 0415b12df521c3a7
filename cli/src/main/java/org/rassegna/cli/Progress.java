package org.rassegna.cli;

import java.io.PrintWriter;

/**
 * A one-line progress counter on stderr, redrawn in place, shown only when a person is watching
 * (there is a console) so that logs and pipes stay clean.
 */
final class Progress implements AutoCloseable {

  private final PrintWriter err;
  private final boolean shown;
  private final String what;
  private final int total;
  private int done;
  private long lastDraw;

  Progress(PrintWriter err, boolean shown, String what, int total) {
    this.err = err;
    this.shown = shown;
    this.what = what;
    this.total = total;
  }

  static boolean console() {
    return System.console() != null;
  }

  void step() {
    done++;
    long now = System.nanoTime();
    if (shown && (now - lastDraw > 100_000_000L || done == total)) {
      lastDraw = now;
      err.print("\r" + what + ": " + done + (total > 0 ? "/" + total : ""));
      err.flush();
    }
  }

  @Override
  public void close() {
    if (shown && done > 0) {
      err.println();
    }
  }
}
