package org.rassegna.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.rassegna.ingest.ArticleSink;
import org.rassegna.ingest.IngestLimits;
import org.rassegna.ingest.Sniffer;
import org.rassegna.ingest.feed.FeedReader;
import org.rassegna.ingest.http.PageFetcher;
import org.rassegna.model.Article;
import org.rassegna.model.Skipped;
import org.rassegna.store.FeedState;
import org.rassegna.store.Store;

/**
 * Polls RSS and Atom feeds and adds their new items: each poll is a conditional GET with the feed's
 * stored {@code ETag} and {@code Last-Modified}, through a {@link PageFetcher} (whose policy sets
 * the per-host delay, the size and time caps and which addresses may be reached); the pages of new
 * items without full text are fetched, items already stored are not; the new articles go to an
 * {@link Adder} (the pipeline's add and refresh, or a server's).
 *
 * <p>State: each feed's {@link FeedState} is saved in the store after its items were added, so a
 * restarted watcher asks with the same validators and, should it die between the add and the save,
 * finds the items stored already (the pipeline skips them by id): nothing is added twice.
 *
 * <p>Failures: a feed that cannot be fetched, is not a feed, or whose items cannot be added is
 * saved with its error and the count of failures in a row, and retried with back-off ({@link
 * #due}); the other feeds go on. An item that cannot be read is skipped and reported; as the feed
 * is then unchanged, it is tried again when the feed changes.
 *
 * <p>Not thread-safe: one watcher loop per store.
 */
public final class FeedWatcher {

  /** Adds a batch and refreshes the stories it touched; what failed is in the update's skipped. */
  @FunctionalInterface
  public interface Adder {
    Pipeline.Update add(List<Article> batch);
  }

  /**
   * What one poll of a feed did.
   *
   * @param notModified the server said the feed had not changed
   * @param added the articles added
   * @param touchedStories the stories that changed
   * @param skipped the items that could not be read, annotated or refreshed
   * @param error why the poll failed, {@code null} when it did not
   * @param failures the polls in a row that failed, this one included
   */
  public record Poll(
      String url,
      boolean notModified,
      List<String> added,
      List<String> touchedStories,
      List<Skipped> skipped,
      @Nullable String error,
      int failures) {}

  /** A failing feed waits at most this many doublings of the interval. */
  static final int MAX_BACKOFF_DOUBLINGS = 5;

  private final Store store;
  private final PageFetcher fetcher;
  private final IngestLimits limits;
  private final Duration every;
  private final Clock clock;
  private final Adder adder;

