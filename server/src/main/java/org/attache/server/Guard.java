package org.attache.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;

/**
 * The checks every request passes before it is answered: the rate limit of its client address, the size of its
 * body, and, when a token is configured, the token. Thread-safe.
 */
final class Guard {
  /** The cookie that carries the token for the UI's own API calls. */
  static final String COOKIE = "attache_token";

  private final ServerConfig config;
  private final RateLimiter limiter;
  private final byte @Nullable [] token;

  Guard(ServerConfig config) {
    this.config = config;
    this.limiter = new RateLimiter(config.requestsPerSecond());
    String t = config.token();
    this.token = t == null ? null : t.getBytes(StandardCharsets.UTF_8);
  }

  /** @throws ApiError when the request is over a limit or lacks the token */
  void check(Context ctx) {
    if (!limiter.tryAcquire(ctx.ip())) {
      ctx.header("Retry-After", "1");
      throw new ApiError(ApiError.Code.RATE_LIMITED, "more than " + config.requestsPerSecond()
          + " requests per second from this address; retry in a second", null, null);
    }
    long length = ctx.contentLength();
    boolean chunked = ctx.header("Transfer-Encoding") != null;
    if (length > config.maxRequestBytes() || (chunked && config.maxRequestBytes() == 0)) {
      throw new ApiError(ApiError.Code.TOO_LARGE, "request body of " + (length < 0 ? "unknown length" : length + " bytes")
          + " is over the limit of " + config.maxRequestBytes() + " bytes", null, null);
    }
    if (token == null) {
      return;
    }
    String path = ctx.path();
    boolean guarded = path.equals("/api") || path.startsWith("/api/") || path.equals("/openapi.json");
    if (guarded) {
      if (!matches(bearer(ctx.header("Authorization"))) && !matches(ctx.cookie(COOKIE))) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"attache\"");
        throw new ApiError(ApiError.Code.UNAUTHORIZED, "this server needs its token: send 'Authorization: Bearer "
            + "TOKEN', or open /?token=TOKEN in the browser", null, null);
      }
      return;
    }
    String given = ctx.queryParam("token");
    if (given != null) {
      if (!matches(given)) {
        throw new ApiError(ApiError.Code.UNAUTHORIZED, "wrong token", "token", null);
      }
      // The token is checked to be cookie-safe by ServerConfig; the cookie stays on this site only.
      ctx.header("Set-Cookie", COOKIE + "=" + given + "; Path=/; HttpOnly; SameSite=Strict");
      // Only to a path of this server: '//host' or a backslash would send the browser elsewhere.
      ctx.redirect(path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : "/",
          HttpStatus.SEE_OTHER);
      ctx.skipRemainingHandlers();
    }
  }

  private static @Nullable String bearer(@Nullable String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return header.substring(7).strip();
  }

  /** Whether {@code given} is the token, compared in time independent of where they differ. */
  private boolean matches(@Nullable String given) {
    return given != null && token != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
  }
}
