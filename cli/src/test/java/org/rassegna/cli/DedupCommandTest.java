package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DedupCommandTest {

  /** The seeds as published, without the date lines examples/seeds adds: offsets are theirs. */
  private static final Path SEEDS =
      Path.of(System.getProperty("rassegna.shared", "../../shared")).resolve("seeds");

  @TempDir Path tmp;

  private final CliRun cli = new CliRun();
  private final StringWriter out = cli.out;
  private final StringWriter err = cli.err;

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void theSeedsAreFiveIndependentSources() throws Exception {
    assertThat(run("dedup", SEEDS.toString(), "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("articles").asInt()).isEqualTo(5);
    assertThat(json.get("independent_sources").asInt()).isEqualTo(5);
    assertThat(json.get("near_duplicates")).isEmpty();
    assertThat(json.get("passages")).isEmpty();
  }

  @Test
  void aRepublishedSeedIsGroupedWithItsOriginalAndItsPassageShown() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Path original = SEEDS.resolve("001_5d5f1c6bd4a7931f.txt");
    Files.copy(original, in.resolve("a.txt"));
    String text = Files.readString(original, StandardCharsets.UTF_8);
    // the copy drops the last paragraph (Zelensky on X), keeping 1,262 of 2,407 characters
    Files.writeString(
        in.resolve("b.txt"),
        text.substring(0, text.strip().lastIndexOf('\n')),
        StandardCharsets.UTF_8);
    Files.copy(SEEDS.resolve("002_576877c26158e17b.txt"), in.resolve("c.txt"));

    assertThat(run("dedup", in.toString())).isZero();
    assertThat(out.toString())
        .contains("3 articles, 2 independent sources")
        .contains("group a: a, b")
        .contains("near duplicate a b")
        .contains("copied passage, 8 sentences: a 0–1262 = b 0–1262: Il presidente degli Stati");

    out.getBuffer().setLength(0);
    assertThat(run("dedup", in.toString(), "--json")).isZero();
    JsonNode passage = new ObjectMapper().readTree(out.toString()).get("passages").get(0);
    assertThat(passage.get("text").asText()).isEqualTo(text.substring(0, 1262));
  }

  @Test
  void theBriefCountsACopyAndItsOriginalAsOneIndependentSource() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Path original = SEEDS.resolve("001_5d5f1c6bd4a7931f.txt");
    String text = Files.readString(original, StandardCharsets.UTF_8);
    Files.copy(SEEDS.resolve("000_c383cbd319f7ce4f.txt"), in.resolve("a.txt"));
    Files.copy(original, in.resolve("b.txt"));
    Files.writeString(
        in.resolve("c.txt"),
        text.substring(0, text.strip().lastIndexOf('\n')),
        StandardCharsets.UTF_8);
    Path brief = tmp.resolve("brief");

    assertThat(run("brief", in.toString(), "-o", brief.toString(), "--no-progress", "--lang", "en"))
        .isZero();

    assertThat(err.toString()).contains("2 independent sources");
    // a, b and b's copy c tell the same call: one story, two independent sources
    assertThat(Files.readString(brief.resolve("brief.md")))
        .contains("3 articles from 2 independent sources: articles of one group copy each other.")
        .containsPattern("\\| \\d \\| b\\.txt \\| b \\|")
        .containsPattern("\\| \\d \\| c\\.txt \\| b \\|")
        .containsPattern("\\| \\d \\| a\\.txt \\| a \\|");
    JsonNode stories = new ObjectMapper().readTree(brief.resolve("brief.json").toFile());
    assertThat(stories.findValuesAsText("group")).containsExactlyInAnyOrder("a", "b", "b");
  }

  @Test
  void aThresholdOutsideItsRangeIsAUsageError() {
    assertThat(run("dedup", SEEDS.toString(), "--threshold", "1.5")).isEqualTo(2);
    assertThat(err.toString()).contains("must lie in (0, 1]");
  }

  @Test
  void nothingReadableIsAnError() {
    assertThat(run("dedup", tmp.resolve("missing").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("no article could be read");
  }

  @Test
  void benchDedupPrintsOneJsonObjectOfMetrics() throws Exception {
    // a tiny corpus of the seeds as JSON Lines stands in for DICE
    ObjectMapper mapper = new ObjectMapper();
    StringBuilder jsonl = new StringBuilder();
    for (String name :
        List.of("000_c383cbd319f7ce4f", "001_5d5f1c6bd4a7931f", "004_0ac7530cb76e1d5e")) {
      String text = Files.readString(SEEDS.resolve(name + ".txt"), StandardCharsets.UTF_8);
      jsonl.append(mapper.createObjectNode().put("id", name).put("text", text)).append('\n');
    }
    Path data = tmp.resolve("seeds.jsonl");
    Files.writeString(data, jsonl, StandardCharsets.UTF_8);

    assertThat(run("bench", "dedup", "--scale", "300", "--data", data.toString(), "--json"))
        .isZero();
    JsonNode json = mapper.readTree(out.toString());
    assertThat(json.get("base_articles").asInt()).isEqualTo(3);
    assertThat(json.get("articles_per_s_300").asLong()).isPositive();
    assertThat(json.get("near_duplicates_300").asInt()).isPositive();
    assertThat(json.get("independent_sources_300").asInt()).isBetween(200, 299);
    assertThat(json.has("heap_mb_300")).isTrue();
  }

  @Test
  void helpDescribesEveryOption() {
    CommandLine main = new CommandLine(new Main());
    for (CommandLine command :
        List.of(
            main.getSubcommands().get("dedup"),
            main.getSubcommands().get("bench").getSubcommands().get("dedup"))) {
      CliRun.assertDescribed(command);
    }
  }
}
