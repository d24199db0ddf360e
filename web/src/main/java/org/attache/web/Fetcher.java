package org.attache.web;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.attache.model.ArticleIssue;
import org.attache.model.ArticleIssue.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Fetches URLs politely and safely: robots.txt obeyed (cached per host), a least delay between
 * requests to one host, a clear {@code User-Agent}, connect and whole-request timeouts, redirects
 * followed by hand up to a limit, a size cap on the (un-gzipped) body, retries with doubling back-off
 * on network errors, timeouts, HTTP 429 and 5xx, and the SSRF guard: a host that resolves to a
 * private, loopback or link-local address is refused, at every redirect hop, unless
 * {@link FetchOptions#allowPrivate()}.
 *
 * <p>Every failure is a {@link Result} with an issue, never an exception. Thread-safe; requests to
 * one host are spaced even across threads.
 */
public final class Fetcher {
  /**
   * What a fetch gave.
   *
   * @param url the URL asked for
   * @param finalUrl the URL the body came from, after redirects
   * @param status the HTTP status, or 0 when no response came
   * @param contentType the {@code Content-Type} header, or null
   * @param body the body, un-gzipped; empty when {@code issue} is set
   * @param issue why the fetch failed (skipped), or null on success
   */
  public record Result(String url, String finalUrl, int status, @Nullable String contentType, byte[] body,
      @Nullable ArticleIssue issue) {
    static Result failed(String url, String finalUrl, int status, Kind kind, String message) {
      return new Result(url, finalUrl, status, null, new byte[0], new ArticleIssue(url, kind, message, true));
    }
  }

  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "attache-fetch-watchdog");
    t.setDaemon(true);
    return t;
  });
  private static final long MAX_CRAWL_DELAY_MS = 60_000;

  private final FetchOptions options;
  private final HttpClient client;
  private final Map<String, BaseRobotRules> robots = new HashMap<>();
  private final Map<String, Long> nextSlot = new HashMap<>();
  private final String robotName;

  private final Set<String> exempt;

  public Fetcher(FetchOptions options) {
    this(options, Set.of());
  }

  /** For tests: {@code exempt} lists {@code host:port} authorities the SSRF guard lets through. */
  Fetcher(FetchOptions options, Set<String> exempt) {
    this.options = options;
    this.exempt = Set.copyOf(exempt);
    this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(options.connectTimeout()).build();
    this.robotName = options.userAgent().split("[/\\s]")[0].toLowerCase(Locale.ROOT);
  }

  /** Fetches one URL; never throws for a bad URL or a failed fetch. */
  public Result fetch(String url) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      return Result.failed(url, url, 0, Kind.FETCH_FAILED, "not a URL: " + e.getMessage());
    }
    for (int hop = 0; hop <= options.maxRedirects(); hop++) {
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return Result.failed(url, uri.toString(), 0, Kind.REFUSED, "not an http(s) URL with a host: '" + uri + "'"
            + (hop > 0 ? " (redirect " + hop + ")" : ""));
      }
      String guard;
      try {
        guard = guard(uri);
      } catch (UnknownHostException e) {
        return Result.failed(url, uri.toString(), 0, Kind.FETCH_FAILED, "unknown host " + uri.getHost()
            + (hop > 0 ? " (after redirect " + hop + ")" : ""));
      }
      if (guard != null) {
        return Result.failed(url, uri.toString(), 0, Kind.REFUSED, guard + (hop > 0 ? " (after redirect " + hop + ")" : ""));
      }
      if (options.obeyRobots() && !uri.getPath().equals("/robots.txt")) {
        BaseRobotRules rules = robots(uri);
        if (!rules.isAllowed(uri.toString())) {
          return Result.failed(url, uri.toString(), 0, Kind.REFUSED, "robots.txt of " + uri.getHost() + " disallows "
              + uri.getRawPath() + " for " + robotName);
        }
      }
      Result r = attempt(url, uri);
      if (r.status() >= 300 && r.status() < 400 && r.issue() == null) {
        String location = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        try {
          uri = uri.resolve(URI.create(location.strip()));
        } catch (IllegalArgumentException e) {
          return Result.failed(url, uri.toString(), r.status(), Kind.FETCH_FAILED, "bad redirect Location '" + location + "'");
        }
        continue;
      }
      return r;
    }
    return Result.failed(url, uri.toString(), 0, Kind.FETCH_FAILED, "more than " + options.maxRedirects() + " redirects");
  }

  private @Nullable String guard(URI uri) throws UnknownHostException {
    if (options.allowPrivate() || exempt.contains(uri.getRawAuthority())) {
      return null;
    }
    String why = AddressGuard.refusal(uri.getHost().replaceAll("^\\[|\\]$", ""));
    return why == null ? null : "SSRF guard: " + why + " (use --allow-private to fetch it)";
  }

  /** One request with retries; a redirect comes back as a result whose body is the Location. */
  private Result attempt(String url, URI uri) {
    Result last = null;
    for (int i = 0; i <= options.retries(); i++) {
      if (i > 0) {
        sleep(options.backoffMillis() << (i - 1));
      }
      waitForSlot(uri.getHost(), uri);
      // Checked again right before each connection: a wait (crawl delay, back-off) may outlast the JVM's
      // cached DNS answer, and the name may now point inside (DNS rebinding).
      try {
        String guard = guard(uri);
        if (guard != null) {
          return Result.failed(url, uri.toString(), 0, Kind.REFUSED, guard + (i > 0 ? " (before retry " + i + ")" : ""));
        }
      } catch (UnknownHostException e) {
        last = Result.failed(url, uri.toString(), 0, Kind.FETCH_FAILED, "unknown host " + uri.getHost());
        continue;
      }
      last = once(url, uri);
      boolean retry = last.issue() != null && (last.issue().kind() == Kind.TIMEOUT
          || (last.issue().kind() == Kind.FETCH_FAILED && (last.status() == 0 || last.status() == 429 || last.status() >= 500)));
      if (!retry) {
        return last;
      }
    }
    ArticleIssue issue = last.issue();
    return Result.failed(url, uri.toString(), last.status(), issue.kind(), issue.message() + " (after "
        + (options.retries() + 1) + " attempts)");
  }

  private Result once(String url, URI uri) {
    HttpRequest req = HttpRequest.newBuilder(uri).timeout(options.timeout()).header("User-Agent", options.userAgent())
        .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5")
        .header("Accept-Encoding", "gzip").GET().build();
    HttpResponse<InputStream> resp;
    try {
      resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      return Result.failed(url, uri.toString(), 0, Kind.TIMEOUT, "no response within " + options.timeout().toMillis() + " ms");
    } catch (ConnectException e) {
      return Result.failed(url, uri.toString(), 0, Kind.FETCH_FAILED, "cannot connect to " + uri.getHost() + ": " + e);
    } catch (IOException e) {
      return Result.failed(url, uri.toString(), 0, Kind.FETCH_FAILED, "request failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.failed(url, uri.toString(), 0, Kind.FETCH_FAILED, "interrupted");
    }
    int status = resp.statusCode();
    String type = resp.headers().firstValue("Content-Type").orElse(null);
    try (InputStream raw = resp.body()) {
      if (status >= 300 && status < 400) {
        String location = resp.headers().firstValue("Location").orElse(null);
        if (location == null) {
          return Result.failed(url, uri.toString(), status, Kind.FETCH_FAILED, "HTTP " + status + " without a Location");
        }
        return new Result(url, uri.toString(), status, type, location.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
      }
      if (status != 200) {
        if (status == 429 || status == 503) {
          holdOff(uri.getHost(), resp.headers().firstValue("Retry-After").orElse(null));
        }
        return Result.failed(url, uri.toString(), status, Kind.FETCH_FAILED, "HTTP " + status);
      }
      long length = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
      if (length > options.maxBytes()) {
        return Result.failed(url, uri.toString(), status, Kind.TOO_LARGE, "Content-Length " + length
            + " bytes, over the cap of " + options.maxBytes() + " bytes");
      }
      boolean gzip = resp.headers().firstValue("Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("gzip"))
          .orElse(false);
      AtomicBoolean timedOut = new AtomicBoolean();
      ScheduledFuture<?> kill = WATCHDOG.schedule(() -> {
        timedOut.set(true);
        try {
          raw.close();
        } catch (IOException ignored) {
          // closing only to unblock the reader
        }
      }, options.timeout().toMillis(), TimeUnit.MILLISECONDS);
      try {
        InputStream in = gzip ? new GZIPInputStream(raw) : raw;
        byte[] body = in.readNBytes(Math.toIntExact(options.maxBytes() + 1));
        if (body.length > options.maxBytes()) {
          return Result.failed(url, uri.toString(), status, Kind.TOO_LARGE, "body over the cap of " + options.maxBytes()
              + " bytes" + (gzip ? " (after un-gzipping)" : ""));
        }
        return new Result(url, uri.toString(), status, type, body, null);
      } catch (IOException e) {
        if (timedOut.get()) {
          return Result.failed(url, uri.toString(), status, Kind.TIMEOUT, "body not read within "
              + options.timeout().toMillis() + " ms");
        }
        if (gzip && (e instanceof EOFException || e instanceof ZipException)) {
          return Result.failed(url, uri.toString(), status, Kind.FETCH_FAILED, "broken gzip body: "
              + (e instanceof EOFException ? "truncated (unexpected end of the compressed stream)" : e.getMessage()));
        }
        return Result.failed(url, uri.toString(), status, Kind.FETCH_FAILED, "reading the body failed: " + e);
      } finally {
        kill.cancel(false);
      }
    } catch (IOException e) {
      return Result.failed(url, uri.toString(), status, Kind.FETCH_FAILED, "reading the body failed: " + e);
    }
  }

  private BaseRobotRules robots(URI uri) {
    String key = uri.getScheme() + "://" + uri.getRawAuthority();
    synchronized (robots) {
      BaseRobotRules cached = robots.get(key);
      if (cached != null) {
        return cached;
      }
    }
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser(MAX_CRAWL_DELAY_MS, 10_000);
    String robotsUrl = key + "/robots.txt";
    Result r = fetch(robotsUrl);
    BaseRobotRules rules;
    if (r.issue() == null) {
      rules = parser.parseContent(robotsUrl, r.body(), r.contentType() == null ? "text/plain" : r.contentType(),
          List.of(robotName));
    } else {
      // RFC 9309: a missing robots.txt (4xx) allows all, an unreachable one (5xx, network) disallows all.
      rules = parser.failedFetch(r.status() >= 400 && r.status() < 500 ? r.status() : 503);
    }
    synchronized (robots) {
      robots.put(key, rules);
    }
    return rules;
  }

  /** Honours a {@code Retry-After} of some seconds (capped at a minute): no request to the host before then. */
  private void holdOff(String host, @Nullable String retryAfter) {
    if (retryAfter == null || !retryAfter.strip().matches("\\d{1,6}")) {
      return;
    }
    long ms = Math.min(MAX_CRAWL_DELAY_MS, Long.parseLong(retryAfter.strip()) * 1000);
    synchronized (nextSlot) {
      long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
      nextSlot.merge(host, until, Math::max);
    }
  }

  private void waitForSlot(String host, URI uri) {
    long delay = options.delayMillis();
    if (options.obeyRobots()) {
      BaseRobotRules rules;
      synchronized (robots) {
        rules = robots.get(uri.getScheme() + "://" + uri.getRawAuthority());
      }
      if (rules != null && rules.getCrawlDelay() > 0) {
        delay = Math.max(delay, Math.min(MAX_CRAWL_DELAY_MS, rules.getCrawlDelay()));
      }
    }
    long wait;
    synchronized (nextSlot) {
      long now = System.nanoTime();
      long slot = Math.max(now, nextSlot.getOrDefault(host, now));
      nextSlot.put(host, slot + TimeUnit.MILLISECONDS.toNanos(delay));
      wait = slot - now;
    }
    sleep(TimeUnit.NANOSECONDS.toMillis(wait));
  }

  private static void sleep(long ms) {
    if (ms <= 0) {
      return;
    }
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
