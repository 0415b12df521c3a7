package org.rassegna.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rassegna.model.Article;
import org.rassegna.model.Published;

class JsonLinesArticleSourceTest extends ArticleSourceContract {

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private static final String GOOD =
      "{\"id\":\"a1\",\"source\":\"ANSA\",\"url\":\"https://example.org/a1\","
          + "\"published\":\"2025-02-12T18:30:00+01:00\",\"title\":\"Telefonata\","
          + "\"text\":\"Trump e Putin si sono sentiti.\",\"section\":\"esteri\","
          + "\"tags\":[\"usa\",\"russia\"]}\n";

  @Override
  protected ArticleSource sourceWithGoodAndBadItems(Path dir) throws Exception {
    Path file = dir.resolve("articles.jsonl");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(GOOD.getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("{\"id\":\"broken\",\"text\":\"no closing brace\"\n".getBytes(UTF8));
    bytes.writeBytes("\n".getBytes(UTF8)); // a blank line is no item
    bytes.writeBytes("{\"id\":\"no-text\",\"title\":\"only a title\"}\n".getBytes(UTF8));
    bytes.writeBytes(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xE8, '"'});
    bytes.writeBytes("}\n[1,2]\n".getBytes(UTF8));
    bytes.writeBytes(
        "{\"text\":\"Senza id né fonte.\",\"published_ms\":1394470800000}".getBytes(UTF8));
    Files.write(file, bytes.toByteArray());
    return new JsonLinesArticleSource(file, IngestLimits.DEFAULT);
  }

  @Override
  protected int goodItems() {
    return 2;
  }

  @Override
  protected int badItems() {
    return 4; // malformed JSON, no text, not UTF-8, not an object
  }

  @Test
  void readsEveryKnownFieldAndKeepsTheOthers() throws Exception {
    Ingest.Result c = read(sourceWithGoodAndBadItems(dir));
    Article a = c.articles().get(0);
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.source()).isEqualTo("ANSA");
    assertThat(a.url()).isEqualTo("https://example.org/a1");
    assertThat(a.published()).isEqualTo(new Published("2025-02-12T18:30:00+01:00"));
    assertThat(a.title()).isEqualTo("Telefonata");
    assertThat(a.text()).isEqualTo("Trump e Putin si sono sentiti.");
    assertThat(a.extra())
        .containsEntry("section", "esteri")
        .containsEntry("tags", "[\"usa\",\"russia\"]");
  }

  @Test
  void reportsEachBadLineByNumberAndReadsTheRest() throws Exception {
    Ingest.Result c = read(sourceWithGoodAndBadItems(dir));
    assertThat(c.skipped())
        .extracting(s -> s.item().substring(s.item().lastIndexOf(':') + 1))
        .containsExactly("2", "4", "5", "6");
    assertThat(c.skipped().get(0).reason()).startsWith("malformed JSON");
    assertThat(c.skipped().get(1).reason()).startsWith("empty");
    assertThat(c.skipped().get(2).reason()).isEqualTo("not UTF-8");
    assertThat(c.skipped().get(3).reason()).isEqualTo("not a JSON object");
  }

  @Test
  void withoutIdOrSourceTheFileAndLineStandIn() throws Exception {
    Article last = read(sourceWithGoodAndBadItems(dir)).articles().get(1);
    assertThat(last.id()).isEqualTo("articles.jsonl:7");
    assertThat(last.source()).isEqualTo("articles.jsonl");
    assertThat(last.published()).isEqualTo(new Published("2014-03-10T17:00Z"));
  }

  @Test
  void anUnreadableDateIsKeptNotLost() throws Exception {
    Path file = dir.resolve("d.jsonl");
    Files.writeString(file, "{\"id\":\"x\",\"text\":\"Testo.\",\"published\":\"ieri sera\"}\n");
    Article a = read(new JsonLinesArticleSource(file, IngestLimits.DEFAULT)).articles().get(0);
    assertThat(a.published()).isNull();
    assertThat(a.extra()).containsEntry("published", "ieri sera");
  }
}