  /**
   * @param every how long after a poll a feed is polled again (when the poll did not fail)
   */
  public FeedWatcher(
      Store store,
      PageFetcher fetcher,
      IngestLimits limits,
      Duration every,
      Clock clock,
      Adder adder) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("the interval must be positive: " + every);
    }
    this.store = store;
    this.fetcher = fetcher;
    this.limits = limits;
    this.every = every;
    this.clock = clock;
    this.adder = adder;
  }

  /** The adder of a pipeline alone: {@link Pipeline#add}, then {@link Pipeline#refresh}. */
  public static Adder addingTo(Pipeline pipeline) {
    return batch -> {
      Pipeline.Update u = pipeline.add(batch);
      List<Skipped> skipped = new ArrayList<>(u.skipped());
      skipped.addAll(pipeline.refresh(u.touchedStories()));
      return new Pipeline.Update(u.added(), u.known(), u.touchedStories(), skipped);
    };
  }

  /**
   * When a feed is due: at once if never polled; the interval after a good poll; after {@code n}
   * failures in a row, the interval times 2<sup>n</sup> (at most 2<sup>{@value
   * #MAX_BACKOFF_DOUBLINGS}</sup>), so that a broken feed is not hammered.
   */
  public Instant due(FeedState feed) {
    if (feed.lastPoll() == null) {
      return Instant.MIN;
    }
    int doublings = Math.min(feed.failures(), MAX_BACKOFF_DOUBLINGS);
    return feed.lastPoll().plus(every.multipliedBy(1L << doublings));
  }

  /**
   * Polls {@code feeds} until {@code stop} is released, each when it is {@linkplain #due due},
   * telling {@code report} of each poll.
   */
  public void run(List<String> feeds, CountDownLatch stop, Consumer<Poll> report)
      throws InterruptedException {
    while (stop.getCount() > 0) {
      Instant next = null;
      for (String url : feeds) {
        if (stop.getCount() == 0) {
          return;
        }
        FeedState state = state(url);
        if (!due(state).isAfter(clock.instant())) {
          report.accept(poll(url));
          state = state(url);
        }
        Instant d = due(state);
        next = next == null || d.isBefore(next) ? d : next;
      }
      if (next == null) {
        return;
      }
      long wait = Duration.between(clock.instant(), next).toMillis();
      if (wait > 0 && stop.await(wait, TimeUnit.MILLISECONDS)) {
        return;
      }
    }
  }

  /** Polls every one of {@code feeds} now, in order, whether due or not. */
  public List<Poll> pollAll(List<String> feeds) {
    return feeds.stream().map(this::poll).toList();
  }

  /** Polls one feed now and saves its state; never throws for the feed's faults. */
  public Poll poll(String url) {
    FeedState before = state(url);
    Instant now = clock.instant();
    PageFetcher.Validators validators =
        new PageFetcher.Validators(before.etag(), before.lastModified());
    PageFetcher.Fetched got;
    try {
      got = fetcher.fetch(url, validators.isEmpty() ? null : validators);
    } catch (PageFetcher.FetchException e) {
      return failed(before, now, e.getMessage());
    }
    if (got.notModified()) {
      saved(before, validators, now);
      return new Poll(url, true, List.of(), List.of(), List.of(), null, 0);
    }
    if (!Sniffer.isFeed(got.contentType(), got.body())) {
      return failed(before, now, "not an RSS or Atom feed (" + got.contentType() + ")");
    }
    Items items = new Items(url);
    new FeedReader(limits, fetcher, id -> !store.knownArticleIds(List.of(id)).isEmpty())
        .read(got.body(), url, got.url(), items);
    if (items.feedError != null) {
      return failed(before, now, items.feedError);
    }
    Pipeline.Update u;
    try {
      u = adder.add(items.articles);
    } catch (RuntimeException e) {
      // the store or a stage failed: nothing of the batch is kept, the next poll tries again
      return failed(before, now, "its items could not be added: " + e);
    }
    saved(before, got.validators(), now);
    List<Skipped> skipped = new ArrayList<>(items.skipped);
    skipped.addAll(u.skipped());
    return new Poll(url, false, u.added(), u.touchedStories(), skipped, null, 0);
  }

  private FeedState state(String url) {
    return store.feed(url).orElse(new FeedState(url, null, null, null, null, 0));
  }

  private void saved(FeedState before, PageFetcher.Validators v, Instant now) {
    store.putFeed(new FeedState(before.url(), v.etag(), v.lastModified(), now, null, 0));
  }

  private Poll failed(FeedState before, Instant now, String error) {
    int failures = before.failures() + 1;
    // the validators stay: the feed's last good version is still the one stored
    store.putFeed(
        new FeedState(before.url(), before.etag(), before.lastModified(), now, error, failures));
    return new Poll(before.url(), false, List.of(), List.of(), List.of(), error, failures);
  }

  /** What the feed reader gave: its articles, its skipped items, or why the whole feed failed. */
  private static final class Items implements ArticleSink {
    private final String url;
    final List<Article> articles = new ArrayList<>();
    final List<Skipped> skipped = new ArrayList<>();
    @Nullable String feedError;

    Items(String url) {
      this.url = url;
    }

    @Override
    public void accept(Article article) {
      articles.add(article);
    }

    @Override
    public void skip(Skipped s) {
      // the reader skips the whole feed under its own name, an item under name#n
      if (s.item().equals(url)) {
        feedError = s.reason();
      } else {
        skipped.add(s);
      }
    }
  }
}
