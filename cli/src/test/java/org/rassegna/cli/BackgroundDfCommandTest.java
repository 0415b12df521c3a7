package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundDfCommandTest {

  @TempDir Path dir;

  @Test
  void countsEachSentenceAsADocumentAndLeavesOutWordsSeenOnce() throws Exception {
    Path corpus = dir.resolve("kind.tsv");
    Files.write(
        corpus,
        List.of(
            "Trump\tB-PER",
            "telefona\tO",
            "a\tO",
            "Putin\tB-PER",
            "",
            "Putin\tB-PER",
            "risponde\tO",
            "a\tO",
            "Trump\tB-PER",
            "",
            "Fogel\tB-PER",
            "libero\tO"),
        StandardCharsets.UTF_8);
    Path table = dir.resolve("df.tsv");
    CliRun cli = new CliRun();
    assertThat(cli.run("background-df", "-o", table.toString(), corpus.toString())).isZero();
    assertThat(Files.readAllLines(table, StandardCharsets.UTF_8))
        .containsExactly("#documents\t3", "putin\t2", "trump\t2");
  }
}
