package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WatchCommandTest {

  @TempDir Path dir;

  @Test
  void helpDescribesEveryOption() {
    CliRun.assertDescribed(new CommandLine(new Main()).getSubcommands().get("watch"));
  }

  @Test
  void aBadIntervalOrFeedIsWrongUsage() {
    String db = dir.resolve("w.db").toString();
    CliRun run = new CliRun();
    assertThat(run.run("watch", "--db", db, "--every", "soon", "https://a.example/f.xml"))
        .isEqualTo(2);
    assertThat(run.err.toString()).contains("--every must be like 30s, 10m or 2h, not 'soon'");
    assertThat(run.run("watch", "--db", db, "--every", "500ms", "https://a.example/f.xml"))
        .isEqualTo(2);
    assertThat(run.run("watch", "--db", db, "--once", "feeds.txt")).isEqualTo(2);
    assertThat(run.err.toString()).contains("a feed must be an http(s) URL: feeds.txt");
    assertThat(run.run("serve", "--db", db, "--watch", "file:///etc/passwd")).isEqualTo(2);
  }

  @Test
  void aFeedRefusedAsPrivateIsReportedAndStored() {
    String db = dir.resolve("p.db").toString();
    CliRun run = new CliRun();
    // without --allow-private-urls, a loopback feed is refused before any connection
    assertThat(run.run("watch", "--db", db, "--once", "http://127.0.0.1:9/feed.xml")).isZero();
    assertThat(run.err.toString())
        .contains("feed http://127.0.0.1:9/feed.xml failed (1 time in a row, retried later)")
        .contains("--allow-private-urls allows it");
  }
}
