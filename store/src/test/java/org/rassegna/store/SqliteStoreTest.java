package org.rassegna.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on an SQLite file. */
class SqliteStoreTest extends StoreContractTest {

  @TempDir Path dir;

  @Override
  Store openEmpty() {
    return Stores.open(dir.resolve(Stores.DEFAULT_FILE).toString());
  }

  @Override
  Store reopen() {
    return Stores.open("jdbc:sqlite:" + dir.resolve(Stores.DEFAULT_FILE));
  }

  @Test
  void theFileIsInWalModeAndVersionedByFlyway() throws Exception {
    store.putArticle(Records.article("a", "ansa.it", "2025-02-12"));
    Path file = dir.resolve(Stores.DEFAULT_FILE);
    assertThat(Files.exists(file)).isTrue();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet mode = c.createStatement().executeQuery("PRAGMA journal_mode");
        ResultSet version =
            c.createStatement()
                .executeQuery("SELECT MAX(version) FROM flyway_schema_history WHERE success = 1")) {
      assertThat(mode.getString(1)).isEqualTo("wal");
      assertThat(version.getString(1)).isEqualTo("4");
    }
  }

  @Test
  void schemaFourSplitsTheOpenStorylinesRows() throws Exception {
    Path file = dir.resolve("v3.db");
    String url = "jdbc:sqlite:" + file;
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration/sqlite")
        .target("3")
        .load()
        .migrate();
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement ps =
            c.prepareStatement("INSERT INTO stage_row (stage, key, value) VALUES (?, ?, ?)")) {
      ps.setString(1, "cluster/storyline");
      ps.setString(2, "14");
      ps.setString(3, STORYLINE_ROW_V3);
      ps.executeUpdate();
    }
    try (Store migrated = Stores.open(url)) {
      assertStorylineRowSplit(migrated);
    }
  }
}
