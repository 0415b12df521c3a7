package org.rassegna.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.rassegna.annotate.Annotator;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Article;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.Token;

/**
 * Any number of analysed articles made of real sentences, for benchmarks at scales no corpus here
 * reaches. The sentences of a few thousand real articles are analysed once and kept compactly; each
 * synthetic article is 6 to 20 of them drawn at random, one word in each replaced by a made-up word
 * so that no sentence repeats across articles (as in a real corpus, where most sentences are
 * unique). Of the articles, 10% are copies of a recent article with a sentence dropped, added or
 * moved, and 5% lift a run of two sentences from one. Seeded: the same seed gives the same
 * articles.
 */
final class SyntheticArticles {

  /** One real sentence: its text and its words' offsets, norms and stop flags. */
  private record Pooled(String text, int[] starts, int[] ends, String[] norms, boolean[] stops) {}

  /** How to build an article: which pooled sentences, and the made-up word of each. */
  private record Recipe(int[] sentences, long[] inventions) {}

  private static final int RECENT = 1_000;

  private final List<Pooled> pool;
  private final SplittableRandom random;
  private final Recipe[] recent = new Recipe[RECENT];
  private int made;

  /** Articles from {@code pool}, the same ones for the same seed. */
  SyntheticArticles(Pool pool, long seed) {
    this.pool = pool.sentences;
    this.random = new SplittableRandom(seed);
  }

  /** The sentences of real articles, analysed once, shared by any number of generators. */
  static final class Pool {

    private final List<Pooled> sentences = new ArrayList<>();

    Pool(List<Article> base, Annotator annotator) {
      Map<String, String> vocabulary = new HashMap<>();
      for (Article article : base) {
        AnnotatedArticle a = annotator.annotate(article);
        int t = 0;
        for (Sentence s : a.sentences()) {
          List<Token> words = new ArrayList<>();
          while (t < a.tokens().size() && a.tokens().get(t).span().start() < s.span().start()) {
            t++;
          }
          for (; t < a.tokens().size() && s.span().contains(a.tokens().get(t).span()); t++) {
            words.add(a.tokens().get(t));
          }
          if (words.size() < 3) {
            continue;
          }
          int n = words.size();
          int[] starts = new int[n];
          int[] ends = new int[n];
          String[] norms = new String[n];
          boolean[] stops = new boolean[n];
          for (int i = 0; i < n; i++) {
            Token w = words.get(i);
            starts[i] = w.span().start() - s.span().start();
            ends[i] = w.span().end() - s.span().start();
            norms[i] = vocabulary.computeIfAbsent(w.norm(), x -> x);
            stops[i] = w.stop();
          }
          sentences.add(new Pooled(a.textOf(s), starts, ends, norms, stops));
        }
      }
      if (sentences.isEmpty()) {
        throw new IllegalArgumentException(
            "no sentence of three words or more in the base articles");
      }
    }

    int size() {
      return sentences.size();
    }
  }

  AnnotatedArticle next() {
    Recipe recipe;
    double roll = random.nextDouble();
    if (made > 0 && roll < 0.10) {
      recipe = edit(recent[random.nextInt(Math.min(made, RECENT))]);
    } else if (made > 0 && roll < 0.15) {
      recipe = lift(recent[random.nextInt(Math.min(made, RECENT))]);
    } else {
      recipe = fresh(6 + random.nextInt(15));
    }
    recent[made % RECENT] = recipe;
    return build("syn" + made++, recipe);
  }

  private Recipe fresh(int n) {
    int[] sentences = new int[n];
    long[] inventions = new long[n];
    for (int i = 0; i < n; i++) {
      sentences[i] = random.nextInt(pool.size());
      inventions[i] = random.nextLong();
    }
    return new Recipe(sentences, inventions);
  }

