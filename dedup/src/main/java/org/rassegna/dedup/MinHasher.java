package org.rassegna.dedup;

import java.util.SplittableRandom;

/**
 * MinHash signatures of sets of 64-bit element hashes: for each of {@code n} hash functions {@code
 * h(x) = high 32 bits of (a·x + b)} (multiply-shift, {@code a} odd, fixed seed, so every run and
 * machine gives the same signatures), the least value over the set. The share of positions at which
 * two signatures agree estimates the Jaccard similarity of the two sets.
 */
final class MinHasher {

  private static final long SEED = 0x5eed_ded0L;

  private final long[] a;
  private final long[] b;

  MinHasher(int n) {
    SplittableRandom random = new SplittableRandom(SEED);
    a = new long[n];
    b = new long[n];
    for (int i = 0; i < n; i++) {
      a[i] = random.nextLong() | 1L;
      b[i] = random.nextLong();
    }
  }

  int size() {
    return a.length;
  }

  /** The signature of {@code elements} (repeats do not matter), which must not be empty. */
  int[] signature(long[] elements) {
    if (elements.length == 0) {
      throw new IllegalArgumentException("no elements to sign");
    }
    int[] sig = new int[a.length];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (long x : elements) {
      for (int i = 0; i < sig.length; i++) {
        int h = (int) ((a[i] * x + b[i]) >>> 33);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }
}
