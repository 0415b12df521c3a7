package org.rassegna.dedup.internal;

import java.util.Arrays;

/**
 * A growable list of longs stored in chunks of 2<sup>16</sup>, so that growing never copies the
 * whole list (no doubling spikes when the index holds millions of entries).
 */
public final class LongList {

  private static final int SHIFT = 16;
  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;

  private long[][] chunks = new long[0][];
  private long size;

  public long size() {
    return size;
  }

  public void add(long value) {
    int c = (int) (size >>> SHIFT);
    if (c == chunks.length) {
      chunks = Arrays.copyOf(chunks, Math.max(4, c * 2));
    }
    if (chunks[c] == null) {
      chunks[c] = new long[CHUNK];
    }
    chunks[c][(int) (size & MASK)] = value;
    size++;
  }

  public long get(long index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index + " of " + size);
    }
    return chunks[(int) (index >>> SHIFT)][(int) (index & MASK)];
  }

  public void set(long index, long value) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index + " of " + size);
    }
    chunks[(int) (index >>> SHIFT)][(int) (index & MASK)] = value;
  }

  /** Bytes held, for memory accounting. */
  public long bytes() {
    long n = 0;
    for (long[] c : chunks) {
      if (c != null) {
        n += 8L * c.length;
      }
    }
    return n + 8L * chunks.length;
  }
}
