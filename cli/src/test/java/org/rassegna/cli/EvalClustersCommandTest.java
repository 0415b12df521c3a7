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

class EvalClustersCommandTest {

  @TempDir Path dir;

  private final CliRun cli = new CliRun();
  private final StringWriter out = cli.out;
  private final StringWriter err = cli.err;

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void scoresASmallGoldFileAndReportsBadLines() throws Exception {
    Path gold = dir.resolve("gold.jsonl");
    Files.write(
        gold,
        List.of(
            "{\"id\":\"1\",\"title\":\"Apple releases iOS 7.1 update\",\"published_ms\":1394470370698,\"g\":\"ios\"}",
            "{\"id\":\"2\",\"title\":\"iOS 7.1 update released by Apple\",\"published\":\"2014-03-10T17:00:00Z\",\"g\":\"ios\"}",
            "{\"id\":\"3\",\"title\":\"Flappy Bird could return, creator says\",\"g\":\"bird\"}",
            "{\"id\":\"4\",\"title\":\"no label here\"}",
            "not json"),
        StandardCharsets.UTF_8);
    assertThat(run("eval", "clusters", "--gold", gold.toString(), "--label-field", "g", "--json"))
        .isZero();
    JsonNode m = new ObjectMapper().readTree(out.toString());
    assertThat(m.get("articles").asInt()).isEqualTo(3);
    assertThat(m.get("skipped").asInt()).isEqualTo(2);
    assertThat(m.get("bcubed_f1").asDouble()).isEqualTo(1.0);
    assertThat(m.get("pairwise_f1").asDouble()).isEqualTo(1.0);
    assertThat(m.has("bcubed_precision") && m.has("bcubed_recall")).isTrue();
    assertThat(err.toString()).contains("gold.jsonl:4", "gold.jsonl:5");
  }

  @Test
  void aFileWithNoUsableLineIsAnError() throws Exception {
    Path gold = dir.resolve("empty.jsonl");
    Files.writeString(gold, "{\"id\":\"1\"}\n", StandardCharsets.UTF_8);
    assertThat(run("eval", "clusters", "--gold", gold.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("no gold article");
  }

  @Test
  void errorsNameTheGoldStoriesMergedIntoOneEventWithTheirTitles() throws Exception {
    Path gold = dir.resolve("merged.jsonl");
    Files.write(
        gold,
        List.of(
            "{\"id\":\"1\",\"title\":\"Apple releases iOS 7.1 update\",\"g\":\"ios\"}",
            "{\"id\":\"2\",\"title\":\"iOS 7.1 update released by Apple\",\"g\":\"ios\"}",
            "{\"id\":\"3\",\"title\":\"Apple iOS 7.1 update: the review\",\"g\":\"review\"}"),
        StandardCharsets.UTF_8);
    assertThat(run("eval", "clusters", "--gold", gold.toString(), "--label-field", "g", "--errors"))
        .isZero();
    String report = out.toString();
    assertThat(report).contains("events: 1");
    assertThat(report.substring(report.indexOf("merged")))
        .contains(
            "2 of ios \"Apple releases iOS 7.1 update\"",
            "1 of review \"Apple iOS 7.1 update: the review\"");
  }

  @Test
  void pairsGiveTheGoldOfFullArticlesAndOnlyPairedArticlesCount() throws Exception {
    Path articles = dir.resolve("articles.jsonl");
    Files.write(
        articles,
        List.of(
            "{\"id\":\"1\",\"text\":\"Apple releases the iOS 7.1 update for iPhone\"}",
            "{\"id\":\"2\",\"text\":\"The iOS 7.1 update for iPhone is out, Apple says\"}",
            "{\"id\":\"3\",\"text\":\"Flappy Bird could return, its creator says\"}",
            "{\"id\":\"4\",\"text\":\"Flappy Bird creator says the game could return\"}",
            "{\"id\":\"5\",\"text\":\"in no pair\"}"),
        StandardCharsets.UTF_8);
    Path pairs = dir.resolve("pairs.csv");
    Files.write(pairs, List.of("a,b,score", "1,2,0.9", "4,3,0.8"), StandardCharsets.UTF_8);
    assertThat(
            run(
                "eval",
                "clusters",
                "--gold",
                articles.toString(),
                "--pairs",
                pairs.toString(),
                "--json"))
        .isZero();
    JsonNode m = new ObjectMapper().readTree(out.toString());
    assertThat(m.get("articles").asInt()).isEqualTo(4);
    assertThat(m.get("gold_clusters").asInt()).isEqualTo(2);
    assertThat(m.get("skipped").asInt()).isZero();
    assertThat(m.get("bcubed_f1").asDouble()).isEqualTo(1.0);
  }
}
