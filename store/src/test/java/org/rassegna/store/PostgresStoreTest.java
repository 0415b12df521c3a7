package org.rassegna.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract on PostgreSQL (the local server, started when needed; skipped if not installed). */
class PostgresStoreTest extends StoreContractTest {

  private static Optional<String> url = Optional.empty();

  @BeforeAll
  static void server() throws Exception {
    url = LocalPostgres.url();
    assumeTrue(url.isPresent(), "PostgreSQL is not installed here: its store tests are skipped");
  }

  @Override
  Store openEmpty() throws Exception {
    LocalPostgres.reset();
    return Stores.open(url.orElseThrow());
  }

  @Override
  Store reopen() {
    return Stores.open(url.orElseThrow());
  }

  @Test
  void theSchemaIsVersionedByFlyway() throws Exception {
    try (Connection c = DriverManager.getConnection(url.orElseThrow());
        ResultSet version =
            c.createStatement()
                .executeQuery("SELECT MAX(version) FROM flyway_schema_history WHERE success")) {
      assertThat(version.next()).isTrue();
      assertThat(version.getString(1)).isEqualTo("4");
    }
  }

  @Test
  void schemaFourSplitsTheOpenStorylinesRows() throws Exception {
    store.close();
    LocalPostgres.reset();
    schemaThreeWithStorylineRow(url.orElseThrow(), "postgresql");
    store = Stores.open(url.orElseThrow());
    assertStorylineRowSplit(store);
  }
}
