package org.attache.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.jspecify.annotations.Nullable;

/**
 * Where {@link AttacheServer} listens and whom it answers.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1} (the default: this machine only) or {@code 0.0.0.0}; an
 *     address other than loopback needs a {@code token}
 * @param port the TCP port, 1..65535, or 0 for a free port chosen by the system
 * @param token the secret every API call must carry ({@code Authorization: Bearer TOKEN}), at least
 *     {@value #MIN_TOKEN_LENGTH} characters of letters, digits and {@code ._~+/=-}; null for none (loopback only)
 * @param requestsPerSecond how many requests one client address may make per second on average (twice as many in a
 *     burst), 1..1,000,000; more are answered 429
 * @param maxRequestBytes the largest request body accepted, in bytes, 0..{@value #MAX_MAX_REQUEST_BYTES}; the API
 *     takes no bodies, so larger ones are answered 413
 */
public record ServerConfig(String host, int port, @Nullable String token, int requestsPerSecond, long maxRequestBytes) {
  /** The default port of {@code attache serve}. */
  public static final int DEFAULT_PORT = 7070;

  /** The default address: loopback only, so that the store is not exposed to the network by accident. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The shortest token accepted. */
  public static final int MIN_TOKEN_LENGTH = 16;

  /** The default {@link #requestsPerSecond}: ample for the UI, which asks a handful of routes per page. */
  public static final int DEFAULT_REQUESTS_PER_SECOND = 100;

  /** The default {@link #maxRequestBytes}: 16 KiB. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 16 * 1024;

  /** The largest {@link #maxRequestBytes} allowed: 1 MiB. */
  public static final long MAX_MAX_REQUEST_BYTES = 1024 * 1024;

  /**
   * @throws IllegalArgumentException naming the field and value when the host is blank, the port out of range, the
   *     token short or holding whitespace, a limit out of range, or the host not loopback while there is no token
   */
  public ServerConfig {
    if (host.isBlank()) {
      throw new IllegalArgumentException("server: host '" + host + "' is blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("server: port " + port + " is outside 0..65535");
    }
    if (token != null && (token.length() < MIN_TOKEN_LENGTH || !token.matches("[A-Za-z0-9._~+/=-]+"))) {
      throw new IllegalArgumentException("server: token of " + token.length() + " characters must have at least "
          + MIN_TOKEN_LENGTH + ", all letters, digits or ._~+/=-");
    }
    if (requestsPerSecond < 1 || requestsPerSecond > 1_000_000) {
      throw new IllegalArgumentException("server: requests per second " + requestsPerSecond + " is outside 1..1000000");
    }
    if (maxRequestBytes < 0 || maxRequestBytes > MAX_MAX_REQUEST_BYTES) {
      throw new IllegalArgumentException("server: max request bytes " + maxRequestBytes + " is outside 0.."
          + MAX_MAX_REQUEST_BYTES);
    }
    if (token == null && !isLoopback(host)) {
      throw new IllegalArgumentException("server: host '" + host + "' is not a loopback address; serving the store to"
          + " the network needs a token (--token or --token-file) that every API call must carry");
    }
  }

  /** Listens on {@code host}:{@code port} with no token and the default limits. */
  public ServerConfig(String host, int port) {
    this(host, port, null, DEFAULT_REQUESTS_PER_SECOND, DEFAULT_MAX_REQUEST_BYTES);
  }

  /** 127.0.0.1:7070. */
  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT);
  }

  /** This configuration with {@code token} (null for none). */
  public ServerConfig withToken(@Nullable String token) {
    return new ServerConfig(host, port, token, requestsPerSecond, maxRequestBytes);
  }

  /** This configuration with other limits. */
  public ServerConfig withLimits(int requestsPerSecond, long maxRequestBytes) {
    return new ServerConfig(host, port, token, requestsPerSecond, maxRequestBytes);
  }

  /** Whether {@code host} names only this machine: a loopback literal, or a name all of whose addresses are loopback. */
  static boolean isLoopback(String host) {
    try {
      InetAddress[] all = InetAddress.getAllByName(host);
      for (InetAddress a : all) {
        if (!a.isLoopbackAddress()) {
          return false;
        }
      }
      return all.length > 0;
    } catch (UnknownHostException | SecurityException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "ServerConfig[host=" + host + ", port=" + port + ", token=" + (token == null ? "none" : "(secret)")
        + ", requestsPerSecond=" + requestsPerSecond + ", maxRequestBytes=" + maxRequestBytes + "]";
  }
}
