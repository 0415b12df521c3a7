package org.rassegna.dedup.internal;

import java.util.Arrays;

/**
 * A map from int keys to non-negative int values, open addressing with linear probing: 8 bytes a
 * slot, the compact table behind each LSH band. Each key sits beside its value in one array, so a
 * look-up in a table far larger than the CPU caches costs one cache miss, not two. -1 marks an
 * empty slot and a missing key.
 */
public final class IntIntMap {

  /** key at 2i, value at 2i + 1 */
  private int[] slots;

  private int size;

  public IntIntMap() {
    slots = empty(16);
  }

  public int get(int key) {
    int mask = slots.length / 2 - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      int value = slots[2 * i + 1];
      if (value < 0) {
        return -1;
      }
      if (slots[2 * i] == key) {
        return value;
      }
    }
  }

  /** Maps {@code key} to {@code value} (which must not be negative). */
  public void put(int key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative value " + value);
    }
    int mask = slots.length / 2 - 1;
    int i = slot(key, mask);
    while (slots[2 * i + 1] >= 0 && slots[2 * i] != key) {
      i = (i + 1) & mask;
    }
    if (slots[2 * i + 1] < 0) {
      size++;
    }
    slots[2 * i] = key;
    slots[2 * i + 1] = value;
    if (size * 4 > slots.length) {
      grow();
    }
  }

  public long bytes() {
    return 4L * slots.length;
  }

  private void grow() {
    int[] old = slots;
    slots = empty(old.length); // twice the slots: old.length / 2 of them before
    int mask = slots.length / 2 - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j + 1] >= 0) {
        int i = slot(old[j], mask);
        while (slots[2 * i + 1] >= 0) {
          i = (i + 1) & mask;
        }
        slots[2 * i] = old[j];
        slots[2 * i + 1] = old[j + 1];
      }
    }
  }

  private static int[] empty(int capacity) {
    int[] s = new int[2 * capacity];
    Arrays.fill(s, -1);
    return s;
  }

  private static int slot(int key, int mask) {
    return (int) (Hashing.mix(key) >>> 32) & mask;
  }
}
