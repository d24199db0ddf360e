package org.attache.server;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: each holds up to {@code 2 × rate} requests and refills at {@code rate} per
 * second. Thread-safe. The table of clients is cleared when it grows past {@value #MAX_CLIENTS} entries, so that a
 * flood of addresses cannot exhaust memory (their buckets start full again).
 */
final class RateLimiter {
  static final int MAX_CLIENTS = 10_000;

  private final double rate;
  private final double capacity;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long last;

    Bucket(double tokens, long last) {
      this.tokens = tokens;
      this.last = last;
    }
  }

  /** @param perSecond requests per second on average, at least 1 */
  RateLimiter(int perSecond) {
    this.rate = perSecond;
    this.capacity = 2.0 * perSecond;
  }

  /** Whether {@code client} may make a request now; takes one token when it may. */
  boolean tryAcquire(String client) {
    long now = System.nanoTime();
    if (buckets.size() > MAX_CLIENTS) {
      buckets.clear();
    }
    Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(capacity, now));
    synchronized (b) {
      b.tokens = Math.min(capacity, b.tokens + (now - b.last) * rate / 1e9);
      b.last = now;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return true;
      }
      return false;
    }
  }
}
