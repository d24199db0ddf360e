package org.attache.server;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 written byte for byte on a socket, so that request lines reach the server exactly as given (no client
 * normalising {@code ..} or re-encoding {@code %2e}).
 */
final class RawHttp {
  /**
   * An answer.
   *
   * @param status the status code, or -1 when the server closed the connection without a status line
   * @param head the status line and headers
   * @param body the body, decoded as UTF-8
   * @param bodyBytes the body's bytes
   */
  record Answer(int status, String head, String body, byte[] bodyBytes) {
    /** The value of a header (case-insensitive name), or null. */
    String header(String name) {
      Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\s*$").matcher(head);
      return m.find() ? m.group(1) : null;
    }

    @Override
    public String toString() {
      return head + "\n" + (body.length() > 500 ? body.substring(0, 500) + "..." : body);
    }
  }

  private RawHttp() {}

  /** Sends {@code request} (a whole request, with {@code \r\n} line ends) to localhost:{@code port}; reads the answer. */
  static Answer send(int port, byte[] request) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException e) {
        // The server may close early on a request it refuses; read what it said.
      }
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) > 0; ) {
          all.write(buf, 0, n);
        }
      } catch (IOException e) {
        // connection reset after the answer
      }
      byte[] bytes = all.toByteArray();
      String text = new String(bytes, ISO_8859_1);
      int split = text.indexOf("\r\n\r\n");
      String head = split < 0 ? text : text.substring(0, split);
      byte[] body = split < 0 ? new byte[0] : java.util.Arrays.copyOfRange(bytes, split + 4, bytes.length);
      Matcher m = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(head);
      int status = m.find() ? Integer.parseInt(m.group(1)) : -1;
      if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
        body = dechunk(body);
      }
      return new Answer(status, head, new String(body, UTF_8), body);
    }
  }

  /** A GET of {@code target} (sent as is) with {@code extraHeaders} (each ending in CRLF). */
  static Answer get(int port, String target, String extraHeaders) throws IOException {
    return send(port, ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n" + extraHeaders
        + "Connection: close\r\n\r\n").getBytes(UTF_8));
  }

  private static byte[] dechunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < body.length) {
      int eol = indexOf(body, i);
      if (eol < 0) {
        break;
      }
      String size = new String(body, i, eol - i, ISO_8859_1).split(";")[0].strip();
      int n;
      try {
        n = Integer.parseInt(size, 16);
      } catch (NumberFormatException e) {
        break;
      }
      if (n == 0) {
        break;
      }
      out.write(body, eol + 2, Math.min(n, body.length - eol - 2));
      i = eol + 2 + n + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] b, int from) {
    for (int i = from; i + 1 < b.length; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
