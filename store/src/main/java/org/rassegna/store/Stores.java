package org.rassegna.store;

import java.nio.file.Path;

/** Opens stores: SQLite files, SQLite in memory, PostgreSQL. Migrates the schema on open. */
public final class Stores {

  /** The SQLite file used when no location is given. */
  public static final String DEFAULT_FILE = "rassegna.db";

  private Stores() {}

  /**
   * Opens the store at {@code location}: a {@code jdbc:postgresql:} URL (user and password in the
   * URL, or from {@code PGUSER}/{@code PGPASSWORD}), a {@code jdbc:sqlite:} URL, {@code :memory:},
   * or a path to an SQLite file (created when absent).
   */
  public static Store open(String location) {
    if (location.startsWith("jdbc:postgresql:")) {
      return PostgresStore.open(location);
    }
    if (location.equals(":memory:")) {
      return inMemory();
    }
    if (location.startsWith("jdbc:sqlite:")) {
      return sqlite(Path.of(location.substring("jdbc:sqlite:".length())));
    }
    return sqlite(Path.of(location));
  }

  /** An SQLite store in {@code file} (created when absent), in WAL mode. */
  public static Store sqlite(Path file) {
    return SqliteStore.open(file);
  }

  /** An SQLite store in memory, gone when closed (for a one-shot {@code brief}). */
  public static Store inMemory() {
    return SqliteStore.inMemory();
  }
}
