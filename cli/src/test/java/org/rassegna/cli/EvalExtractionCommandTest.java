package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalExtractionCommandTest {

  @TempDir Path dir;

  @Test
  void jsonIsOneObjectOfSnakeCaseMetrics() throws Exception {
    Files.createDirectories(dir.resolve("html"));
    page(
        "p1",
        "<html><body><nav>Menu uno due tre</nav><article><p>Il primo articolo parla di"
            + " una telefonata lunga un'ora e mezza tra due presidenti.</p></article></body></html>");
    page(
        "p2",
        "<html><body><div><p>Il secondo articolo racconta la nebbia in pianura e le code"
            + " sulla tangenziale all'alba di lunedì.</p></div><footer>Fine</footer></body></html>");
    Files.writeString(
        dir.resolve("ground-truth.json"),
        "{\"p1\":{\"articleBody\":\"Il primo articolo parla di una telefonata lunga un'ora e mezza"
            + " tra due presidenti.\"},\"p2\":{\"articleBody\":\"Qualcosa di completamente"
            + " diverso da quello che la pagina dice.\"}}");
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out, true));
    assertThat(cli.execute("eval", "extraction", "--data", dir.toString(), "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("pages", "precision", "recall", "f1", "word_f1");
    assertThat(json.get("pages").asInt()).isEqualTo(2);
    assertThat(json.get("precision").asDouble()).isEqualTo(0.5);
    assertThat(json.get("recall").asDouble()).isEqualTo(0.5);
    assertThat(json.get("f1").asDouble()).isEqualTo(0.5);
    // p1 is all body (1); p2 shares "la" and "di" with its 10-word gold in 17 words (4/27)
    assertThat(json.get("word_f1").asDouble()).isCloseTo(0.5 + 2.0 / 27, within(1e-9));
  }

  private void page(String id, String html) throws Exception {
    try (OutputStream o =
        new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + id + ".html.gz")))) {
      o.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }
}
