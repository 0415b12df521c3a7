package org.rassegna.annotate.corenlp;

import java.util.concurrent.Executor;

/**
 * Runs a model's load on a daemon thread of its own, named after the model, so that the loads go
 * side by side and the CPU time of each can be read per thread (JFR, {@code /proc/PID/task}).
 */
public final class LoadThreads {

  private LoadThreads() {}

  /** An executor that starts one daemon thread named {@code load-NAME} per task. */
  public static Executor named(String name) {
    return task -> {
      Thread t = new Thread(task, "load-" + name);
      t.setDaemon(true);
      t.start();
    };
  }
}
