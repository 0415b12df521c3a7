package org.rassegna.cli;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

/**
 * The most heap in use right after a collection, over a run: what the run's objects needed at most,
 * unlike the pools' peaks, which also count the garbage the collector had not yet freed (with a
 * large {@code -Xmx} the heap fills up with it before a collection). Still an upper bound: a young
 * collection leaves the old generation's garbage in place. The notification is read as the open
 * data it is (its documented item names), not through {@code com.sun.management}'s wrappers, which
 * the non-portable API check forbids.
 */
final class HeapAfterGc implements NotificationListener, AutoCloseable {

  /** The type of the collectors' notifications (GarbageCollectionNotificationInfo's constant). */
  private static final String GC_NOTIFICATION = "com.sun.management.gc.notification";

  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());
  private final AtomicLong max = new AtomicLong();

  HeapAfterGc() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener(this, null, null);
    }
  }

  @Override
  public void handleNotification(Notification n, Object handback) {
    if (!n.getType().equals(GC_NOTIFICATION)) {
      return;
    }
    CompositeData gcInfo = (CompositeData) ((CompositeData) n.getUserData()).get("gcInfo");
    long used = 0;
    for (Object row : ((TabularData) gcInfo.get("memoryUsageAfterGc")).values()) {
      CompositeData pool = (CompositeData) row;
      if (heapPools.contains((String) pool.get("key"))) {
        used += MemoryUsage.from((CompositeData) pool.get("value")).getUsed();
      }
    }
    max.accumulateAndGet(used, Math::max);
  }

  /** Starts a new run. */
  void reset() {
    max.set(0);
  }

  /** The most heap in use after a collection since {@link #reset}, in bytes. */
  long peak() {
    return max.get();
  }

  @Override
  public void close() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      try {
        ((NotificationEmitter) gc).removeNotificationListener(this);
      } catch (ListenerNotFoundException e) {
        throw new IllegalStateException("listener added in the constructor", e);
      }
    }
  }
}
