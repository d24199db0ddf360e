package org.attache.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.canon.Canon;
import org.attache.geo.Gazetteer;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * The web server of the analyst's desk: the JSON API under {@code /api}, its OpenAPI description at
 * {@code /openapi.json}, and the UI (bundled into the jar at build time) at {@code /}.
 *
 * <p>Errors are JSON: {@code {"error": {"code", "message", "parameter", "value"}}}, with the stable codes
 * {@code bad_parameter} and {@code unknown_parameter} (400), {@code unauthorized} (401), {@code not_found} (404),
 * {@code too_large} (413), {@code rate_limited} (429), {@code not_ready} (503, with a Retry-After: the canonical
 * view is still being built, see below) and {@code internal} (500); a 500 names an incident logged
 * by the server and never carries a stack trace or the cause's message.
 *
 * <p>Security (see {@link ServerConfig}): loopback only unless a token is set; with a token, {@code /api/} and
 * {@code /openapi.json} need it ({@code Authorization: Bearer} or the cookie that {@code /?token=TOKEN} sets for the
 * UI); no CORS headers, so browsers keep other sites' pages from reading answers; requests per client address and
 * request bodies are limited.
 *
 * <p>The server only reads the store, which may be shared with other processes. It answers requests on Jetty's
 * threads; the store is thread-safe. The canonical view (events merged across articles) is built on a thread of its
 * own when the server starts and again whenever the store changes, while requests are answered from the last one
 * built (see {@link ViewCache}): before the first is ready, routes that need it wait a few seconds, then answer 503;
 * {@code /api/health} tells where it stands, and answers from it say when it was built ({@code canonicalView}).
 * Close the server to stop; it does not close the store.
 */
public final class AttacheServer implements AutoCloseable {
  /** Where the built UI lies on the class path. */
  static final String UI = "/org/attache/server/ui";

