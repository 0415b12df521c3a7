package org.rassegna.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeapAfterGcTest {

  /**
   * Heap still reachable after a collection is what the listener reports, read from the open data.
   */
  @Test
  void aCollectionReportsTheHeapStillInUse() throws InterruptedException {
    long[] kept = new long[8 << 20]; // 64 MB that stays reachable through the collection
    try (HeapAfterGc heap = new HeapAfterGc()) {
      System.gc();
      // the collectors notify on a thread of their own, after the collection
      for (int i = 0; i < 100 && heap.peak() == 0; i++) {
        Thread.sleep(50);
      }
      assertTrue(heap.peak() >= kept.length * 8L, "peak " + heap.peak());
    }
    assertTrue(kept[kept.length - 1] == 0);
  }
}
