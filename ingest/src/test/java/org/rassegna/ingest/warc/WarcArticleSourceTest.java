package org.rassegna.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rassegna.ingest.ArticleSource;
import org.rassegna.ingest.ArticleSourceContract;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.Article;
import org.rassegna.model.Published;

class WarcArticleSourceTest extends ArticleSourceContract {

  @Override
  protected ArticleSource sourceWithGoodAndBadItems(Path dir) throws Exception {
    Path warc = dir.resolve("sample.warc");
    Files.copy(fixture("sample.warc"), warc);
    return new WarcArticleSource(warc, IngestLimits.DEFAULT);
  }

  @Override
  protected int goodItems() {
    return 2;
  }

  @Override
  protected int badItems() {
    return 1;
  }

  @ParameterizedTest
  @ValueSource(strings = {"sample.warc", "sample.warc.gz"})
  void htmlResponsesBecomeArticlesAndTheRestIsCounted(String name) {
    Ingest.Result c =
        Ingest.read(
            List.of(new WarcArticleSource(fixture(name), IngestLimits.DEFAULT)), article -> {});
    assertThat(c.articles())
        .extracting(Article::id)
        .containsExactly(
            "https://cronache.example/2024/11/04/nebbia",
            "https://cronache.example/2024/11/03/ponte-chiuso");
    Article undated = c.articles().get(0);
    assertThat(undated.url()).isEqualTo("https://cronache.example/2024/11/04/nebbia");
    assertThat(undated.published()).isEqualTo(new Published("2024-11-04T08:00:02Z"));
    assertThat(undated.title()).isEqualTo("Nebbia in pianura, rallentamenti in tangenziale");
    assertThat(undated.source()).isEqualTo("cronache.example");
    assertThat(undated.text()).startsWith("La nebbia è tornata").doesNotContain("Home");
    Article dated = c.articles().get(1);
    assertThat(dated.published()).isEqualTo(new Published("2024-11-03T09:30:00+01:00"));
    assertThat(dated.extra()).containsEntry("warc_date", "2024-11-04T08:00:05Z");
    assertThat(c.ignored())
        .hasSize(4)
        .anySatisfy(i -> assertThat(i).contains("warcinfo"))
        .anySatisfy(i -> assertThat(i).contains("request"))
        .anySatisfy(i -> assertThat(i).contains("logo.png").contains("not HTML: image/png"))
        .anySatisfy(i -> assertThat(i).contains("HTTP 301"));
    assertThat(c.skipped())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.item()).contains(name + "#7");
              assertThat(s.reason()).containsIgnoringCase("EOF");
            });
  }

  @Test
  void garbageIsReportedNotThrown() throws Exception {
    Path garbage = dir.resolve("garbage.warc");
    Files.write(
        garbage,
        "this is not a web archive\r\n\r\n"
            .repeat(10)
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    Ingest.Result c =
        Ingest.read(List.of(new WarcArticleSource(garbage, IngestLimits.DEFAULT)), article -> {});
    assertThat(c.articles()).isEmpty();
    assertThat(c.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isNotBlank());
    Path garbageAfterGood = dir.resolve("tail.warc");
    Files.write(
        garbageAfterGood,
        concat(
            Files.readAllBytes(fixture("sample.warc")),
            "WARC/1.0\r\nnonsense".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    Ingest.Result partly =
        Ingest.read(
            List.of(new WarcArticleSource(garbageAfterGood, IngestLimits.DEFAULT)), article -> {});
    assertThat(partly.articles()).hasSize(2);
  }

  @Test
  void anOversizePageIsSkipped() {
    Ingest.Result c =
        Ingest.read(
            List.of(new WarcArticleSource(fixture("sample.warc"), new IngestLimits(300))),
            article -> {});
    assertThat(c.articles()).isEmpty();
    assertThat(c.skipped()).anySatisfy(s -> assertThat(s.reason()).startsWith("too large"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static Path fixture(String name) {
    try {
      return Paths.get(WarcArticleSourceTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
