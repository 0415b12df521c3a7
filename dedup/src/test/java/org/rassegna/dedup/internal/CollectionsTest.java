package org.rassegna.dedup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CollectionsTest {

  @Test
  void theMapsAgreeWithHashMapOnRandomKeys() {
    SplittableRandom random = new SplittableRandom(1);
    Map<Long, Integer> expected = new HashMap<>();
    LongIntMap longs = new LongIntMap();
    IntIntMap ints = new IntIntMap();
    Map<Integer, Integer> expectedInts = new HashMap<>();
    for (int i = 0; i < 100_000; i++) {
      long k = random.nextLong(5_000) - 2_500; // repeats and negative keys
      int v = random.nextInt(1_000_000);
      longs.put(k, v);
      ints.put((int) k, v);
      expected.put(k, v);
      expectedInts.put((int) k, v);
    }
    assertThat(longs.size()).isEqualTo(expected.size());
    for (long k = -3_000; k < 3_000; k++) {
      assertThat(longs.get(k)).isEqualTo(expected.getOrDefault(k, -1));
      assertThat(ints.get((int) k)).isEqualTo(expectedInts.getOrDefault((int) k, -1));
    }
    assertThatThrownBy(() -> longs.put(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theListsGrowAcrossChunks() {
    IntList ints = new IntList();
    LongList longs = new LongList();
    for (int i = 0; i < 200_000; i++) {
      ints.add(i * 3);
      longs.add(i * 3L << 20);
    }
    ints.set(150_000, -1);
    assertThat(ints.size()).isEqualTo(200_000);
    assertThat(ints.get(70_000)).isEqualTo(210_000);
    assertThat(ints.get(150_000)).isEqualTo(-1);
    assertThat(longs.get(199_999)).isEqualTo(599_997L << 20);
    assertThatThrownBy(() -> ints.get(200_000)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(ints.bytes()).isBetween(800_000L, 1_100_000L);
  }
}
