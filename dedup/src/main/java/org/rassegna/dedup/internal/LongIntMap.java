package org.rassegna.dedup.internal;

import java.util.Arrays;

/**
 * A map from long keys to non-negative int values, open addressing with linear probing; -1 marks an
 * empty slot and is what {@link #get} returns for a missing key.
 */
public final class LongIntMap {

  private long[] keys;
  private int[] values;
  private int size;

  public LongIntMap() {
    this(16);
  }

  public LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(values, -1);
  }

  public int size() {
    return size;
  }

  public int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (values[i] < 0) {
        return -1;
      }
      if (keys[i] == key) {
        return values[i];
      }
    }
  }

  /** Maps {@code key} to {@code value} (which must not be negative). */
  public void put(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative value " + value);
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (values[i] >= 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (values[i] < 0) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
    if (size * 2 > keys.length) {
      grow();
    }
  }

  public long bytes() {
    return 12L * keys.length;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    Arrays.fill(values, -1);
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldValues[j] >= 0) {
        int i = slot(oldKeys[j], mask);
        while (values[i] >= 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) (Hashing.mix(key) >>> 32) & mask;
  }
}
