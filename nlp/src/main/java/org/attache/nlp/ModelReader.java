package org.attache.nlp;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads CoreNLP's text model format for the neural dependency parser: {@code key=value} header lines, then
 * whitespace-separated words, decimal numbers and integers. Faster than splitting lines into strings: numbers
 * are parsed from the bytes. Not thread-safe.
 */
final class ModelReader implements Closeable {
  private final InputStream in;
  private final String name;
  private final byte[] buffer = new byte[1 << 16];
  private int length;
  private int at;
  private long line = 1;

  ModelReader(InputStream in, String name) {
    this.in = in;
    this.name = name;
  }

  /** Reads a header line {@code key=value} and returns the value. */
  int header(String key) throws IOException {
    String l = line();
    if (!l.startsWith(key + "=")) {
      throw error("expected '" + key + "=…', found '" + l + "'");
    }
    try {
      return Integer.parseInt(l.substring(key.length() + 1).strip());
    } catch (NumberFormatException e) {
      throw error("'" + l + "' is not " + key + "=<integer>");
    }
  }

  /** The next word (up to a space or the end of the line). */
  String word() throws IOException {
    skipSpace();
    byte[] word = new byte[64];
    int n = 0;
    while (true) {
      int b = peek();
      if (b < 0 || b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        break;
      }
      if (n == word.length) {
        word = java.util.Arrays.copyOf(word, n * 2);
      }
      word[n++] = (byte) b;
      at++;
    }
    if (n == 0) {
      throw error("expected a word");
    }
    return new String(word, 0, n, StandardCharsets.UTF_8);
  }

  /** Reads {@code n} decimal numbers into {@code into} from {@code offset}. */
  void floats(float[] into, int offset, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      into[offset + i] = number();
    }
  }

  /** The next integer. */
  int integer() throws IOException {
    skipSpace();
    boolean negative = false;
    if (peek() == '-') {
      negative = true;
      at++;
    }
    int v = 0;
    int digits = 0;
    int b;
    while ((b = peek()) >= '0' && b <= '9') {
      v = v * 10 + (b - '0');
      at++;
      digits++;
    }
    if (digits == 0) {
      throw error("expected an integer");
    }
    return negative ? -v : v;
  }

  /**
   * The next decimal number, as {@link Float#parseFloat} would read it: plain decimals ({@code -0.0291}) are
   * parsed here, anything else (exponents, NaN) by {@link Float#parseFloat}.
   */
  private float number() throws IOException {
    skipSpace();
    StringBuilder text = new StringBuilder(12);
    long mantissa = 0;
    int scale = 0;
    int digits = 0;
    boolean negative = false;
    boolean point = false;
    boolean plain = true;
    int b;
    while ((b = peek()) >= 0 && b != ' ' && b != '\n' && b != '\r' && b != '\t') {
      text.append((char) b);
      at++;
      if (b == '-' && text.length() == 1) {
        negative = true;
      } else if (b >= '0' && b <= '9') {
        if (digits < 17) {
          mantissa = mantissa * 10 + (b - '0');
          digits++;
          if (point) {
            scale++;
          }
        } else {
          plain = false;
        }
      } else if (b == '.' && !point) {
        point = true;
      } else {
        plain = false;
      }
    }
    if (text.isEmpty()) {
      throw error("expected a number");
    }
    if (plain && digits > 0 && scale <= 10) {
      // An exact decimal rounded once to float: the same float Float.parseFloat gives.
      return (float) (negative ? -exact(mantissa, scale) : exact(mantissa, scale));
    }
    try {
      return Float.parseFloat(text.toString());
    } catch (NumberFormatException e) {
      throw error("'" + text + "' is not a number");
    }
  }

  private static final double[] POWERS = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10};

  /** mantissa / 10^scale correctly rounded to double (both exact in double), which rounds to the right float. */
  private static double exact(long mantissa, int scale) {
    return mantissa / POWERS[scale];
  }

  private String line() throws IOException {
    StringBuilder sb = new StringBuilder();
    int b;
    while ((b = peek()) >= 0 && b != '\n') {
      sb.append((char) b);
      at++;
    }
    if (b == '\n') {
      at++;
      line++;
    }
    return sb.toString();
  }

  private void skipSpace() throws IOException {
    int b;
    while ((b = peek()) == ' ' || b == '\n' || b == '\r' || b == '\t') {
      if (b == '\n') {
        line++;
      }
      at++;
    }
  }

  private int peek() throws IOException {
    if (at == length) {
      length = in.read(buffer, 0, buffer.length);
      at = 0;
      if (length <= 0) {
        length = 0;
        return -1;
      }
    }
    return buffer[at] & 0xff;
  }

  private IOException error(String message) {
    return new IOException(name + " line " + line + ": " + message);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
