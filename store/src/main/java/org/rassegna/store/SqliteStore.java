package org.rassegna.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded store: one SQLite file in WAL mode, so readers keep a consistent snapshot while the
 * one writer adds. Transactions go through a single writer connection and start {@code BEGIN
 * IMMEDIATE} (they never fail half-way for want of the write lock); reads use a small pool of their
 * own. In memory there is one connection for both.
 */
final class SqliteStore extends JdbcStore {

  /**
   * Readers in the pool: with 4, a server under 32 clients on a loaded machine had its request
   * threads wait about 30 ms each for a connection (held by threads waiting for a core); with 8,
   * under 1 ms. Each is a file handle and a page cache of its own.
   */
  private static final int READERS = 8;

  /**
   * The one writer's page cache: an add updates rows and indexes spread over the whole file, and
   * with SQLite's default of 2 MB a 10,000-article store (100 MB) pages most of them in again at
   * each add, which made adding to it cost more than adding to an empty store.
   */
  private static final int WRITER_CACHE_KIB = 64 * 1024;

  /**
   * WAL pages after which a commit folds the WAL into the file (SQLite's default is 1,000). An add
   * to a 10,000-article store dirties about 1,500 pages (the clusterer's rows, spread over the
   * file), so with the default every add also checkpointed; at 10,000 (40 MB of WAL) the pages that
   * consecutive adds rewrite are copied into the file once per several adds: adding 100 articles to
   * that store cost 3.12 and 2.88 ms of CPU per article against 3.36 and 3.19 (loaded, two runs
   * each).
   */
  private static final int CHECKPOINT_PAGES = 10_000;

  /** SQLite's default: a reader reads one story's rows. */
  private static final int READER_CACHE_KIB = 2000;

  private final HikariDataSource writerPool;
  private final HikariDataSource readerPool;

  private SqliteStore(HikariDataSource writer, HikariDataSource reader) {
    super(writer, reader);
    this.writerPool = writer;
    this.readerPool = reader;
  }

  static Store open(Path file) {
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    HikariDataSource writer =
        pool(url, SQLiteConfig.TransactionMode.IMMEDIATE, 1, WRITER_CACHE_KIB);
    try {
      migrate(writer, "classpath:db/migration/sqlite");
      return new SqliteStore(
          writer, pool(url, SQLiteConfig.TransactionMode.DEFERRED, READERS, READER_CACHE_KIB));
    } catch (RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  static Store inMemory() {
    HikariDataSource only =
        pool("jdbc:sqlite::memory:", SQLiteConfig.TransactionMode.DEFERRED, 1, READER_CACHE_KIB);
    // the database lives as long as its one connection: never retire it
    only.setMaxLifetime(0);
    migrate(only, "classpath:db/migration/sqlite");
    return new SqliteStore(only, only);
  }

  private static HikariDataSource pool(
      String url, SQLiteConfig.TransactionMode mode, int connections, int cacheKib) {
    SQLiteConfig config = new SQLiteConfig();
    // a negative cache size is in KiB, not pages
    config.setCacheSize(-cacheKib);
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // NORMAL in WAL mode loses no committed transaction when the process dies, only on power loss
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout((int) TimeUnit.MINUTES.toMillis(1));
    config.setTransactionMode(mode);
    config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, String.valueOf(CHECKPOINT_PAGES));
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl(url);
    HikariConfig hikari = new HikariConfig();
    hikari.setDataSource(sqlite);
    hikari.setMaximumPoolSize(connections);
    hikari.setMinimumIdle(1);
    // a writer may wait for another's long add
    hikari.setConnectionTimeout(TimeUnit.MINUTES.toMillis(30));
    hikari.setPoolName("rassegna-sqlite-" + mode.name().toLowerCase(java.util.Locale.ROOT));
    return new HikariDataSource(hikari);
  }

  @Override
  void beginRead(Connection c) {
    // a deferred transaction reads one snapshot of the WAL from its first statement on
  }

  @Override
  public long bytesOnDisk() {
    try (Connection c = writerPool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      return pragma(s, "page_count") * pragma(s, "page_size");
    } catch (SQLException e) {
      throw new StoreException("cannot read the database size: " + e.getMessage(), e);
    }
  }

  private static long pragma(Statement s, String name) throws SQLException {
    try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
      return rs.getLong(1);
    }
  }

  @Override
  public void close() {
    readerPool.close();
    writerPool.close();
  }
}
