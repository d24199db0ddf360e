package org.attache.server;

/**
 * Where {@link AttacheServer} listens.
 *
 * @param host the address to bind, e.g. {@code 127.0.0.1} (the default: this machine only) or {@code 0.0.0.0}
 * @param port the TCP port, 1..65535, or 0 for a free port chosen by the system
 */
public record ServerConfig(String host, int port) {
  /** The default port of {@code attache serve}. */
  public static final int DEFAULT_PORT = 7070;

  /** The default address: loopback only, so that the store is not exposed to the network by accident. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** @throws IllegalArgumentException naming the field and value when the host is blank or the port out of range */
  public ServerConfig {
    if (host.isBlank()) {
      throw new IllegalArgumentException("server: host '" + host + "' is blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("server: port " + port + " is outside 0..65535");
    }
  }

  /** 127.0.0.1:7070. */
  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT);
  }
}