  /** A copy with one sentence dropped, one added, or one moved. */
  private Recipe edit(Recipe r) {
    int n = r.sentences().length;
    int[] s = Arrays.copyOf(r.sentences(), n);
    long[] v = Arrays.copyOf(r.inventions(), n);
    int i = random.nextInt(n);
    switch (n <= 3 ? 1 : random.nextInt(3)) {
      case 0 -> {
        s = remove(s, i);
        v = remove(v, i);
      }
      case 1 -> {
        Recipe extra = fresh(1);
        s = insert(s, i, extra.sentences()[0]);
        v = insert(v, i, extra.inventions()[0]);
      }
      default -> {
        int j = random.nextInt(n);
        int ts = s[i];
        s[i] = s[j];
        s[j] = ts;
        long tv = v[i];
        v[i] = v[j];
        v[j] = tv;
      }
    }
    return new Recipe(s, v);
  }

  /** A fresh article with two consecutive sentences of {@code r} in the middle. */
  private Recipe lift(Recipe r) {
    Recipe own = fresh(6 + random.nextInt(10));
    int from = random.nextInt(Math.max(1, r.sentences().length - 1));
    int take = Math.min(2, r.sentences().length - from);
    int at = own.sentences().length / 2;
    int[] s = new int[own.sentences().length + take];
    long[] v = new long[s.length];
    System.arraycopy(own.sentences(), 0, s, 0, at);
    System.arraycopy(own.inventions(), 0, v, 0, at);
    System.arraycopy(r.sentences(), from, s, at, take);
    System.arraycopy(r.inventions(), from, v, at, take);
    System.arraycopy(own.sentences(), at, s, at + take, own.sentences().length - at);
    System.arraycopy(own.inventions(), at, v, at + take, own.inventions().length - at);
    return new Recipe(s, v);
  }

  private AnnotatedArticle build(String id, Recipe recipe) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (int k = 0; k < recipe.sentences().length; k++) {
      Pooled p = pool.get(recipe.sentences()[k]);
      long invention = recipe.inventions()[k];
      int replaced = (int) Long.remainderUnsigned(invention, p.norms().length);
      String made = word(invention);
      if (k > 0) {
        text.append(k % 4 == 0 ? '\n' : ' ');
      }
      int start = text.length();
      int copied = 0;
      for (int i = 0; i < p.norms().length; i++) {
        text.append(p.text(), copied, p.starts()[i]);
        int from = text.length();
        boolean invented = i == replaced;
        String surface = invented ? made : p.text().substring(p.starts()[i], p.ends()[i]);
        text.append(surface);
        tokens.add(
            new Token(
                new Span(from, text.length()),
                surface,
                invented ? made : p.norms()[i],
                "",
                !invented && p.stops()[i]));
        copied = p.ends()[i];
      }
      text.append(p.text(), copied, p.text().length());
      sentences.add(new Sentence(new Span(start, text.length()), k / 4));
    }
    return new AnnotatedArticle(Article.of(id, text.toString()), "it", sentences, tokens);
  }

  /** A made-up word of seven letters. */
  private static String word(long seed) {
    char[] c = new char[7];
    long x = seed;
    for (int i = 0; i < c.length; i++) {
      c[i] = (char) ('a' + Long.remainderUnsigned(x, 26));
      x = Long.divideUnsigned(x, 26);
    }
    return new String(c);
  }

  private static int[] remove(int[] a, int i) {
    int[] b = new int[a.length - 1];
    System.arraycopy(a, 0, b, 0, i);
    System.arraycopy(a, i + 1, b, i, a.length - i - 1);
    return b;
  }

  private static long[] remove(long[] a, int i) {
    long[] b = new long[a.length - 1];
    System.arraycopy(a, 0, b, 0, i);
    System.arraycopy(a, i + 1, b, i, a.length - i - 1);
    return b;
  }

  private static int[] insert(int[] a, int i, int x) {
    int[] b = new int[a.length + 1];
    System.arraycopy(a, 0, b, 0, i);
    b[i] = x;
    System.arraycopy(a, i, b, i + 1, a.length - i);
    return b;
  }

  private static long[] insert(long[] a, int i, long x) {
    long[] b = new long[a.length + 1];
    System.arraycopy(a, 0, b, 0, i);
    b[i] = x;
    System.arraycopy(a, i, b, i + 1, a.length - i);
    return b;
  }
}
