package org.rassegna.cli;

import org.rassegna.store.Stores;
import picocli.CommandLine.Option;

/** {@code --db}: the store, for every command that adds to one or serves one. */
final class StoreOption {

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "The store: an SQLite file (created if needed), a jdbc:sqlite: or jdbc:postgresql: URL"
              + " (default: ${DEFAULT-VALUE}).")
  private String db = Stores.DEFAULT_FILE;

  String url() {
    return db;
  }
}
