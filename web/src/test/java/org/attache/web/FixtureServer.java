package org.attache.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;

/** A real HTTP server on loopback, port 0, serving fixtures registered per path. */
final class FixtureServer implements AutoCloseable {
  /** One route's answer. */
  record Route(int status, String contentType, byte[] body, Map<String, String> headers, boolean gzip, boolean truncate,
      long delayMillis) {
    static Route html(byte[] body) {
      return new Route(200, "text/html", body, Map.of(), false, false, 0);
    }

    Route gzipped() {
      return new Route(status, contentType, body, headers, true, truncate, delayMillis);
    }

    Route truncated() {
      return new Route(status, contentType, body, headers, true, true, delayMillis);
    }

    Route delayed(long ms) {
      return new Route(status, contentType, body, headers, gzip, truncate, ms);
    }

    Route type(String ct) {
      return new Route(status, ct, body, headers, gzip, truncate, delayMillis);
    }
  }

  private final HttpServer server;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();

  FixtureServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  FixtureServer route(String path, Route r) {
    routes.put(path, r);
    return this;
  }

  FixtureServer page(String path, String resource) {
    return route(path, Route.html(resource(resource)));
  }

  FixtureServer redirect(String path, String location) {
    return route(path, new Route(302, "text/html", new byte[0], Map.of("Location", location), false, false, 0));
  }

  static byte[] resource(String name) {
    try (InputStream in = FixtureServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
    requests.add(path);
    Route r = routes.get(path);
    if (r == null) {
      ex.sendResponseHeaders(404, -1);
      ex.close();
      return;
    }
    try {
      if (r.delayMillis() > 0) {
        Thread.sleep(r.delayMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ex.getResponseHeaders().set("Content-Type", r.contentType());
    r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    byte[] body = r.body();
    if (r.gzip()) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(b)) {
        g.write(body);
      }
      body = b.toByteArray();
      if (r.truncate()) {
        body = java.util.Arrays.copyOf(body, body.length / 2);
      }
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    ex.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      } catch (IOException e) {
        // the client gave up (timeout, size cap)
      }
    }
    ex.close();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
