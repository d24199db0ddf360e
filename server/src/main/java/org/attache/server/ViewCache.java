package org.attache.server;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.attache.merge.View;
import org.attache.model.CanonicalEvent;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * The canonical view of the store as the API answers from it: built on a thread of its own when the server starts,
 * and again whenever the store has changed (another process may be ingesting into it), while requests go on being
 * answered from the last view built. Building the view of a million events takes tens of seconds; no request waits
 * for that. A request made before the first view is ready waits up to {@link #FIRST_WAIT} for it, then is answered
 * 503 with a Retry-After; one made while a newer view is being built waits for it only when the last build was quick
 * (a small store: its answers then reflect every change at once), else it is answered at once from the last view,
 * which says when it was built and from what.
 *
 * <p>A change is noticed through {@link Store#changeCount()}, which costs no table read; then the builder compares
 * the store's counts and corrections with those of the last view and rebuilds only when they differ.
 *
 * <p>Thread-safe. Close it to stop the builder (a build under way finishes or fails on its own).
 */
final class ViewCache implements AutoCloseable {
  /** How long a request waits for the first view before it is answered 503. */
  static final Duration FIRST_WAIT = Duration.ofSeconds(5);

  /** A build quicker than this is waited for by requests that find the store changed. */
  static final Duration QUICK = Duration.ofSeconds(1);

  /** What the store held when a view was built: a view is rebuilt when this differs. */
  record Key(Store.Stats stats, int corrections, int aliases) {}

  /**
   * A view with what it reflects.
   *
   * @param key what the store held when its build began
   * @param builtAt when the build ended
   * @param took how long the build took
   * @param byId its events by id
   */
  record Built(View view, Key key, Instant builtAt, Duration took, Map<String, CanonicalEvent> byId) {}

  /** The state of the view for {@code /api/health}. */
  record State(@Nullable Built built, boolean building, boolean stale, @Nullable String failure) {}

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ViewCache.class);

  private final Store store;
  private final Function<Store, View> build;
  private final Duration firstWait;
  private final Duration quick;
  private final Object lock = new Object();
  private final Thread builder;

  // Guarded by lock.
  /** Incremented for each change noticed; a build serves the generation current when it began. */
  private long requested = 1;
  /** The generation of the last build ended (or found needless). */
  private long finished;
  private boolean building;
  private long seenChange;
  private @Nullable Built current;
  private @Nullable String failure;
  private boolean closed;

  /** Builds with {@code build}, waiting {@link #FIRST_WAIT} for the first view and for builds quicker than {@link #QUICK}. */
  ViewCache(Store store, Function<Store, View> build) {
    this(store, build, FIRST_WAIT, QUICK);
  }

  /**
   * @param build builds the view of a store (the canonical view, {@code Canon.build}; tests give slower ones)
   * @param firstWait how long a request waits for the first view
   * @param quick a build quicker than this is waited for (twice as long at most) by requests that find the store changed
   */
  ViewCache(Store store, Function<Store, View> build, Duration firstWait, Duration quick) {
    this.store = store;
    this.build = build;
    this.firstWait = firstWait;
    this.quick = quick;
    this.seenChange = store.changeCount();
    this.builder = new Thread(this::run, "attache-canonical-view");
    builder.setDaemon(true);
  }

  /** Starts building the first view. */
  ViewCache start() {
    builder.start();
    return this;
  }

  /**
   * The view to answer from, noticing first whether the store changed (see the class comment).
   *
   * @throws ApiError {@code not_ready} (503) when no view has been built yet, or the last build failed
   */
  Built view() {
    Built b = viewIfReady(firstWait);
    if (b != null) {
      return b;
    }
    synchronized (lock) {
      if (failure != null && !building) {
        throw new ApiError(ApiError.Code.NOT_READY, "the canonical view could not be built (" + failure + "); it is"
            + " built again when the store changes; the server's log has the details", null, null);
      }
    }
    throw new ApiError(ApiError.Code.NOT_READY, "the canonical view of the store is being built (a minute or so"
        + " for a million events); try again shortly. Per-article answers (view=article) need no canonical view",
        null, null);
  }

  /** The view to answer from, or null when none is ready; waits up to {@code firstWait} for the first. */
  @Nullable Built viewIfReady() {
    return viewIfReady(Duration.ZERO);
  }

  private @Nullable Built viewIfReady(Duration firstWait) {
    long change = store.changeCount();
    synchronized (lock) {
      if (change != seenChange) {
        seenChange = change;
        requested++;
        lock.notifyAll();
      }
      long target = requested;
      Built b = current;
      Duration wait = b == null ? firstWait : finished >= target ? Duration.ZERO
          : b.took().compareTo(quick) < 0 ? quick.multipliedBy(2) : Duration.ZERO;
      long deadline = System.nanoTime() + wait.toNanos();
      try {
        for (long left = wait.toNanos(); finished < target && left > 0 && !closed; left = deadline - System.nanoTime()) {
          lock.wait(Math.max(1, left / 1_000_000));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return current;
    }
  }

  /** Waits up to {@code timeout} for the first build to end (built or failed); then where the view stands. */
  State awaitFirst(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      for (long left = timeout.toNanos(); finished < 1 && left > 0 && !closed; left = deadline - System.nanoTime()) {
        lock.wait(Math.max(1, left / 1_000_000));
      }
      return state();
    }
  }

  /** Where the view stands, without waiting or noticing changes. */
  State state() {
    synchronized (lock) {
      return new State(current, building, finished < requested, failure);
    }
  }

  private void run() {
    while (true) {
      long generation;
      Built last;
      synchronized (lock) {
        try {
          while (finished >= requested && !closed) {
            lock.wait();
          }
        } catch (InterruptedException e) {
          return;
        }
        if (closed) {
          return;
        }
        generation = requested;
        last = current;
        building = true;
      }
      Built built = null;
      String failed = null;
      try {
        Key key = key();
        if (last != null && last.key().equals(key)) {
          built = last; // a change that leaves the view as it was (a search index's log, another reader)
        } else {
          long start = System.nanoTime();
          View v = build.apply(store);
          Map<String, CanonicalEvent> byId = new HashMap<>(v.events().size() * 4 / 3 + 1);
          v.events().forEach(e -> byId.put(e.id(), e));
          built = new Built(v, key, Instant.now(), Duration.ofNanos(System.nanoTime() - start), byId);
          LOG.info("canonical view built in {} ms: {} canonical events from {} articles", built.took().toMillis(),
              v.events().size(), key.stats().articles());
        }
      } catch (RuntimeException | OutOfMemoryError e) {
        failed = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        LOG.error("cannot build the canonical view", e);
      }
      synchronized (lock) {
        building = false;
        finished = generation;
        if (built != null) {
          current = built;
          failure = null;
        } else {
          failure = failed;
        }
        lock.notifyAll();
      }
    }
  }

  private Key key() {
    return new Key(store.stats(), store.corrections().size(), store.canonicalAliases().size());
  }

  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
  }
}
