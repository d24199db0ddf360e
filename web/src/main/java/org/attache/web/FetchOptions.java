package org.attache.web;

import java.time.Duration;

/**
 * How a {@link Fetcher} behaves. Validated when built: every bad value fails naming it.
 *
 * @param userAgent the {@code User-Agent} header, and the robot name robots.txt rules are matched against
 *     (its first word)
 * @param connectTimeout the longest wait to connect
 * @param timeout the longest a whole request may take, headers and body
 * @param maxBytes the largest body read, in bytes (after un-gzipping); larger ones are refused as too large
 * @param maxRedirects how many redirects one fetch follows
 * @param retries how many times a failed attempt (network error, timeout, HTTP 429 or 5xx) is retried; a
 *     {@code Retry-After} in seconds on 429 or 503 (capped at a minute) delays the next request to that host
 * @param backoffMillis the wait before the first retry; it doubles for each further one
 * @param delayMillis the least time between two requests to the same host (robots.txt Crawl-delay, capped
 *     at 60 s, wins when longer)
 * @param allowPrivate whether private, loopback and link-local addresses may be fetched (off: SSRF guard)
 * @param obeyRobots whether robots.txt is fetched and obeyed
 */
public record FetchOptions(String userAgent, Duration connectTimeout, Duration timeout, long maxBytes, int maxRedirects,
    int retries, long backoffMillis, long delayMillis, boolean allowPrivate, boolean obeyRobots) {
  public static final String DEFAULT_USER_AGENT =
      "AttacheBot/0.1 (Attache news-events reader; obeys robots.txt; GPL-3.0 open source)";

  public FetchOptions {
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    positive("connectTimeout", connectTimeout);
    positive("timeout", timeout);
    if (maxBytes <= 0 || maxBytes > (1L << 30)) {
      throw new IllegalArgumentException("maxBytes " + maxBytes + " must be in 1.." + (1L << 30));
    }
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException("maxRedirects " + maxRedirects + " must be in 0..20");
    }
    if (retries < 0 || retries > 10) {
      throw new IllegalArgumentException("retries " + retries + " must be in 0..10");
    }
    if (backoffMillis < 0 || delayMillis < 0) {
      throw new IllegalArgumentException("backoffMillis " + backoffMillis + " and delayMillis " + delayMillis
          + " must not be negative");
    }
  }

  private static void positive(String name, Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " " + d + " must be positive");
    }
  }

  /** 10 s to connect, 30 s per request, 5 MiB, 5 redirects, 2 retries from 1 s, 1 s between requests to a host, guard on, robots on. */
  public static FetchOptions defaults() {
    return new FetchOptions(DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 5L * 1024 * 1024, 5, 2,
        1000, 1000, false, true);
  }

  public FetchOptions withAllowPrivate(boolean allow) {
    return new FetchOptions(userAgent, connectTimeout, timeout, maxBytes, maxRedirects, retries, backoffMillis, delayMillis,
        allow, obeyRobots);
  }

  public FetchOptions withDelayMillis(long ms) {
    return new FetchOptions(userAgent, connectTimeout, timeout, maxBytes, maxRedirects, retries, backoffMillis, ms,
        allowPrivate, obeyRobots);
  }

  public FetchOptions withTimeout(Duration t) {
    return new FetchOptions(userAgent, connectTimeout, t, maxBytes, maxRedirects, retries, backoffMillis, delayMillis,
        allowPrivate, obeyRobots);
  }

  public FetchOptions withMaxBytes(long max) {
    return new FetchOptions(userAgent, connectTimeout, timeout, max, maxRedirects, retries, backoffMillis, delayMillis,
        allowPrivate, obeyRobots);
  }

  public FetchOptions withRetries(int n, long backoff) {
    return new FetchOptions(userAgent, connectTimeout, timeout, maxBytes, maxRedirects, n, backoff, delayMillis,
        allowPrivate, obeyRobots);
  }

  public FetchOptions withUserAgent(String ua) {
    return new FetchOptions(ua, connectTimeout, timeout, maxBytes, maxRedirects, retries, backoffMillis, delayMillis,
        allowPrivate, obeyRobots);
  }
}
