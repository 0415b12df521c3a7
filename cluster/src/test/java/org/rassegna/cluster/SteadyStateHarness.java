package org.rassegna.cluster;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.rassegna.annotate.LuceneAnnotator;
import org.rassegna.ingest.Ingest;
import org.rassegna.ingest.IngestLimits;

/**
 * Not a test (no test runs it): an A/B harness for the clusterer's steady state, the part of {@code
 * bench store}'s full/empty ratio that is the clusterer's. The same 100 DICE articles are added, as
 * the pipeline adds a batch (each article, then {@code drain()} and {@code pending()}), to an empty
 * session and to one restored from the first 10,000, interleaved (empty, full, empty) in one JVM;
 * the adding thread's CPU is measured. The full session is restored once per round and first takes
 * 10 articles, as bench store's reopened store does. Run under JFR, the samples of {@link
 * #addToEmpty} and {@link #addToFull} tell the two apart. It also prints a digest of what a session
 * fed all the articles in batches of 100 reports (each batch's closed stories and {@code
 * pending()}): a change meant to keep the results must keep it.
 *
 * <p>{@code java -cp TEST_CLASSPATH org.rassegna.cluster.SteadyStateHarness DICE.jsonl [ROUNDS]}
 */
public final class SteadyStateHarness {

  private static final int FULL = 10_000;
  private static final int BATCH = 100;
  private static final int BATCHES = 3;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private SteadyStateHarness() {}

  public static void main(String[] args) {
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    LuceneAnnotator italian = LuceneAnnotator.italian();
    List<ClusterFeatures> all =
        new ArrayList<>(
            Ingest.read(List.of(Path.of(args[0])), IngestLimits.DEFAULT, a -> {})
                .articles()
                .parallelStream()
                .map(a -> ClusterFeatures.of(italian.annotate(a)))
                .toList());
    all.sort(ClusterFeatures.PUBLICATION_ORDER);
    OnlineStoryClusterer clusterer = new OnlineStoryClusterer();
    OnlineStoryClusterer.Session fill = clusterer.session();
    for (int i = 0; i < FULL; i += 500) {
      all.subList(i, i + 500).forEach(fill::add);
      fill.drain();
    }
    SessionState full = fill.state();
    List<Double> empty = new ArrayList<>();
    List<Double> fullCpu = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    // round 0 warms the JIT up and is not counted
    for (int r = 0; r <= rounds; r++) {
      OnlineStoryClusterer.Session restored = clusterer.restore(full);
      add(restored, all.subList(FULL, FULL + 10));
      for (int b = 0; b < BATCHES; b++) {
        int from = FULL + 10 + b * BATCH;
        List<ClusterFeatures> batch = all.subList(from, from + BATCH);
        long e1 = addToEmpty(clusterer, batch);
        long f = addToFull(restored, batch);
        long e2 = addToEmpty(clusterer, batch);
        if (r > 0) {
          empty.add((e1 + e2) / 2e6 / BATCH);
          fullCpu.add(f / 1e6 / BATCH);
          ratios.add(2.0 * f / (e1 + e2));
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "CPU ms per article: empty %s, full %s; ratio %s (%d adds)%n",
        summary(empty),
        summary(fullCpu),
        summary(ratios),
        ratios.size());
    System.out.println("digest " + digest(clusterer, all));
  }

  /** SHA-256 of the closed and pending stories and storylines after each batch of 100. */
  private static String digest(OnlineStoryClusterer clusterer, List<ClusterFeatures> all) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    OnlineStoryClusterer.Session session = clusterer.session();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < all.size(); i += BATCH) {
      all.subList(i, Math.min(all.size(), i + BATCH)).forEach(session::add);
      session.drain().closedStories().forEach(c -> text.append(c.story()).append('\n'));
      OnlineStoryClusterer.Pending p = session.pending();
      text.append(p.stories()).append(p.storylines()).append('\n');
    }
    return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static long addToEmpty(OnlineStoryClusterer clusterer, List<ClusterFeatures> batch) {
    return add(clusterer.session(), batch);
  }

  private static long addToFull(OnlineStoryClusterer.Session session, List<ClusterFeatures> b) {
    return add(session, b);
  }

  /** The adding thread's CPU (ns) to add {@code batch} as the pipeline does. */
  private static long add(OnlineStoryClusterer.Session session, List<ClusterFeatures> batch) {
    long start = THREADS.getCurrentThreadCpuTime();
    batch.forEach(session::add);
    session.drain();
    session.pending();
    return THREADS.getCurrentThreadCpuTime() - start;
  }

  /** Median and range. */
  private static String summary(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return String.format(
        Locale.ROOT,
        "%.3f (%.3f to %.3f)",
        sorted.get(sorted.size() / 2),
        sorted.get(0),
        sorted.get(sorted.size() - 1));
  }
}
