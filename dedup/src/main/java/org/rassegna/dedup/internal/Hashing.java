package org.rassegna.dedup.internal;

/** 64-bit hashing of words and sequences, the same on every machine and every run. */
public final class Hashing {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hashing() {}

  /** FNV-1a over the UTF-16 units of {@code s}, then mixed. */
  public static long of(CharSequence s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /** Combines a running sequence hash with the next element, order-sensitively. */
  public static long combine(long h, long next) {
    return mix(h * 31 + next);
  }

  /** The SplitMix64 finaliser: every input bit affects every output bit. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
