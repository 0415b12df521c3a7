package org.rassegna.cli;

import java.io.PrintWriter;
import org.rassegna.ingest.Ingest;
import org.rassegna.model.Skipped;

/** What the commands that read articles tell the user about their input, said one way. */
final class Reports {

  private Reports() {}

  /**
   * Prints each skipped item with its reason; when nothing could be read, says so and returns false
   * (the command then exits with 1).
   */
  static boolean readSomething(Ingest.Result read, Object inputs, PrintWriter err) {
    for (Skipped s : read.skipped()) {
      err.println("skipped " + s.item() + ": " + s.reason());
    }
    if (read.articles().isEmpty()) {
      err.println("rassegna: no article could be read from " + inputs);
      return false;
    }
    return true;
  }
}
