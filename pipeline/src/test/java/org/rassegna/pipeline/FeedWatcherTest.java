package org.rassegna.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.http.PageFetcher;
import org.rassegna.store.FeedState;
import org.rassegna.store.Store;
import org.rassegna.store.Stores;

/**
 * The watcher over a fetcher that answers from memory as a server would (ETag, 304, errors), a
 * store file and the pipeline with Lucene's analysis; the network side is in the CLI's WatchIT.
 */
class FeedWatcherTest {

  private static final String FEED = "https://news.example/feed.xml";
  private static final String BROKEN = "https://broken.example/feed.xml";

  @TempDir Path dir;

  /** Feeds and pages by URL, with the ETag of each feed; records what was asked. */
  private static final class Web implements PageFetcher {
    final Map<String, String> bodies = new HashMap<>();
    final Map<String, String> failing = new HashMap<>();
    final List<String> asked = new ArrayList<>();
    final List<@Nullable Validators> sent = new ArrayList<>();

    @Override
    public Fetched fetch(String url, @Nullable Validators validators) throws FetchException {
      asked.add(url);
      sent.add(validators);
      if (failing.containsKey(url)) {
        throw new FetchException(failing.get(url));
      }
      String body = bodies.get(url);
      if (body == null) {
        throw new FetchException("HTTP 404");
      }
      String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
      Validators now = new Validators(etag, null);
      if (validators != null && etag.equals(validators.etag())) {
        return new Fetched(url, new byte[0], null, validators, true);
      }
      String type = body.startsWith("<?xml") ? "application/rss+xml" : "text/html; charset=utf-8";
      return new Fetched(url, body.getBytes(StandardCharsets.UTF_8), type, now, false);
    }
  }

  /** A clock the test moves. */
  private static final class Hands extends Clock {
    Instant now = Instant.parse("2026-12-03T08:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static String text(String who) {
    return ("Il portavoce del Cremlino Dmitrij Peskov ha dichiarato oggi a Mosca che i colloqui con"
            + " la delegazione di "
            + who
            + " proseguiranno la prossima settimana a Ginevra. ")
        .repeat(4);
  }

  private static String item(String id, @Nullable String fullText) {
    return "<item><guid>"
        + id
        + "</guid><link>https://news.example/"
        + id
        + ".html</link><title>Colloqui "
        + id
        + "</title><pubDate>Thu, 03 Dec 2026 07:00:00 GMT</pubDate>"
        + (fullText == null
            ? "<description>Breve.</description>"
            : "<content:encoded><![CDATA[<p>" + fullText + "</p>]]></content:encoded>")
        + "</item>";
  }

  private static String feed(String... items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\""
        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
        + "<title>Notizie</title><link>https://news.example/</link><language>it</language>"
        + String.join("", items)
        + "</channel></rss>";
  }

  private static String page(String body) {
    return "<html><head><title>Colloqui</title></head><body><article><h1>Colloqui</h1><p>"
        + body
        + "</p></article></body></html>";
  }

  private FeedWatcher watcher(Store store, Web web, Hands clock) {
    Pipeline pipeline =
        Pipelines.withAnnotator(
            PipelineConfig.DEFAULT.withThreads(1), store, LuceneAnnotator.italian());
    return new FeedWatcher(
        store,
        web,
        IngestLimits.DEFAULT,
        Duration.ofMinutes(10),
        clock,
        FeedWatcher.addingTo(pipeline));
  }

