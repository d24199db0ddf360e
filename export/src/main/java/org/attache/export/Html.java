package org.attache.export;

/** Escaping for HTML and XML text and attribute values. */
final class Html {
  private Html() {}

  /** {@code s} with {@code & < > " '} escaped, and control characters other than tab and newlines dropped. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
