package org.rassegna.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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
    schemaThreeWithStorylineRow(url, "sqlite");
    try (Store migrated = Stores.open(url)) {
      assertStorylineRowSplit(migrated);
    }
  }
}
