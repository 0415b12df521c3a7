package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rassegna brief} on the five seed files as they come ({@code ../shared/seeds}: no dates but
 * {@code 003}'s month), through the real command: the clusterer's second pass tells the March call
 * ({@code 002}) from the February one by their specific content, so the brief has two stories in
 * one storyline, and no summary sentence of one story cites an article of the other (before, the
 * February summary quoted the March statement of the White House spokeswoman from {@code 002}).
 */
class UndatedSeedsBriefTest {

  private static final Path SEEDS =
      Path.of(System.getProperty("rassegna.shared", "../../shared")).resolve("seeds");
  private static final String MARCH = "002_576877c26158e17b";

  @TempDir static Path out;

  private static JsonNode brief;

  @BeforeAll
  static void briefTheUndatedSeeds() throws Exception {
    assumeThat(Files.isDirectory(SEEDS)).as("shared seeds beside the checkout").isTrue();
    CliRun cli = new CliRun();
    assertThat(cli.run("brief", SEEDS.toString(), "-o", out.toString(), "--no-progress")).isZero();
    brief = new ObjectMapper().readTree(out.resolve("brief.json").toFile());
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private static Set<String> sources(JsonNode story) {
    Set<String> ids = new HashSet<>();
    list(story.get("sources")).forEach(s -> ids.add(s.get("articleId").asText()));
    return ids;
  }

  @Test
  void theTwoCallsAreTwoStoriesOfOneStoryline() {
    List<JsonNode> stories = list(brief.get("stories"));
    assertThat(stories).hasSize(2);
    assertThat(stories).extracting(UndatedSeedsBriefTest::sources).contains(Set.of(MARCH));
    assertThat(list(brief.get("storylines"))).hasSize(1);
    assertThat(stories)
        .extracting(s -> s.get("storyline").asText())
        .containsOnly(stories.get(0).get("storyline").asText());
  }

  @Test
  void noSummarySentenceOfOneStoryCitesAnArticleOfTheOther() {
    for (JsonNode story : list(brief.get("stories"))) {
      Set<String> own = sources(story);
      assertThat(list(story.get("summary"))).isNotEmpty();
      for (JsonNode sentence : list(story.get("summary"))) {
        assertThat(list(sentence.get("citations")))
            .as(sentence.get("text").asText())
            .extracting(c -> c.get("articleId").asText())
            .isNotEmpty()
            .allMatch(own::contains);
      }
      if (!own.contains(MARCH)) {
        assertThat(list(story.get("summary")))
            .extracting(s -> s.get("text").asText())
            .noneMatch(t -> t.contains("Leavitt"));
      }
    }
  }
}
