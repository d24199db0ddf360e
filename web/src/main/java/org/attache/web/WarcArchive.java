package org.attache.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.attache.model.ArticleIssue;
import org.attache.model.ArticleIssue.Kind;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML response records of a WARC file (plain or gzipped, per record or whole) with jwarc.
 * A record whose HTTP message cannot be parsed is reported and skipped; a record whose WARC header
 * cannot be parsed is reported and reading resumes at the next record found after it. Stateless.
 */
final class WarcArchive {
  /** Hears the HTML captures and the problems of one file. */
  interface Visitor {
    void capture(String targetUri, Instant date, @Nullable String contentType, byte[] body, long offset);

    void problem(ArticleIssue issue);
  }

  private WarcArchive() {}

  static void read(Path file, long maxBytes, Visitor visitor) {
    long start = 0;
    while (start >= 0) {
      start = readFrom(file, start, maxBytes, visitor);
    }
  }

  /** Reads records from {@code offset}; returns where to resume after a broken header, or -1 at the end. */
  private static long readFrom(Path file, long offset, long maxBytes, Visitor visitor) {
    try (InputStream raw = java.nio.file.Files.newInputStream(file)) {
      raw.skipNBytes(offset);
      // A stream channel, not the FileChannel: jwarc reads a FileChannel from its start whatever its position.
      WarcReader reader = new WarcReader(Channels.newChannel(raw));
      reader.setLenient(true);
      boolean gzip = reader.compression() == WarcCompression.GZIP;
      long lastStart = -1;
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          // The broken record starts after the last good one (jwarc's position is that record's start).
          long broken = lastStart < 0 ? offset : resync(file, lastStart + 1, gzip);
          visitor.problem(new ArticleIssue(file + " at byte " + Math.max(broken, offset), Kind.MALFORMED,
              "malformed WARC record: " + message(e) + "; skipped to the next record", true));
          return broken < 0 ? -1 : resync(file, broken + 1, gzip);
        }
        if (next.isEmpty()) {
          return -1;
        }
        long pos = offset + reader.position();
        lastStart = pos;
        if (!(next.get() instanceof WarcResponse resp)) {
          continue;
        }
        String target;
        try {
          target = resp.target();
        } catch (RuntimeException e) {
          // e.g. two WARC-Target-URI headers (found by WarcFuzzTest)
          visitor.problem(new ArticleIssue(file + " at byte " + pos, Kind.MALFORMED, "WARC record in " + file + " at byte "
              + pos + ": bad WARC-Target-URI: " + message(e), true));
          continue;
        }
        try {
          if (!resp.contentType().base().toString().equals("application/http")) {
            continue;
          }
          HttpResponse http = resp.http();
          String type = http.headers().first("Content-Type").orElse(null);
          if (http.status() != 200 || type == null || !type.toLowerCase(Locale.ROOT).contains("html")) {
            continue;
          }
          byte[] body;
          try (InputStream in = Channels.newInputStream(http.bodyDecoded())) {
            body = in.readNBytes(Math.toIntExact(maxBytes + 1));
          }
          if (body.length > maxBytes) {
            visitor.problem(new ArticleIssue(target, Kind.TOO_LARGE, "WARC record in " + file + " at byte " + pos
                + ": body over the cap of " + maxBytes + " bytes", true));
            continue;
          }
          visitor.capture(target, resp.date(), type, body, pos);
        } catch (IOException | RuntimeException e) {
          visitor.problem(new ArticleIssue(target, Kind.MALFORMED, "WARC record in " + file + " at byte " + pos
              + ": cannot parse its HTTP response: " + message(e), true));
        }
      }
    } catch (IOException e) {
      visitor.problem(new ArticleIssue(file.toString(), Kind.UNREADABLE, "cannot read the WARC file: " + message(e), true));
      return -1;
    }
  }

  /** The offset of the next record start at or after {@code from}: {@code WARC/1.} at a line start, or a gzip member. */
  private static long resync(Path file, long from, boolean gzip) throws IOException {
    byte[] needle = gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "\nWARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(1 << 16);
      long base = from;
      ch.position(from);
      byte[] carry = new byte[0];
      while (true) {
        buf.clear();
        int n = ch.read(buf);
        if (n <= 0) {
          return -1;
        }
        byte[] chunk = new byte[carry.length + n];
        System.arraycopy(carry, 0, chunk, 0, carry.length);
        System.arraycopy(buf.array(), 0, chunk, carry.length, n);
        for (int i = 0; i + needle.length <= chunk.length; i++) {
          int j = 0;
          while (j < needle.length && chunk[i + j] == needle[j]) {
            j++;
          }
          if (j == needle.length) {
            return base - carry.length + i + (gzip ? 0 : 1);
          }
        }
        int keep = Math.min(needle.length - 1, chunk.length);
        carry = java.util.Arrays.copyOfRange(chunk, chunk.length - keep, chunk.length);
        base += n;
      }
    }
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 200 ? m.substring(0, 200) + "…" : m));
  }
}
