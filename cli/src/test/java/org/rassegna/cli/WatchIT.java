package org.rassegna.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.ingest.http.LoopbackServer;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;
import picocli.CommandLine;

/**
 * {@code serve --watch} and {@code watch} against feeds on a loopback server (hence {@code
 * --allow-private-urls}): a feed publishes items in three steps, another answers HTTP 500. The
 * first two steps are polled by the server, whose API and story page show the new articles; the
 * third by {@code watch --once} after a restart. Articles are annotated with Lucene's analysis, not
 * CoreNLP: what is tested is the polling, not the NLP.
 */
class WatchIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  private final AtomicReference<String> feed = new AtomicReference<>();

  private static String text(String place) {
    return ("Il portavoce del Cremlino Dmitrij Peskov ha dichiarato oggi a Mosca che i colloqui di"
            + " pace con la delegazione ucraina proseguiranno la prossima settimana a "
            + place
            + ", secondo fonti diplomatiche. ")
        .repeat(4);
  }

  /** An item with its full text in the feed, or only a link to its page. */
  private static String item(int n, boolean fullText) {
    String id = "watch-" + n;
    return "<item><guid isPermaLink=\"false\">"
        + id
        + "</guid><link>LINK/pages/"
        + id
        + ".html</link><title>Colloqui di pace, giorno "
        + n
        + "</title><pubDate>Thu, 03 Dec 2026 0"
        + n
        + ":00:00 GMT</pubDate>"
        + (fullText
            ? "<content:encoded><![CDATA[<p>" + text("Ginevra") + "</p>]]></content:encoded>"
            : "<description>Colloqui.</description>")
        + "</item>";
  }

  private void publish(LoopbackServer server, String... items) {
    feed.set(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\""
                + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
                + "<title>Agenzia Prova</title><link>LINK/</link><language>it</language>"
                + String.join("", items)
                + "</channel></rss>")
            .replace("LINK", server.url("")));
  }

  private LoopbackServer feeds() throws Exception {
    LoopbackServer server = new LoopbackServer();
    server.on(
        "/feed.xml",
        x -> {
          String body = feed.get();
          String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
          if (etag.equals(x.header("If-None-Match"))) {
            x.header("ETag", etag).send(304, null, new byte[0]);
          } else {
            x.header("ETag", etag)
                .send(200, "application/rss+xml", body.getBytes(StandardCharsets.UTF_8));
          }
        });
    server.on(
        "/broken.xml", x -> x.send(500, "text/plain", "down".getBytes(StandardCharsets.US_ASCII)));
    for (int n = 1; n <= 4; n++) {
      String page =
          "<html><head><title>Colloqui di pace, giorno "
              + n
              + "</title></head><body><article><h1>Colloqui di pace, giorno "
              + n
              + "</h1><p>"
              + text(n % 2 == 0 ? "Istanbul" : "Vienna")
              + "</p></article></body></html>";
      server.on(
          "/pages/watch-" + n + ".html",
          x -> x.send(200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8)));
    }
    return server;
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  private static boolean stored(int port, String articleId) {
    try {
      return get(port, "/api/articles/" + articleId).statusCode() == 200;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long pageFetches(LoopbackServer server, String id) {
    return server.requests.stream().filter(r -> r.path().equals("/pages/" + id + ".html")).count();
  }

  @Test
  void addsPublishedItemsReportsAFailingFeedAndResumesWithoutDuplicates() throws Exception {
    String db = dir.resolve("watch.db").toString();
    try (LoopbackServer server = feeds()) {
      String good = server.url("/feed.xml");
      String broken = server.url("/broken.xml");
      publish(server, item(1, true), item(2, false));

      ServeCommand serve = new ServeCommand();
      serve.annotator = LuceneAnnotator.italian();
      CommandLine cli = new CommandLine(serve);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      int[] exit = {-1};
      Thread t =
          new Thread(
              () ->
                  exit[0] =
                      cli.execute(
                          "--db",
                          db,
                          "--port",
                          "0",
                          "--threads",
                          "1",
                          "--watch",
                          broken,
                          good,
                          "--every",
                          "1s",
                          "--allow-private-urls"));
      t.start();
      await("the server", () -> serve.listening > 0 || !t.isAlive());
      int port = serve.listening;
      assertThat(port).as(err.toString()).isPositive();

      // step 1: both items, one read from the feed and one from its page; the broken feed first
      // a poll is over (its stories refreshed, its feed state saved) when it is reported
      await("step 1", () -> out.toString().contains("feed " + good + ": added 2 articles"));
      assertThat(stored(port, "watch-1") && stored(port, "watch-2")).isTrue();
      JsonNode feeds = JSON.readTree(get(port, "/api/feeds").body());
      JsonNode failing = null;
      JsonNode working = null;
      for (JsonNode f : feeds) {
        if (f.get("url").asText().equals(broken)) {
          failing = f;
        } else if (f.get("url").asText().equals(good)) {
          working = f;
        }
      }
      assertThat(failing).isNotNull();
      assertThat(failing.get("lastError").asText()).contains("HTTP 500");
      assertThat(failing.get("failures").asInt()).isPositive();
      assertThat(working).isNotNull();
      assertThat(working.get("lastError").isNull()).isTrue();
      assertThat(working.get("etag").asText()).startsWith("\"");
      assertThat(get(port, "/feeds").body()).contains("HTTP 500");
      assertThat(err.toString()).contains("feed " + broken + " failed");

      // step 2: a new item shows on its story's page after the next poll
      publish(server, item(1, true), item(2, false), item(3, false));
      await("step 2", () -> out.toString().contains("added 1 article (watch-3)"));
      JsonNode article = JSON.readTree(get(port, "/api/articles/watch-3").body());
      assertThat(article.get("stories")).isNotEmpty();
      String storyId = article.get("stories").get(0).asText();
      HttpResponse<String> page = get(port, "/stories/" + storyId);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("/articles/watch-3");

      serve.stop.countDown();
      t.join(30_000);
      assertThat(exit[0]).isZero();

      // step 3, after a restart: 'watch' asks with the stored ETag, adds only the new item and
      // fetches no known item's page again
      publish(server, item(1, true), item(2, false), item(3, false), item(4, false));
      int feedRequests =
          (int) server.requests.stream().filter(r -> r.path().equals("/feed.xml")).count();
      WatchCommand watch = new WatchCommand();
      watch.annotator = LuceneAnnotator.italian();
      CommandLine again = new CommandLine(watch);
      StringWriter watchOut = new StringWriter();
      again.setOut(new PrintWriter(watchOut, true));
      again.setErr(new PrintWriter(new StringWriter(), true));
      assertThat(
              again.execute(
                  "--db", db, "--once", "--threads", "1", "--allow-private-urls", good, broken))
          .isZero();
      assertThat(watchOut.toString()).contains("feed " + good + ": added 1 article (watch-4)");
      List<LoopbackServer.Request> polls = new ArrayList<>();
      server.requests.stream().filter(r -> r.path().equals("/feed.xml")).forEach(polls::add);
      assertThat(polls.size()).isEqualTo(feedRequests + 1);
      assertThat(polls.get(polls.size() - 1).ifNoneMatch()).startsWith("\"");
      for (int n = 2; n <= 4; n++) {
        assertThat(pageFetches(server, "watch-" + n)).as("watch-" + n).isEqualTo(1);
      }
      try (Store store = Stores.open(db)) {
        assertThat(store.articleCount()).isEqualTo(4);
        assertThat(store.feed(broken).orElseThrow().failures()).isGreaterThan(1);
      }
    }
  }
}
