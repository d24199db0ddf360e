package org.attache.ingest;

import org.jspecify.annotations.Nullable;

/** Tells binary files from text by their first bytes. Stateless. */
final class BinarySniffer {
  /** How many leading bytes the control-character ratio looks at. */
  static final int WINDOW = 8192;

  private record Magic(String name, byte[] bytes) {}

  private static final Magic[] MAGICS = {
    new Magic("PDF signature %PDF-", bytes(0x25, 0x50, 0x44, 0x46, 0x2D)),
    new Magic("PNG signature", bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)),
    new Magic("ELF signature", bytes(0x7F, 0x45, 0x4C, 0x46)),
    new Magic("ZIP signature PK\\3\\4", bytes(0x50, 0x4B, 0x03, 0x04)),
    new Magic("ZIP signature PK\\5\\6 (empty archive)", bytes(0x50, 0x4B, 0x05, 0x06)),
    new Magic("ZIP signature PK\\7\\8 (spanned archive)", bytes(0x50, 0x4B, 0x07, 0x08)),
    new Magic("GIF signature GIF87a", bytes(0x47, 0x49, 0x46, 0x38, 0x37, 0x61)),
    new Magic("GIF signature GIF89a", bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61)),
    new Magic("JPEG signature", bytes(0xFF, 0xD8, 0xFF)),
  };

  private BinarySniffer() {}

  /**
   * What makes {@code content} binary: a known file signature at byte 0, the NUL-byte pattern of UTF-16 without a
   * byte-order mark, a NUL byte, or more than
   * 10% of the first {@value #WINDOW} bytes being control characters other than tab, line feed,
   * carriage return and form feed; null when it looks like text.
   */
  static @Nullable String detect(byte[] content) {
    for (Magic m : MAGICS) {
      if (startsWith(content, m.bytes())) {
        return m.name() + " at byte 0";
      }
    }
    String utf16 = utf16WithoutBom(content);
    if (utf16 != null) {
      return utf16;
    }
    for (int i = 0; i < content.length; i++) {
      if (content[i] == 0) {
        return "NUL byte at byte " + i;
      }
    }
    int window = Math.min(content.length, WINDOW);
    int controls = 0;
    for (int i = 0; i < window; i++) {
      int b = content[i] & 0xFF;
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
        controls++;
      }
    }
    if (controls * 10L > window) {
      return controls + " control characters in the first " + window + " bytes (over 10%)";
    }
    return null;
  }

  /**
   * What makes decoded {@code text} (read with a UTF-16 byte-order mark, so not seen by {@link #detect}) binary: a
   * NUL character, or more than 10% of the first {@value #WINDOW} characters being control characters other than
   * tab, line feed, carriage return and form feed; null when it looks like text.
   */
  static @Nullable String detectText(String text) {
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      return "NUL character at char " + nul + " (of the decoded UTF-16 text)";
    }
    int window = Math.min(text.length(), WINDOW);
    int controls = 0;
    for (int i = 0; i < window; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c < 0xA0)) {
        controls++;
      }
    }
    if (controls * 10L > window) {
      return controls + " control characters in the first " + window + " chars of the decoded UTF-16 text (over 10%)";
    }
    return null;
  }

  /**
   * A description when {@code content} looks like UTF-16 text without a byte-order mark: at least 4 bytes, NUL in
   * at least 40% of the odd (little-endian) or even (big-endian) bytes of the window and in under 5% of the others.
   */
  private static @Nullable String utf16WithoutBom(byte[] content) {
    int window = Math.min(content.length, WINDOW) & ~1;
    if (window < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < window; i += 2) {
      if (content[i] == 0) {
        evenZeros++;
      }
      if (content[i + 1] == 0) {
        oddZeros++;
      }
    }
    int half = window / 2;
    String order = oddZeros * 10L >= half * 4L && evenZeros * 20L < half ? "UTF-16LE"
        : evenZeros * 10L >= half * 4L && oddZeros * 20L < half ? "UTF-16BE" : null;
    return order == null ? null : "looks like " + order + " text without a byte-order mark (NUL in "
        + Math.max(evenZeros, oddZeros) + " of the first " + half + " " + (order.endsWith("LE") ? "odd" : "even")
        + " bytes); save it as UTF-8, or as UTF-16 with a byte-order mark";
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (content[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }
}
