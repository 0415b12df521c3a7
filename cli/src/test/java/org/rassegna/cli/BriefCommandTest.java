package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.brief.JsonBriefWriter;
import picocli.CommandLine;

class BriefCommandTest {

  private static final Path ROOT = Path.of(System.getProperty("rassegna.root", ".."));
  private static final Path SEEDS = ROOT.resolve("examples/seeds");
  private static final Path GOLDEN =
      ROOT.resolve("cli/src/test/resources/org/rassegna/cli/seeds-brief.json");

  @TempDir Path out;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setErr(new PrintWriter(err, true));
    cli.setOut(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }

  @Test
  void theSeedsGiveTheGoldenBrief() throws Exception {
    assertThat(run("brief", SEEDS.toString(), "-o", out.toString(), "--no-progress")).isZero();
    String json = Files.readString(out.resolve("brief.json"));
    if (Boolean.getBoolean("rassegna.regenerate")) {
      Files.writeString(GOLDEN, json, StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(Files.readString(GOLDEN));
    assertThat(out.resolve("brief.md")).isNotEmptyFile();
    assertThat(out.resolve("brief.html")).isNotEmptyFile();
    assertThat(err.toString()).contains("read 5 articles, skipped 0");
  }

  @Test
  void theBriefNamesAllFiveSeedArticles() throws Exception {
    assertThat(run("brief", SEEDS.toString(), "-o", out.toString(), "--no-progress")).isZero();
    JsonNode brief = new ObjectMapper().readTree(out.resolve("brief.json").toFile());
    List<String> ids = new ArrayList<>();
    brief
        .get("stories")
        .forEach(s -> s.get("sources").forEach(x -> ids.add(x.get("articleId").asText())));
    assertThat(ids)
        .containsExactlyInAnyOrder(
            "000_c383cbd319f7ce4f",
            "001_5d5f1c6bd4a7931f",
            "002_576877c26158e17b",
            "003_e474d6073c75c2ee",
            "004_0ac7530cb76e1d5e");
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
        .contains("read 1 articles, skipped 2");
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
      command
          .getCommandSpec()
          .options()
          .forEach(
              o -> assertThat(String.join(" ", o.description())).as(o.longestName()).isNotBlank());
      command
          .getCommandSpec()
          .positionalParameters()
          .forEach(p -> assertThat(String.join(" ", p.description())).isNotBlank());
    }
    StringWriter help = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(help, true));
    assertThat(cli.execute("brief", "--help")).isZero();
    assertThat(help.toString())
        .contains("--output", "--similarity", "--max-article-bytes", "--no-progress");
  }

  @Test
  void theBriefValidatesAgainstItsPublishedSchema() throws Exception {
    Path in = out.resolve("in");
    Files.createDirectories(in);
    Files.copy(SEEDS.resolve("003_e474d6073c75c2ee.txt"), in.resolve("003.txt"));
    Files.copy(SEEDS.resolve("002_576877c26158e17b.txt"), in.resolve("002.txt"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    assertThat(run("brief", in.toString(), "-o", out.toString(), "--no-progress")).isZero();
    JsonSchema schema;
    try (var s = JsonBriefWriter.class.getResourceAsStream("brief.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
    }
    JsonNode brief = new ObjectMapper().readTree(out.resolve("brief.json").toFile());
    assertThat(schema.validate(brief)).isEmpty();
    ((com.fasterxml.jackson.databind.node.ObjectNode) brief).put("unexpected", 1);
    assertThat(schema.validate(brief)).isNotEmpty();
  }
}
