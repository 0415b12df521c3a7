package org.rassegna.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;
import org.rassegna.store.Store;

/**
 * A store that counts the time spent in it: in its calls, and in committing transactions (the time
 * of {@code inTransaction} less that of its work), so a benchmark can tell the store's share of an
 * add from the stages'.
 */
final class TimedStore implements InvocationHandler {

  private final Store store;
  private final AtomicLong nanos = new AtomicLong();
  private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
  private Store proxy;

  private TimedStore(Store store) {
    this.store = store;
  }

  static TimedStore of(Store store) {
    TimedStore timed = new TimedStore(store);
    timed.proxy =
        (Store)
            Proxy.newProxyInstance(
                Store.class.getClassLoader(), new Class<?>[] {Store.class}, timed);
    return timed;
  }

  Store store() {
    return proxy;
  }

  /** Nanoseconds spent in the store so far. */
  long nanos() {
    return nanos.get();
  }

  @Override
  public Object invoke(Object self, Method method, Object[] args) throws Throwable {
    boolean outer = depth.get() == 0;
    long start = System.nanoTime();
    depth.set(depth.get() + 1);
    long[] inWork = {0};
    try {
      if (method.getName().equals("inTransaction")) {
        Store.Work<?> work = (Store.Work<?>) args[0];
        return store.inTransaction(
            tx -> {
              // the work is the stages' time, less the store calls it makes (counted by depth)
              depth.set(depth.get() - 1);
              long w = System.nanoTime();
              try {
                return work.run(proxy);
              } finally {
                inWork[0] = System.nanoTime() - w;
                depth.set(depth.get() + 1);
              }
            });
      }
      return method.invoke(store, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    } finally {
      depth.set(depth.get() - 1);
      if (outer) {
        nanos.addAndGet(System.nanoTime() - start - inWork[0]);
      }
    }
  }
}
