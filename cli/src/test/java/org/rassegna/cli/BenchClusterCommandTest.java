package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void reportsEventSizesAndWhetherGivenPairsEndInOneEvent(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("articles.jsonl");
    Files.writeString(
        input,
        String.join(
            "\n",
            "{\"id\": \"1\", \"text\": \"Trump e Putin hanno avuto una telefonata sull'Ucraina.\"}",
            "{\"id\": \"2\", \"text\": \"Telefonata tra Putin e Trump: si è parlato di Ucraina.\"}",
            "{\"id\": \"3\", \"text\": \"A Modena un incendio ha distrutto un capannone agricolo.\"}"),
        StandardCharsets.UTF_8);
    Path pairs = dir.resolve("pairs.csv");
    Files.writeString(pairs, "id1,id2\n1,2\n1,3\n9,1\n", StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    picocli.CommandLine cli = new picocli.CommandLine(new Main());
    cli.setOut(new PrintWriter(out, true));
    assertThat(
            cli.execute(
                "bench",
                "cluster",
                "--input",
                input.toString(),
                "--pairs",
                pairs.toString(),
                "--json"))
        .isZero();
    JsonNode m = new ObjectMapper().readTree(out.toString());
    assertThat(m.get("events").asInt()).isEqualTo(2);
    assertThat(m.get("largest_event").asInt()).isEqualTo(2);
    assertThat(m.get("single_article_events").asInt()).isEqualTo(1);
    assertThat(m.get("pairs").asInt()).as("the pair with an unknown id is left out").isEqualTo(2);
    assertThat(m.get("pairs_in_one_event").asDouble()).isEqualTo(0.5);
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
