package org.attache.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes an input's bytes into text, keeping every character but a byte-order mark. Stateless. */
final class TextDecoder {
  /** What a decoding produced. */
  enum Encoding { UTF_8, UTF_8_BOM, UTF_16_BOM }

  /**
   * Decoded text.
   *
   * @param text the characters, byte-order mark removed, line endings untouched
   * @param encoding how the bytes were read
   * @param replaced how many malformed sequences became U+FFFD
   * @param firstBadByte byte offset (in the input, counting a BOM) of the first malformed sequence, or -1
   */
  record Decoded(String text, Encoding encoding, int replaced, long firstBadByte) {}

  private TextDecoder() {}

  /** Whether {@code content} starts with a UTF-16 byte-order mark (and is decoded as UTF-16). */
  static boolean hasUtf16Bom(byte[] content) {
    return content.length >= 2
        && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
            || (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE));
  }

  /**
   * Decodes {@code content}: UTF-16 when it starts with a UTF-16 byte-order mark, otherwise UTF-8,
   * with a UTF-8 byte-order mark dropped. Malformed sequences become U+FFFD, exactly as a decoder in
   * {@link CodingErrorAction#REPLACE} mode would, and are counted.
   */
  static Decoded decode(byte[] content) {
    if (hasUtf16Bom(content)) {
      // The UTF_16 charset reads the BOM, picks the byte order, drops the mark and replaces.
      return new Decoded(decodeUtf16(content), Encoding.UTF_16_BOM, 0, -1);
    }
    int start = content.length >= 3
        && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
    CharBuffer out = CharBuffer.allocate(content.length - start);
    int replaced = 0;
    long firstBad = -1;
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isUnderflow()) {
        break;
      }
      if (r.isOverflow()) {
        out = grow(out);
        continue;
      }
      // Malformed or unmappable: do what REPLACE does, but note where.
      if (firstBad < 0) {
        firstBad = in.position();
      }
      replaced++;
      if (!out.hasRemaining()) {
        out = grow(out);
      }
      out.put('\uFFFD');
      in.position(in.position() + r.length());
    }
    while (decoder.flush(out).isOverflow()) {
      out = grow(out);
    }
    out.flip();
    return new Decoded(out.toString(), start == 3 ? Encoding.UTF_8_BOM : Encoding.UTF_8, replaced, firstBad);
  }

  private static String decodeUtf16(byte[] content) {
    return new String(content, StandardCharsets.UTF_16);
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(Math.max(16, out.capacity() * 2));
    out.flip();
    bigger.put(out);
    return bigger;
  }
}
