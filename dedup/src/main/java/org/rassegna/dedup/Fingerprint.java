package org.rassegna.dedup;

import java.util.List;
import org.rassegna.dedup.internal.Hashing;
import org.rassegna.model.AnnotatedArticle;
import org.rassegna.model.Sentence;
import org.rassegna.model.Span;
import org.rassegna.model.Token;

/**
 * What dedup keeps of an article's words: hashes of the normalised text, of its word shingles and
 * of each sentence, with the sentence's span and length in words.
 *
 * @param exact hash of all normalised words in order
 * @param words how many words the article has
 * @param shingles hash of each word shingle (with repeats); of each word when there are fewer words
 *     than a shingle has
 * @param sentenceHashes hash of the normalised words of each sentence, in text order
 * @param sentenceWords words in each sentence
 * @param sentenceStarts start offset of each sentence
 * @param sentenceEnds end offset of each sentence
 * @param sentenceChars characters of all the article's sentences together
 */
record Fingerprint(
    long exact,
    int words,
    long[] shingles,
    long[] sentenceHashes,
    int[] sentenceWords,
    int[] sentenceStarts,
    int[] sentenceEnds,
    int sentenceChars)
    implements Sentences {

  static Fingerprint of(AnnotatedArticle article, DedupConfig config) {
    List<Token> tokens = article.tokens();
    long[] words = new long[tokens.size()];
    long exact = 0;
    for (int i = 0; i < words.length; i++) {
      words[i] = Hashing.of(tokens.get(i).norm());
      exact = Hashing.combine(exact, words[i]);
    }
    int k = Math.min(config.shingleWords(), Math.max(1, words.length));
    long[] shingles = new long[Math.max(0, words.length - k + 1)];
    for (int i = 0; i < shingles.length; i++) {
      long h = 0;
      for (int j = i; j < i + k; j++) {
        h = Hashing.combine(h, words[j]);
      }
      shingles[i] = h;
    }
    List<Sentence> sentences = article.sentences();
    int n = sentences.size();
    long[] hashes = new long[n];
    int[] counts = new int[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int chars = 0;
    int t = 0;
    for (int s = 0; s < n; s++) {
      Span span = sentences.get(s).span();
      chars += span.length();
      starts[s] = span.start();
      ends[s] = span.end();
      while (t < tokens.size() && tokens.get(t).span().start() < span.start()) {
        t++;
      }
      long h = 0;
      for (; t < tokens.size() && span.contains(tokens.get(t).span()); t++) {
        h = Hashing.combine(h, words[t]);
        counts[s]++;
      }
      hashes[s] = h;
    }
    return new Fingerprint(exact, words.length, shingles, hashes, counts, starts, ends, chars);
  }

  @Override
  public int count() {
    return sentenceHashes.length;
  }

  @Override
  public long hash(int i) {
    return sentenceHashes[i];
  }

  @Override
  public int words(int i) {
    return sentenceWords[i];
  }

  @Override
  public Span span(int i) {
    return new Span(sentenceStarts[i], sentenceEnds[i]);
  }
}
