package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What the benchmark reports, on a tiny run; the speed itself is never asserted. */
class BenchClusterCommandTest {

  @Test
  void reportsThroughputAndMemoryAsOneJsonObject() throws Exception {
    StringWriter out = new StringWriter();
    picocli.CommandLine cli = new picocli.CommandLine(new Main());
    cli.setOut(new PrintWriter(out, true));
    assertThat(cli.execute("bench", "cluster", "--synthetic", "2000", "--json")).isZero();
    JsonNode m = new ObjectMapper().readTree(out.toString());
    assertThat(m.get("articles").asInt()).isEqualTo(2000);
    assertThat(m.get("events").asInt()).isBetween(2, 2000);
    assertThat(m.has("articles_per_s") && m.has("articles_per_cpu_s") && m.has("peak_heap_mb"))
        .isTrue();
  }

  @Test
  void theSyntheticStreamIsTheSameEveryTime() {
    SyntheticEventArticles a = new SyntheticEventArticles(50);
    SyntheticEventArticles b = new SyntheticEventArticles(50);
    while (a.hasNext()) {
      assertThat(a.next()).isEqualTo(b.next());
    }
    assertThat(b.hasNext()).isFalse();
  }
}
