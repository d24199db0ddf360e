package org.attache.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the bytes of a web page into characters. The charset is taken, first match wins, from a
 * byte-order mark, the HTTP {@code Content-Type} header, a {@code <meta charset>} or
 * {@code http-equiv} declaration in the first 4 KiB, or else UTF-8 when the bytes are valid UTF-8 and
 * windows-1252 otherwise. A declared charset that Java does not know, or a declared UTF-8 the bytes
 * break, is reported in {@link Decoded#problem()} and the bytes are decoded as if nothing were declared.
 * Stateless.
 */
final class HtmlDecoder {
  private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\\s;\"']+)");
  private static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([^\\s;\"'/>]+)");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * A decoded page.
   *
   * @param html the characters
   * @param charset the charset used
   * @param from where the charset came from: {@code bom}, {@code header}, {@code meta}, {@code sniffed}
   * @param problem what was wrong with the declared charset, or null
   */
  record Decoded(String html, Charset charset, String from, @Nullable String problem) {}

  private HtmlDecoder() {}

  static Decoded decode(byte[] bytes, @Nullable String contentType) {
    if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom", null);
    }
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_16), StandardCharsets.UTF_16, "bom", null);
    }
    String problem = null;
    String declared = null;
    String from = null;
    if (contentType != null) {
      Matcher m = HEADER_CHARSET.matcher(contentType);
      if (m.find()) {
        declared = m.group(1);
        from = "header";
      }
    }
    if (declared == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        declared = m.group(1);
        from = "meta";
      }
    }
    if (declared != null) {
      Charset cs = charset(declared);
      if (cs == null) {
        problem = "unknown charset '" + declared + "' declared in the " + from + "; decoded by sniffing instead";
      } else if (cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII)) {
        String strict = strictUtf8(bytes);
        if (strict != null) {
          return new Decoded(strict, StandardCharsets.UTF_8, from, null);
        }
        problem = "declared charset '" + declared + "' (" + from + ") does not fit the bytes (invalid UTF-8); decoded as windows-1252";
      } else {
        return new Decoded(new String(bytes, cs), cs, from, null);
      }
    }
    String strict = strictUtf8(bytes);
    if (strict != null) {
      return new Decoded(strict, StandardCharsets.UTF_8, "sniffed", problem);
    }
    return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, "sniffed", problem);
  }

  private static @Nullable Charset charset(String name) {
    try {
      String n = name.toLowerCase(Locale.ROOT);
      // As browsers do (WHATWG Encoding): latin-1 labels mean windows-1252.
      if (n.equals("iso-8859-1") || n.equals("latin1")) {
        return WINDOWS_1252;
      }
      return Charset.forName(name);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static @Nullable String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
