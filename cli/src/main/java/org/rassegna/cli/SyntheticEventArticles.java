package org.rassegna.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Published;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.Token;

/**
 * A seeded stream of articles for benchmarks: one every 20 seconds; with probability 1/20 an
 * article starts a new event (six signature words drawn from a 50,000-word vocabulary), otherwise
 * it tells one of the 50 most recent events; each article has five of its event's signature words
 * and ten background words drawn with a strong skew towards the common ones. So events have about
 * 20 articles over a few hours, like a busy news feed, and the stream never ends on its own
 * vocabulary. Already annotated (one sentence, words as tokens), so only clustering is measured.
 */
final class SyntheticEventArticles implements Iterator<AnnotatedArticle> {

  private static final int VOCABULARY = 50_000;
  private static final int LIVE_EVENTS = 50;
  private static final long START_MS = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();

  private final int count;
  private final Random random = new Random(20250212L);
  private final List<int[]> live = new ArrayList<>();
  private int produced;

  SyntheticEventArticles(int count) {
    this.count = count;
  }

  @Override
  public boolean hasNext() {
    return produced < count;
  }

  @Override
  public AnnotatedArticle next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (live.isEmpty() || random.nextInt(20) == 0) {
      int[] signature = new int[6];
      for (int i = 0; i < signature.length; i++) {
        signature[i] = random.nextInt(VOCABULARY);
      }
      live.add(0, signature);
      if (live.size() > LIVE_EVENTS) {
        live.remove(live.size() - 1);
      }
    }
    int[] event = live.get(random.nextInt(live.size()));
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      words.add(word(event[random.nextInt(event.length)]));
    }
    for (int i = 0; i < 10; i++) {
      double u = random.nextDouble();
      words.add(word((int) (VOCABULARY * u * u * u)));
    }
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    for (String w : words) {
      if (text.length() > 0) {
        text.append(' ');
      }
      tokens.add(new Token(new Span(text.length(), text.length() + w.length()), w, w, "", false));
      text.append(w);
    }
    String id = "syn-" + produced;
    String published =
        Instant.ofEpochMilli(START_MS + 20_000L * produced).atOffset(ZoneOffset.UTC).toString();
    produced++;
    Article article =
        new Article(
            id,
            "synthetic",
            null,
            new Published(published),
            null,
            text.toString(),
            "und",
            Map.of());
    return new AnnotatedArticle(
        article, "und", List.of(new Sentence(new Span(0, text.length()), 0)), tokens);
  }

  private static String word(int index) {
    return "w" + Integer.toString(index, 36);
  }
}
