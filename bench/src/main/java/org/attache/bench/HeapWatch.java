package org.attache.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The peak of used heap over a stretch of work, sampled every few milliseconds and from the pools' own peaks. */
final class HeapWatch implements AutoCloseable {
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile long peak;

  HeapWatch() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    sampler = Thread.ofPlatform().daemon().name("attache-heap-watch").start(() -> {
      while (running) {
        peak = Math.max(peak, used());
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
  }

  /** The heap in use now, in bytes. */
  static long used() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** The heap still in use after a full collection, in bytes: the live set. */
  static long liveAfterGc() {
    System.gc();
    return used();
  }

  /** The highest used heap sampled so far, in bytes. */
  long peak() {
    return Math.max(peak, used());
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
