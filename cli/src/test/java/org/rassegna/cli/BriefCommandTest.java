package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.brief.JsonBriefWriter;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.Article;
import picocli.CommandLine;

/**
 * {@code rassegna brief} on the seeds, through the real command: the golden brief, and one test per
 * point of the demo list in DESIGN.md ("The demo the product must nail"), each on {@code
 * brief.json}.
 */
class BriefCommandTest {

  private static final Path ROOT = Path.of(System.getProperty("rassegna.root", ".."));
  private static final Path SEEDS = ROOT.resolve("examples/seeds");
  private static final Path GOLDEN =
      ROOT.resolve("cli/src/test/resources/org/rassegna/cli/seeds-brief.json");
  private static final String MARCH = "002_576877c26158e17b";

  @TempDir static Path seedsOut;

  private static String seedsErr;
  private static JsonNode brief;
  private static Map<String, String> texts = new HashMap<>();

  @TempDir Path out;

  private final StringWriter err = new StringWriter();

  private static int run(StringWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  private int run(String... args) {
    return run(err, args);
  }

  @BeforeAll
  static void briefTheSeeds() throws Exception {
    StringWriter e = new StringWriter();
    assertThat(run(e, "brief", SEEDS.toString(), "-o", seedsOut.toString(), "--no-progress"))
        .isZero();
    seedsErr = e.toString();
    brief = new ObjectMapper().readTree(seedsOut.resolve("brief.json").toFile());
    for (Article a : Ingest.read(List.of(SEEDS), IngestLimits.DEFAULT, x -> {}).articles()) {
      texts.put(a.id(), a.text());
    }
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private static JsonNode february() {
    return list(brief.get("stories")).stream()
        .filter(s -> list(s.get("sources")).size() == 4)
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode march() {
    return list(brief.get("stories")).stream()
        .filter(s -> list(s.get("sources")).get(0).get("articleId").asText().equals(MARCH))
        .findFirst()
        .orElseThrow();
  }

  private static String cited(JsonNode citation) {
    JsonNode span = citation.get("span");
    return texts
        .get(citation.get("articleId").asText())
        .substring(span.get("start").asInt(), span.get("end").asInt());
  }

  private static Map<String, String> groupOf(JsonNode story) {
    Map<String, String> groups = new HashMap<>();
    list(story.get("sources"))
        .forEach(s -> groups.put(s.get("articleId").asText(), s.get("group").asText()));
    return groups;
  }

  @Test
  void theSeedsGiveTheGoldenBrief() throws Exception {
    String json = Files.readString(seedsOut.resolve("brief.json"));
    if (Boolean.getBoolean("rassegna.regenerate")) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(Files.readString(GOLDEN));
    assertThat(seedsOut.resolve("brief.md")).isNotEmptyFile();
    assertThat(seedsOut.resolve("brief.html")).isNotEmptyFile();
    assertThat(seedsErr)
        .contains("read 5 articles, skipped 0, ignored 1 non-article file;")
        .contains("2 stories in 1 storyline ");
  }

  /** Demo: two events in one storyline (the February call; the March call). */
  @Test
  void demoTwoEventsInOneStoryline() {
    assertThat(brief.get("storylines")).hasSize(1);
    JsonNode line = brief.get("storylines").get(0);
    assertThat(line.get("storyIds")).hasSize(2);
    assertThat(brief.get("stories")).hasSize(2);
    assertThat(list(february().get("sources")))
        .extracting(s -> s.get("articleId").asText())
        .containsExactlyInAnyOrder(
            "000_c383cbd319f7ce4f",
            "001_5d5f1c6bd4a7931f",
            "003_e474d6073c75c2ee",
            "004_0ac7530cb76e1d5e");
    assertThat(march().get("sources")).hasSize(1);
    assertThat(list(brief.get("stories")))
        .allMatch(s -> s.get("storyline").asText().equals(line.get("id").asText()));
    // the February event comes first in its storyline
    assertThat(line.get("storyIds").get(0).asText()).isEqualTo(february().get("id").asText());
  }

  private static JsonNode entityWithForm(String form) {
    List<JsonNode> found =
        list(february().get("entities")).stream()
            .filter(e -> list(e.get("forms")).stream().anyMatch(f -> f.asText().equals(form)))
            .toList();
    assertThat(found).as("entities written '%s'", form).hasSize(1);
    return found.get(0);
  }

  private static List<String> forms(JsonNode entity) {
    return list(entity.get("forms")).stream().map(JsonNode::asText).toList();
  }

  private static List<String> roles(JsonNode entity) {
    return list(entity.get("roles")).stream()
        .map(r -> r.asText().toLowerCase(Locale.ROOT))
        .toList();
  }

  /** Demo: one entity per real person or body across spellings and forms, with roles. */
  @Test
  void demoOneEntityPerPersonOrBodyAcrossSpellings() {
    assertThat(forms(entityWithForm("Dmitry Peskov"))).contains("Dmitrij Peskov", "Peskov");
    assertThat(roles(entityWithForm("Dmitry Peskov"))).contains("portavoce del cremlino");
    assertThat(forms(entityWithForm("Marc Fogel"))).contains("Mark Fogel");
    assertThat(forms(entityWithForm("Mike Waltz"))).contains("Michael Waltz");
    assertThat(forms(entityWithForm("Zelensky"))).contains("Volodymyr Zelensky");
    assertThat(forms(entityWithForm("CIA"))).contains("Cia");
    entityWithForm("Cremlino");
    entityWithForm("Casa Bianca");
    entityWithForm("Truth Social");
    assertThat(roles(entityWithForm("John Ratcliffe"))).contains("direttore della cia");
    assertThat(roles(entityWithForm("Steve Witkoff"))).contains("inviato speciale");
    Set<String> names = new HashSet<>();
    list(february().get("entities")).forEach(e -> names.add(e.get("name").asText()));
    assertThat(names).hasSize(february().get("entities").size());
  }

  /**
   * Demo: the Truth Social statement, quoted by several outlets in different translations, is one
   * statement with its variants, attributed to Trump; Peskov's statements to Peskov, indirect
   * speech included; a statement no source attributes is said to have no stated speaker.
   */
  @Test
  void demoWhoSaidWhat() {
    List<JsonNode> statements = list(february().get("statements"));
    Map<String, String> groups = groupOf(february());
    JsonNode truth =
        statements.stream()
            .filter(
                s ->
                    list(s.get("variants")).stream()
                            .filter(v -> v.get("text").asText().contains("Seconda guerra mondiale"))
                            .count()
                        >= 2)
            .findFirst()
            .orElseThrow();
    assertThat(truth.get("speaker").asText()).isEqualTo("Donald Trump");
    assertThat(truth.get("independentSources").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(
            list(truth.get("variants")).stream()
                .map(v -> groups.get(v.get("citation").get("articleId").asText()))
                .distinct())
        .hasSize(truth.get("independentSources").asInt());
    for (JsonNode v : list(truth.get("variants"))) {
      assertThat(cited(v.get("citation"))).isEqualTo(v.get("text").asText());
    }
    List<JsonNode> peskov =
        statements.stream()
            .filter(s -> s.get("speaker").asText("").equals("Dmitry Peskov"))
            .toList();
    assertThat(peskov).hasSizeGreaterThanOrEqualTo(3);
    assertThat(peskov)
        .anySatisfy(
            s ->
                assertThat(list(s.get("variants")))
                    .anyMatch(v -> v.get("kind").asText().equals("INDIRECT")));
    assertThat(statements).anyMatch(s -> s.get("speaker").isNull());
  }

  private static List<JsonNode> timeline(JsonNode node, String day) {
    return list(node.get("timeline")).stream()
        .filter(e -> e.get("day").asText().equals(day))
        .toList();
  }

  /**
   * Demo: dates resolved against each article's publication date ("mercoledì 12 febbraio", "ieri",
   * "il giorno prima, l'11 febbraio"), and the storyline's timeline: 11 Feb Fogel released, 12 Feb
   * the call, 18 Mar the second call.
   */
  @Test
  void demoDatesAndTheTimeline() {
    JsonNode line = brief.get("storylines").get(0);
    assertThat(timeline(line, "2025-02-11"))
        .anyMatch(e -> e.get("text").asText().contains("Fogel"))
        .anyMatch(e -> e.get("text").asText().contains("il giorno prima, l'11 febbraio"));
    assertThat(timeline(line, "2025-02-12"))
        .anyMatch(e -> e.get("text").asText().startsWith("Mercoledì 12 febbraio"))
        .anyMatch(e -> e.get("text").asText().contains("oggi una telefonata"));
    assertThat(timeline(line, "2025-03-18"))
        .singleElement()
        .satisfies(e -> assertThat(e.get("text").asText()).contains("colloquio si è svolto oggi"))
        .satisfies(
            e -> assertThat(e.get("citations").get(0).get("articleId").asText()).isEqualTo(MARCH));
    List<String> days =
        list(line.get("timeline")).stream().map(e -> e.get("day").asText()).toList();
    assertThat(days).isSorted().first().isEqualTo("2025-02-11");
    for (JsonNode e : list(line.get("timeline"))) {
      for (JsonNode c : list(e.get("citations"))) {
        assertThat(e.get("text").asText().replaceAll("\\s+", " "))
            .isEqualTo(cited(list(e.get("citations")).get(0)).replaceAll("\\s+", " "));
        assertThat(cited(c)).isNotBlank();
      }
    }
  }

  private static JsonNode figure(JsonNode story, Predicate<JsonNode> which) {
    return list(story.get("claims")).stream()
        .filter(c -> c.get("kind").asText().equals("FIGURE"))
        .filter(which)
        .findFirst()
        .orElseThrow();
  }

  private static boolean says(JsonNode claim, String words) {
    return list(claim.get("backings")).stream()
        .anyMatch(b -> b.get("text").asText().replace('’', '\'').equals(words));
  }

  /**
   * Demo: figures lined up across sources, with the count of independent sources for each and
   * conflicts flagged: the call's length (several agree), 175 prisoners, 23 wounded, 30-day truce.
   */
  @Test
  void demoFiguresAcrossSources() {
    JsonNode length = figure(february(), c -> says(c, "un'ora e mezza"));
    assertThat(length.get("status").asText()).isEqualTo("CORROBORATED");
    assertThat(length.get("independentSources").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(list(length.get("backings")))
        .allMatch(b -> b.get("value").asText().matches("~?90 MINUTE"));
    assertThat(says(figure(march(), c -> says(c, "175 prigionieri")), "175 prigionieri")).isTrue();
    assertThat(figure(march(), c -> says(c, "23 feriti")).get("independentSources").asInt())
        .isEqualTo(1);
    assertThat(figure(march(), c -> says(c, "30 giorni")).get("status").asText())
        .isEqualTo("SINGLE_SOURCE");
    for (JsonNode story : list(brief.get("stories"))) {
      for (JsonNode c : list(story.get("claims"))) {
        assertThat(c.get("independentSources").asInt()).isEqualTo(c.get("backings").size());
        for (JsonNode b : list(c.get("backings"))) {
          assertThat(cited(b.get("citations").get(0))).isEqualTo(b.get("text").asText());
        }
      }
    }
  }

  /**
   * Demo: conflicts flagged when sources disagree. The seeds agree on the call's length; here one
   * of them is made to say "due ore" instead, and the brief must show the conflict, each side
   * cited.
   */
  @Test
  void demoDisagreeingSourcesAreFlaggedAsConflicting() throws Exception {
    Path in = out.resolve("in");
    Files.createDirectories(in);
    Files.copy(SEEDS.resolve("000_c383cbd319f7ce4f.txt"), in.resolve("000.txt"));
    String other = Files.readString(SEEDS.resolve("004_0ac7530cb76e1d5e.txt"));
    assertThat(other).contains("un’ora e mezza");
    Files.writeString(in.resolve("004.txt"), other.replace("un’ora e mezza", "due ore"));
    assertThat(run("brief", in.toString(), "-o", out.toString(), "--no-progress")).isZero();
    JsonNode story =
        new ObjectMapper().readTree(out.resolve("brief.json").toFile()).get("stories").get(0);
    JsonNode length = figure(story, c -> c.get("key").asText().contains("durata"));
    assertThat(length.get("status").asText()).isEqualTo("CONFLICTING");
    assertThat(list(length.get("backings")))
        .extracting(b -> b.get("value").asText())
        .containsExactlyInAnyOrder("90 MINUTE", "120 MINUTE");
    assertThat(Files.readString(out.resolve("brief.md"))).contains("| in conflitto | 2 |");
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 4) {
        words.add(w.substring(0, Math.min(w.length(), 6)));
      }
    }
    return words;
  }

  /**
   * Demo: a summary of a few sentences, each a sentence of a source with citations (one per
   * independent source group that states it), no sentence repeated in other words.
   */
  @Test
  void demoSummariesCiteEverySourceAndNeverRepeat() {
    List<JsonNode> summarised = new ArrayList<>(list(brief.get("storylines")));
    summarised.addAll(list(brief.get("stories")));
    Map<String, String> groups = new HashMap<>();
    list(brief.get("stories")).forEach(s -> groups.putAll(groupOf(s)));
    Map<String, String> storyOf = new HashMap<>();
    list(brief.get("stories"))
        .forEach(
            s ->
                list(s.get("sources"))
                    .forEach(x -> storyOf.put(x.get("articleId").asText(), s.get("id").asText())));
    for (JsonNode node : summarised) {
      List<JsonNode> summary = list(node.get("summary"));
      assertThat(summary).hasSizeBetween(3, 6);
      for (JsonNode sentence : summary) {
        List<JsonNode> citations = list(sentence.get("citations"));
        assertThat(cited(citations.get(0))).isEqualTo(sentence.get("text").asText());
        assertThat(citations.stream().map(c -> groups.get(c.get("articleId").asText())).distinct())
            .hasSize(citations.size());
        // in a storyline, a sentence is backed by reports of its own event only
        assertThat(citations.stream().map(c -> storyOf.get(c.get("articleId").asText())).distinct())
            .hasSize(1);
      }
      for (int i = 0; i < summary.size(); i++) {
        for (int j = i + 1; j < summary.size(); j++) {
          Set<String> a = words(summary.get(i).get("text").asText());
          Set<String> b = words(summary.get(j).get("text").asText());
          Set<String> shared = new HashSet<>(a);
          shared.retainAll(b);
          // a repeat in other words shares most of the shorter sentence's words
          assertThat(shared.size())
              .as("%s%n  vs%n%s", summary.get(i), summary.get(j))
              .isLessThan((int) Math.ceil(0.6 * Math.min(a.size(), b.size())));
        }
      }
    }
    // the February story's summary has a sentence backed by several independent sources
    assertThat(list(february().get("summary"))).anyMatch(s -> s.get("citations").size() >= 2);
  }

  /** The sources table names each source's independent-source group. */
  @Test
  void everySourceNamesItsIndependentGroup() {
    List<String> ids = new ArrayList<>();
    for (JsonNode story : list(brief.get("stories"))) {
      for (JsonNode s : list(story.get("sources"))) {
        ids.add(s.get("articleId").asText());
        assertThat(s.get("group").asText()).isNotBlank();
      }
    }
    assertThat(ids)
        .containsExactlyInAnyOrder(
            "000_c383cbd319f7ce4f",
            "001_5d5f1c6bd4a7931f",
            MARCH,
            "003_e474d6073c75c2ee",
            "004_0ac7530cb76e1d5e");
  }

  @Test
  void theSeedsBriefValidatesAgainstItsPublishedSchema() throws Exception {
    JsonSchema schema = schema();
    assertThat(schema.validate(brief)).isEmpty();
    ObjectNode broken = brief.deepCopy();
    broken.put("unexpected", 1);
    assertThat(schema.validate(broken)).isNotEmpty();
    ObjectNode story = (ObjectNode) broken.get("stories").get(0);
    story.remove("timeline");
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  private static JsonSchema schema() throws Exception {
    try (var s = JsonBriefWriter.class.getResourceAsStream("brief.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
    }
  }

  @Test
  void labelsComeInEnglishOnRequest() throws Exception {
    Path in = out.resolve("in");
    Files.createDirectories(in);
    Files.copy(SEEDS.resolve(MARCH + ".txt"), in.resolve("002.txt"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    assertThat(run("brief", in.toString(), "-o", out.toString(), "--no-progress", "--lang", "en"))
        .isZero();
    assertThat(Files.readString(out.resolve("brief.md")))
        .contains("1 story in 1 storyline from 1 article; 1 input item skipped")
        .contains("### Summary", "### Timeline", "### Sources", "175 prigionieri")
        .doesNotContain("Sintesi");
    assertThat(Files.readString(out.resolve("brief.html"))).contains("<html lang=\"en\">");
    assertThat(schema().validate(new ObjectMapper().readTree(out.resolve("brief.json").toFile())))
        .isEmpty();
    assertThat(run("brief", in.toString(), "-o", out.toString(), "--lang", "fr")).isEqualTo(2);
  }

  @Test
  void badInputIsReportedAndTheRunGoesOn() throws Exception {
    Path in = out.resolve("in");
    Files.createDirectories(in);
    Files.copy(SEEDS.resolve("000_c383cbd319f7ce4f.txt"), in.resolve("good.txt"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.txt"), new byte[] {0x7F, 'E', 'L', 'F', 0, 0});
    Path dest = out.resolve("brief");
    assertThat(run("brief", in.toString(), "-o", dest.toString(), "--no-progress")).isZero();
    assertThat(err.toString())
        .contains("empty.txt: empty")
        .contains("binary.txt: binary")
        .contains("read 1 article, skipped 2")
        .contains("1 story in 1 storyline");
    assertThat(Files.readString(dest.resolve("brief.md"))).contains("empty.txt");
  }

  @Test
  void nothingReadableIsAnError() {
    assertThat(run("brief", out.resolve("missing").toString(), "-o", out.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("no such file or folder");
  }

  @Test
  void helpDescribesEveryOption() {
    CommandLine main = new CommandLine(new Main());
    for (CommandLine command :
        List.of(
            main,
            main.getSubcommands().get("brief"),
            main.getSubcommands().get("eval").getSubcommands().get("clusters"),
            main.getSubcommands().get("bench").getSubcommands().get("cluster"))) {
      CliRun.assertDescribed(command);
    }
    StringWriter help = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(help, true));
    assertThat(cli.execute("brief", "--help")).isZero();
    assertThat(help.toString())
        .contains("--output", "--similarity", "--max-article-bytes", "--no-progress", "--lang");
  }
}
