package org.rassegna.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * The shared store: a PostgreSQL database given by a JDBC URL. Reads of several statements run in a
 * read-only REPEATABLE READ transaction, so they see one state while a writer adds.
 */
final class PostgresStore extends JdbcStore {

  private static final int CONNECTIONS = 4;

  private final HikariDataSource pool;

  private PostgresStore(HikariDataSource pool) {
    super(pool, pool);
    this.pool = pool;
  }

  /**
   * Opens {@code url} and migrates its schema; the user and password come from the URL or, when it
   * has none, from {@code PGUSER} and {@code PGPASSWORD}.
   */
  static Store open(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (!url.contains("user=")) {
      String user = System.getenv("PGUSER");
      if (user != null) {
        config.setUsername(user);
        config.setPassword(System.getenv("PGPASSWORD"));
      }
    }
    config.setMaximumPoolSize(CONNECTIONS);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(TimeUnit.MINUTES.toMillis(1));
    config.setPoolName("rassegna-postgresql");
    HikariDataSource pool = new HikariDataSource(config);
    try {
      migrate(pool, "classpath:db/migration/postgresql");
      return new PostgresStore(pool);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  @Override
  void beginRead(Connection c) throws SQLException {
    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
    c.setReadOnly(true);
  }

  @Override
  public long bytesOnDisk() {
    try (Connection c = pool.getConnection();
        java.sql.ResultSet rs =
            c.createStatement().executeQuery("SELECT pg_database_size(current_database())")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot read the database size: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