  @Test
  void addsNewItemsOnceAndAsksOnlyForChanges() {
    Web web = new Web();
    Hands clock = new Hands();
    web.bodies.put(FEED, feed(item("a1", text("Kiev")), item("a2", null)));
    web.bodies.put("https://news.example/a2.html", page(text("Washington")));
    try (Store store = Stores.sqlite(dir.resolve("w.db"))) {
      FeedWatcher w = watcher(store, web, clock);
      FeedWatcher.Poll first = w.poll(FEED);
      assertThat(first.error()).isNull();
      assertThat(first.added()).containsExactlyInAnyOrder("a1", "a2");
      assertThat(first.touchedStories()).isNotEmpty();
      assertThat(store.story(first.touchedStories().get(0))).isPresent();
      FeedState saved = store.feed(FEED).orElseThrow();
      assertThat(saved.etag()).startsWith("\"");
      assertThat(saved.lastPoll()).isEqualTo(clock.now);
      assertThat(saved.failures()).isZero();

      // unchanged: a conditional GET answered 304, nothing fetched or added
      clock.now = clock.now.plus(Duration.ofMinutes(10));
      web.asked.clear();
      FeedWatcher.Poll second = w.poll(FEED);
      assertThat(second.notModified()).isTrue();
      assertThat(web.asked).containsExactly(FEED);
      assertThat(web.sent.get(web.sent.size() - 1).etag()).isEqualTo(saved.etag());

      // a new item: only it is added, the known item's page is not fetched again
      web.bodies.put(FEED, feed(item("a1", text("Kiev")), item("a2", null), item("a3", null)));
      web.bodies.put("https://news.example/a3.html", page(text("Pechino")));
      web.asked.clear();
      FeedWatcher.Poll third = w.poll(FEED);
      assertThat(third.added()).containsExactly("a3");
      assertThat(web.asked).containsExactly(FEED, "https://news.example/a3.html");
      assertThat(store.articleCount()).isEqualTo(3);
    }
  }

  @Test
  void aFailingFeedIsRecordedAndBacksOffWhileTheOthersGoOn() {
    Web web = new Web();
    Hands clock = new Hands();
    web.bodies.put(FEED, feed(item("b1", text("Kiev"))));
    web.failing.put(BROKEN, "unreachable: connection refused by broken.example");
    try (Store store = Stores.sqlite(dir.resolve("f.db"))) {
      FeedWatcher w = watcher(store, web, clock);
      List<FeedWatcher.Poll> polls = w.pollAll(List.of(BROKEN, FEED));
      assertThat(polls.get(0).error()).contains("connection refused");
      assertThat(polls.get(1).added()).containsExactly("b1");
      FeedState broken = store.feed(BROKEN).orElseThrow();
      assertThat(broken.lastError()).contains("connection refused");
      assertThat(broken.failures()).isEqualTo(1);
      assertThat(w.due(broken)).isEqualTo(clock.now.plus(Duration.ofMinutes(20)));
      w.poll(BROKEN);
      w.poll(BROKEN);
      assertThat(w.due(store.feed(BROKEN).orElseThrow()))
          .isEqualTo(clock.now.plus(Duration.ofMinutes(80)));
      // not a feed is a failure too; once it answers, the error and the count are cleared
      web.failing.clear();
      web.bodies.put(BROKEN, "<html><body>maintenance</body></html>");
      assertThat(w.poll(BROKEN).error()).startsWith("not an RSS or Atom feed");
      web.bodies.put(BROKEN, feed(item("c1", text("Parigi"))));
      assertThat(w.poll(BROKEN).added()).containsExactly("c1");
      assertThat(store.feed(BROKEN).orElseThrow().lastError()).isNull();
      assertThat(store.feed(BROKEN).orElseThrow().failures()).isZero();
      assertThat(w.due(store.feed(FEED).orElseThrow()))
          .isEqualTo(clock.now.plus(Duration.ofMinutes(10)));
    }
  }

  @Test
  void aRestartedWatcherResumesWithoutDuplicates() {
    Web web = new Web();
    Hands clock = new Hands();
    web.bodies.put(FEED, feed(item("d1", text("Kiev")), item("d2", null)));
    web.bodies.put("https://news.example/d2.html", page(text("Roma")));
    Path db = dir.resolve("r.db");
    try (Store store = Stores.sqlite(db)) {
      assertThat(watcher(store, web, clock).poll(FEED).added()).hasSize(2);
    }
    web.bodies.put(FEED, feed(item("d1", text("Kiev")), item("d2", null), item("d3", null)));
    web.bodies.put("https://news.example/d3.html", page(text("Berlino")));
    web.asked.clear();
    web.sent.clear();
    try (Store store = Stores.sqlite(db)) {
      FeedWatcher.Poll p = watcher(store, web, clock).poll(FEED);
      assertThat(web.sent.get(0)).isNotNull();
      assertThat(p.added()).containsExactly("d3");
      assertThat(web.asked).containsExactly(FEED, "https://news.example/d3.html");
      assertThat(store.articleCount()).isEqualTo(3);
    }
  }
}