  /** No script but our own, no framing, nothing fetched from elsewhere: the UI works offline and text stays text. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
      + " connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

  /** A request attribute set when an error has been answered already, so that the 404 fallback leaves it alone. */
  private static final String ANSWERED = "attache.answered";

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AttacheServer.class);
  private static final java.security.SecureRandom INCIDENTS = new java.security.SecureRandom();

  /** What a 503 {@code not_ready} tells the client to wait before trying again. */
  static final java.time.Duration RETRY_AFTER = java.time.Duration.ofSeconds(10);

  private final Javalin app;
  private final String host;
  private final ViewCache canonical;

  private AttacheServer(Javalin app, String host, ViewCache canonical) {
    this.app = app;
    this.host = host;
    this.canonical = canonical;
  }

  /**
   * Starts serving {@code store} as {@code config} says.
   *
   * @throws IllegalArgumentException naming the address when it cannot be bound (in use, not an address of this machine)
   */
  public static AttacheServer start(ServerConfig config, Store store, Gazetteer gazetteer) {
    org.attache.merge.Places places = Canon.places(gazetteer);
    return start(config, store, gazetteer, new ViewCache(store, s -> Canon.build(s, places)));
  }

  /** {@link #start(ServerConfig, Store, Gazetteer)} with a canonical view kept by {@code canonical} (for tests). */
  static AttacheServer start(ServerConfig config, Store store, Gazetteer gazetteer, ViewCache canonical) {
    canonical.start();
    try {
      return serve(config, store, gazetteer, canonical);
    } catch (RuntimeException e) {
      canonical.close();
      throw e;
    }
  }

  private static AttacheServer serve(ServerConfig config, Store store, Gazetteer gazetteer, ViewCache canonical) {
    ObjectMapper json = new ObjectMapper();
    Api api = new Api(store, new Views(gazetteer), canonical);
    Guard guard = new Guard(config);
    byte[] openapi = resource("/org/attache/server/openapi.json");
    Javalin app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.jetty.host = config.host();
      cfg.jetty.port = config.port();
      cfg.staticFiles.add(UI, Location.CLASSPATH);
      cfg.http.maxRequestSize = Math.max(1, config.maxRequestBytes());
      cfg.routes.before(ctx -> {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        guard.check(ctx);
      });
      for (Api.Route r : api.routes()) {
        cfg.routes.get(r.path(), ctx -> {
          Object body = r.handler().handle(Params.of(ctx, r.params()), ctx.pathParamMap());
          send(ctx, json, 200, body);
        });
      }
      cfg.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
      cfg.routes.exception(ApiError.class, (e, ctx) -> {
        ctx.attribute(ANSWERED, true);
        if (e.code == ApiError.Code.NOT_READY) {
          ctx.header("Retry-After", Long.toString(RETRY_AFTER.toSeconds()));
        }
        send(ctx, json, e.code.status, error(e));
      });
      cfg.routes.exception(Exception.class, (e, ctx) -> {
        // The cause stays in the server's log: messages of the database or the JVM may name files and internals.
        String incident = Long.toHexString(INCIDENTS.nextLong() & 0xFFFFFFFFFFFFL);
        LOG.error("internal error {} answering {} {}", incident, ctx.method(), ctx.path(), e);
        ctx.attribute(ANSWERED, true);
        send(ctx, json, 500, error(new ApiError(ApiError.Code.INTERNAL, "internal error (incident " + incident
            + "); the server's log has the details", null, null)));
      });
      cfg.routes.error(404, ctx -> {
        if (ctx.attribute(ANSWERED) == null && (ctx.path().startsWith("/api/") || ctx.path().equals("/api"))) {
          send(ctx, json, 404, error(new ApiError(ApiError.Code.NOT_FOUND, "no API route " + ctx.method() + " "
              + ctx.path() + "; see /openapi.json", "path", ctx.path())));
        }
      });
    });
    try {
      app.start();
    } catch (RuntimeException e) {
      app.stop();
      throw new IllegalArgumentException("cannot serve on " + config.host() + ":" + config.port() + ": "
          + rootMessage(e), e);
    }
    return new AttacheServer(app, config.host(), canonical);
  }

  /**
   * Waits up to {@code timeout} for the first canonical view, which is built in the background from the start, and
   * tells how that went: how many canonical events from how many articles, built in how long, or why the build failed.
   * Empty when it is still being built.
   */
  public java.util.Optional<String> awaitCanonicalView(java.time.Duration timeout) throws InterruptedException {
    ViewCache.State state = canonical.awaitFirst(timeout);
    ViewCache.Built b = state.built();
    if (b != null) {
      return java.util.Optional.of(String.format(java.util.Locale.ROOT,
          "canonical view ready: %d canonical event(s) from %d article(s), built in %.1f s", b.view().events().size(),
          b.key().stats().articles(), b.took().toMillis() / 1000.0));
    }
    return state.failure() == null ? java.util.Optional.empty()
        : java.util.Optional.of("the canonical view could not be built: " + state.failure());
  }

  /** The port it listens on (the one chosen when the configuration said 0). */
  public int port() {
    return app.port();
  }

  /** The address of the UI, e.g. {@code http://127.0.0.1:7070/}. */
  public URI uri() {
    String shown = host.equals("0.0.0.0") ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + shown + ":" + port() + "/");
  }

  @Override
  public void close() {
    canonical.close();
    app.stop();
  }

  private static void send(Context ctx, ObjectMapper json, int status, Object body) {
    try {
      ctx.status(status).contentType("application/json").result(json.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write JSON for " + ctx.path(), e);
    }
  }

  private static Map<String, Object> error(ApiError e) {
    Map<String, @Nullable Object> inner = new LinkedHashMap<>();
    inner.put("code", e.code.label());
    inner.put("message", e.getMessage());
    inner.put("parameter", e.parameter);
    inner.put("value", e.value);
    return Map.of("error", inner);
  }

  static byte[] resource(String name) {
    try (InputStream in = AttacheServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path; build the server module with Maven");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  /** For tests: the routes of the API, as registered. */
  static List<String> apiPaths(Store store, Gazetteer gazetteer) {
    return new Api(store, new Views(gazetteer)).routes().stream().map(Api.Route::path).toList();
  }
}
