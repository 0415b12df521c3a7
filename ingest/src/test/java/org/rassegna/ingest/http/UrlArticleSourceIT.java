package org.rassegna.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.model.Article;

class UrlArticleSourceIT {

  private LoopbackServer server;
  private final PageFetcher fetcher =
      new HttpPageFetcher(
          new FetchPolicy(
              Duration.ofSeconds(2),
              Duration.ofSeconds(5),
              1_000_000,
              3,
              Duration.ZERO,
              FetchPolicy.USER_AGENT,
              true));

  @BeforeEach
  void start() throws Exception {
    server = new LoopbackServer();
    byte[] page = fixture("../html/telefonata-trump-putin.html");
    server.on("/articolo", x -> x.send(200, "text/html; charset=utf-8", page));
    String feed =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Gazzetta</title>"
            + "<item><title>Telefonata</title><link>"
            + server.url("/articolo")
            + "</link><description>Breve.</description></item></channel></rss>";
    server.on(
        "/feed.xml",
        x -> {
          if ("\"f1\"".equals(x.header("If-None-Match"))) {
            x.send(304, null, new byte[0]);
          } else {
            x.header("ETag", "\"f1\"");
            x.send(200, "application/xml", feed.getBytes(StandardCharsets.UTF_8));
          }
        });
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private UrlArticleSource source(String path, ValidatorStore store, Set<String> known) {
    return new UrlArticleSource(
        server.url(path), IngestLimits.DEFAULT, fetcher, store, known::contains);
  }

  @Test
  void aPageUrlBecomesAnArticleIdentifiedByTheUrl() {
    Ingest.Result c =
        Ingest.read(List.of(source("/articolo", new ValidatorStore(), Set.of())), article -> {});
    Article a = c.articles().get(0);
    assertThat(a.id()).isEqualTo(server.url("/articolo"));
    assertThat(a.title()).isEqualTo("Trump e Putin al telefono per un'ora e mezza");
    assertThat(a.text()).startsWith("Donald Trump e Vladimir Putin");
  }

  @Test
  void aFeedUrlIsReadOnceThenAskedConditionally() {
    ValidatorStore store = new ValidatorStore();
    Ingest.Result first = Ingest.read(List.of(source("/feed.xml", store, Set.of())), article -> {});
    assertThat(first.articles())
        .singleElement()
        .satisfies(a -> assertThat(a.text()).startsWith("Donald Trump e Vladimir Putin"));
    assertThat(store.get(server.url("/feed.xml")).etag()).isEqualTo("\"f1\"");
    Ingest.Result second =
        Ingest.read(List.of(source("/feed.xml", store, Set.of())), article -> {});
    assertThat(second.articles()).isEmpty();
    assertThat(second.ignored()).singleElement().asString().contains("not modified");
  }

  @Test
  void knownUrlsAreNotFetchedAndBrokenOnesAreSkipped() {
    Ingest.Result known =
        Ingest.read(
            List.of(source("/articolo", new ValidatorStore(), Set.of(server.url("/articolo")))),
            article -> {});
    assertThat(known.articles()).isEmpty();
    assertThat(server.requests).isEmpty();
    Ingest.Result missing =
        Ingest.read(List.of(source("/nowhere", new ValidatorStore(), Set.of())), article -> {});
    assertThat(missing.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).isEqualTo("HTTP 404"));
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = UrlArticleSourceIT.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }
}
