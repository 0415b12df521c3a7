package org.rassegna.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The PostgreSQL database of the tests: {@code -Drassegna.pg.url=…}, or the local Debian server's
 * {@code rassegna_test}, started (with its role and database) by {@code build/postgres-test-db}
 * when it is not up. Empty only when PostgreSQL is not installed.
 */
public final class LocalPostgres {

  public static final String URL =
      System.getProperty(
          "rassegna.pg.url",
          "jdbc:postgresql://localhost:5432/rassegna_test?user=rassegna&password=rassegna");

  private static final Path INSTALLED = Path.of("/usr/lib/postgresql");

  private LocalPostgres() {}

  /** The URL of a reachable database, or empty when there is no PostgreSQL here to start. */
  public static synchronized Optional<String> url() throws IOException, InterruptedException {
    if (reachable()) {
      return Optional.of(URL);
    }
    if (!Files.isDirectory(INSTALLED)) {
      return Optional.empty();
    }
    Path script =
        Path.of(System.getProperty("rassegna.root", "..")).resolve("build/postgres-test-db");
    Process p = new ProcessBuilder("bash", script.toString()).inheritIO().start();
    if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(script + " could not start PostgreSQL (run it as root)");
    }
    if (!reachable()) {
      throw new IllegalStateException("PostgreSQL started but " + URL + " is not reachable");
    }
    return Optional.of(URL);
  }

  private static boolean reachable() {
    try (Connection c = DriverManager.getConnection(URL)) {
      return c.isValid(5);
    } catch (SQLException e) {
      return false;
    }
  }

  /** Empties the database: drops every table, Flyway's history included. */
  public static void reset() throws SQLException {
    try (Connection c = DriverManager.getConnection(URL);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
  }
}
