package org.attache.cli;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A corpus of hostile and broken inputs, written into a folder by code (no committed binaries), each with what
 * ingesting it must give: an issue of a kind with a message naming the problem (the input skipped or kept), or an
 * article stored with no issue. The sentences are ours.
 *
 * <p>HTML kinds ({@code nested.html}, {@code unclosed.html}) are ingested as text today; when the {@code web}
 * module reads HTML, point {@link Case#expectedKind} of those cases at what it records.
 */
final class BadInputCorpus {
  /** How ingesting one input must end. */
  enum Outcome { SKIPPED, KEPT_WITH_ISSUE, STORED }

  /**
   * One kind of bad input.
   *
   * @param kind what is bad about it, in words
   * @param path the file (or link, pipe, folder) written
   * @param outcome how ingesting it ends
   * @param expectedKind the issue kind recorded ({@code ArticleIssue.Kind} name), null when stored with no issue
   * @param messagePart a part of the issue message that names the problem, null when stored with no issue
   * @param text the exact text the stored article must have, or null when not stored (or not checked)
   */
  record Case(String kind, Path path, Outcome outcome, @Nullable String expectedKind, @Nullable String messagePart,
      @Nullable String text) {}

  /** Well-formed articles written beside the bad ones: the rest of the batch, which must be stored. */
  static final List<String> GOOD = List.of(
      " date 2024-05-14 Belarus and Zimbabwe signed an agreement on farm machinery in Harare on Monday.\n",
      " date 2024-03-20 China and Belarus signed a trade protocol in Beijing on Wednesday.\n",
      " date 2023-11-30 Defence officials of Pakistan and Belarus held talks in Islamabad on Thursday.\n");

  private BadInputCorpus() {}

  /** Whether this process can read files whatever their permission bits (it runs as root). */
  static boolean readsAnything(Path dir) {
    try {
      Path probe = Files.writeString(dir.resolve(".probe"), "x");
      Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
      boolean readable = Files.isReadable(probe);
      Files.delete(probe);
      return readable;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes every case and the good articles (as {@code good-N.txt}) into {@code dir}; returns the cases. */
  static List<Case> write(Path dir) throws IOException {
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < GOOD.size(); i++) {
      Files.writeString(dir.resolve("good-" + i + ".txt"), GOOD.get(i));
    }
    skipped(cases, "empty file", Files.write(dir.resolve("empty.txt"), new byte[0]), "EMPTY", "0 bytes");
    skipped(cases, "whitespace only", Files.writeString(dir.resolve("blank.txt"), " \t\n\r\n\u00A0\u2003\n"),
        "EMPTY", "only whitespace");
    skipped(cases, "UTF-8 byte-order mark only", Files.write(dir.resolve("bom-only.txt"),
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), "EMPTY", "only whitespace");
    skipped(cases, "zero-width characters only", Files.writeString(dir.resolve("invisible.txt"),
        "\u200B\u200C\u200D\u2060\u200E\u200F\n"), "EMPTY", "invisible format characters");
    skipped(cases, "PDF", Files.write(dir.resolve("report.pdf"), ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< >>\nendobj\n")),
        "BINARY", "PDF signature");
    skipped(cases, "PNG", Files.write(dir.resolve("image.png"), bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
        0, 0, 0, 13, 'I', 'H', 'D', 'R')), "BINARY", "PNG signature");
    skipped(cases, "ELF executable", Files.write(dir.resolve("program"), bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0)),
        "BINARY", "ELF signature");
    skipped(cases, "ZIP (a .docx)", Files.write(dir.resolve("letter.docx"), bytes('P', 'K', 3, 4, 20, 0, 6, 0)),
        "BINARY", "ZIP signature");
    skipped(cases, "JPEG", Files.write(dir.resolve("photo.jpg"), bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F')),
        "BINARY", "JPEG signature");
    skipped(cases, "NUL bytes in text", Files.write(dir.resolve("nul.txt"),
        "Belarus and Cuba\0 signed\0 a treaty.\n".getBytes(UTF_8)), "BINARY", "NUL byte at byte 16");
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 3 == 0 ? 'a' : 1 + i % 8);
    }
    skipped(cases, "control characters", Files.write(dir.resolve("controls.txt"), controls), "BINARY",
        "control characters in the first 200 bytes");
    String wide = "Belarus and Laos held consultations in Vientiane on Friday.\n";
    skipped(cases, "UTF-16LE without byte-order mark", Files.write(dir.resolve("utf16le-nobom.txt"), wide.getBytes(UTF_16LE)),
        "BINARY", "looks like UTF-16LE text without a byte-order mark");
    skipped(cases, "UTF-16BE without byte-order mark", Files.write(dir.resolve("utf16be-nobom.txt"), wide.getBytes(UTF_16BE)),
        "BINARY", "looks like UTF-16BE text without a byte-order mark");
    String le = "Belarus and Mongolia agreed on a road map in Ulaanbaatar on Tuesday.\n";
    stored(cases, "UTF-16LE with byte-order mark", Files.write(dir.resolve("utf16le-bom.txt"),
        concat(bytes(0xFF, 0xFE), le.getBytes(UTF_16LE))), le);
    String be = "Belarus and Armenia opened a trade house in Yerevan on Monday.\n";
    stored(cases, "UTF-16BE with byte-order mark", Files.write(dir.resolve("utf16be-bom.txt"),
        concat(bytes(0xFE, 0xFF), be.getBytes(UTF_16BE))), be);
    kept(cases, "invalid UTF-8 (stray bytes)", Files.write(dir.resolve("invalid-utf8.txt"), concat(
        "Belarus and Vietnam signed a memorandum on ".getBytes(UTF_8), bytes(0xC3, 0x28, 0xFF), " education.\n".getBytes(UTF_8))),
        "INVALID_UTF8", "2 malformed UTF-8 sequences replaced with U+FFFD, the first at byte 43");
    kept(cases, "UTF-8 encoded surrogates (CESU-8)", Files.write(dir.resolve("surrogates.txt"), concat(
        "Belarus and Oman talked about ports ".getBytes(UTF_8), bytes(0xED, 0xA0, 0x80), " in Muscat.\n".getBytes(UTF_8))),
        "INVALID_UTF8", "1 malformed UTF-8 sequence replaced with U+FFFD, the first at byte 36");
    kept(cases, "Latin-1, not UTF-8", Files.write(dir.resolve("latin1.txt"),
        "Belarus and Switzerland met in Z\u00fcrich at the caf\u00e9.\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
        "INVALID_UTF8", "2 malformed UTF-8 sequences");
    writeLarge(dir.resolve("fifty-megabytes.txt"), 50L * 1024 * 1024, true);
    skipped(cases, "a 50 MB text", dir.resolve("fifty-megabytes.txt"), "TOO_LARGE", "52428800 bytes, over the cap of");
    writeLarge(dir.resolve("one-line.txt"), 10L * 1024 * 1024, false);
    skipped(cases, "one 10 MB line", dir.resolve("one-line.txt"), "TOO_LARGE", "10485760 bytes, over the cap of");
    StringBuilder nested = new StringBuilder("<html><body>");
    nested.append("<div>".repeat(300)).append("Belarus and Serbia signed a visa accord in Belgrade on Monday.")
        .append("</div>".repeat(300)).append("</body></html>\n");
    stored(cases, "deeply nested HTML (300 levels)", Files.writeString(dir.resolve("nested.html"), nested), nested.toString());
    String unclosed = "<html><body><p>Belarus and Kenya <b>discussed <i>tea <div>exports in Nairobi on Friday.\n<p><table><tr><td>";
    stored(cases, "HTML with unclosed tags", Files.writeString(dir.resolve("unclosed.html"), unclosed), unclosed);
    kept(cases, "impossible date 2025-13-45", Files.writeString(dir.resolve("date-impossible.txt"),
        " date 2025-13-45 Belarus and Zimbabwe signed an agreement on trade in Harare.\n"), "BAD_DATE",
        "date line 'date 2025-13-45' is no real date");
    kept(cases, "impossible date 2025-02-30", Files.writeString(dir.resolve("date-feb30.txt"),
        " date 2025-02-30 Belarus and Nicaragua agreed to cooperate on energy.\n"), "BAD_DATE",
        "date line 'date 2025-02-30' is no real date");
    kept(cases, "a date in the future", Files.writeString(dir.resolve("date-future.txt"),
        " date 2999-01-01 Belarus and Venezuela signed a deal on buses in Caracas.\n"), "BAD_DATE",
        "date line 'date 2999-01-01' is in the future");
    skipped(cases, "a date line only", Files.writeString(dir.resolve("date-only.txt"), " date 2024-05-14 \n\n"), "EMPTY",
        "only a date line ('date 2024-05-14')");
    String crOnly = " date 2024-02-01\rBelarus and Egypt discussed grain in Cairo.\rThe talks went on.\r";
    stored(cases, "old Mac line endings (CR only)", Files.writeString(dir.resolve("cr-only.txt"), crOnly), crOnly);
    String rtl = "\u0648\u0642\u0651\u0639\u062a \u0628\u064a\u0644\u0627\u0631\u0648\u0633 \u0648\u0627\u0644\u062c"
        + "\u0632\u0627\u0626\u0631 \u0627\u062a\u0641\u0627\u0642\u064a\u0629. \u05d1\u05dc\u05e8\u05d5\u05e1 \u05d5\u05d9"
        + "\u05e9\u05e8\u05d0\u05dc \u05e0\u05e4\u05d2\u05e9\u05d5.\n";
    stored(cases, "right-to-left scripts (Arabic, Hebrew)", Files.writeString(dir.resolve("rtl.txt"), rtl), rtl);
    String mixed = "Belarus \u0438 \u041a\u0438\u0442\u0430\u0439 signed \u534f\u8bae in \u041c\u0438\u043d\u0441\u043a "
        + "\u202Bwith \u0627\u0644\u0635\u064a\u0646\u202C and \u0928\u0908 \u0926\u093f\u0932\u094d\u0932\u0940 "
        + "\u1f08\u03b8\u1fc6\u03bd\u03b1\u03b9.\n";
    stored(cases, "mixed scripts with bidi embeddings", Files.writeString(dir.resolve("mixed-scripts.txt"), mixed), mixed);
    String emoji = "Belarus \uD83C\uDDE7\uD83C\uDDFE and Zimbabwe \uD83C\uDDFF\uD83C\uDDFC signed a deal \uD83E\uDD1D"
        + "\uD83C\uDFFD on tractors \uD83D\uDE9C\uD83D\uDE9C. Family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 "
        + "\uD83D\uDE00\uD83D\uDE00.\n";
    stored(cases, "emoji (flags, skin tones, ZWJ sequences)", Files.writeString(dir.resolve("emoji.txt"), emoji), emoji);
    String zeroWidth = "Bela\u200Brus and Zim\u200Dbab\u200Cwe\u2060 signed\uFEFF an agree\u00ADment in Harare.\n";
    stored(cases, "zero-width characters inside words", Files.writeString(dir.resolve("zero-width.txt"), zeroWidth),
        zeroWidth);
    String zalgo = "Bel\u0336\u0321\u0322a\u0334\u0358r\u0335u\u0337s\u0338 and Cuba me\u0301\u0302\u0303\u0304t.\n";
    stored(cases, "stacked combining marks", Files.writeString(dir.resolve("combining.txt"), zalgo), zalgo);
    String spaced = "Belarus and Uzbekistan discussed cotton in Tashkent on Tuesday.\n";
    Path odd = Files.createDirectories(dir.resolve("folder with spaces \u0438 \u6f22\u5b57"));
    stored(cases, "path with spaces and non-ASCII names",
        Files.writeString(odd.resolve("r\u00e9sum\u00e9 \u043e\u0442\u0447\u0451\u0442 \uD83D\uDCF0.txt"), spaced), spaced);
    skipped(cases, "duplicate of another file", Files.writeString(dir.resolve("good-copy.txt"), GOOD.get(0)), "DUPLICATE",
        "same text as " + dir.resolve("good-0.txt"));
    Path loops = Files.createDirectories(dir.resolve("links"));
    Path self = Files.createSymbolicLink(loops.resolve("self-loop.txt"), Path.of("self-loop.txt"));
    skipped(cases, "symlink loop (a link to itself)", self, "UNREADABLE", "cannot read its attributes");
    Path back = Files.createSymbolicLink(loops.resolve("up"), Path.of(".."));
    skipped(cases, "symlink loop in a folder (a link to its parent)", back, "UNREADABLE", "link loop: folder leads back to");
    Path dangling = Files.createSymbolicLink(loops.resolve("dangling.txt"), Path.of("no-such-target.txt"));
    skipped(cases, "dangling symlink", dangling, "UNREADABLE", "broken link");
    Path fifo = dir.resolve("named-pipe.txt");
    mkfifo(fifo);
    skipped(cases, "named pipe (would block a reader forever)", fifo, "UNREADABLE", "not a regular file");
    String secret = "Belarus and Iran discussed drones in Tehran.\n";
    Path locked = Files.writeString(dir.resolve("unreadable.txt"), secret);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    if (Files.isReadable(locked)) {
      // Root reads files whatever their mode: the file is read; the pipe and the links above stand for "unreadable".
      stored(cases, "permissions 000 (read anyway: running as root)", locked, secret);
    } else {
      skipped(cases, "unreadable file (permissions 000)", locked, "UNREADABLE", "AccessDeniedException");
    }
    return cases;
  }

  private static void skipped(List<Case> cases, String kind, Path p, String issue, String message) {
    cases.add(new Case(kind, p, Outcome.SKIPPED, issue, message, null));
  }

  private static void kept(List<Case> cases, String kind, Path p, String issue, String message) {
    cases.add(new Case(kind, p, Outcome.KEPT_WITH_ISSUE, issue, message, null));
  }

  private static void stored(List<Case> cases, String kind, Path p, String text) {
    cases.add(new Case(kind, p, Outcome.STORED, null, null, text));
  }

  private static void writeLarge(Path p, long size, boolean lines) throws IOException {
    String unit = lines ? "Grain prices held steady in a quiet market town on an ordinary day.\n"
        : "grain prices held steady in a quiet market town on an ordinary day ";
    try (BufferedWriter w = Files.newBufferedWriter(p, UTF_8)) {
      long written = 0;
      while (written + unit.length() <= size) {
        w.write(unit);
        written += unit.length();
      }
      w.write("x".repeat((int) (size - written)));
    }
  }

  private static void mkfifo(Path p) throws IOException {
    try {
      Process proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
      if (!proc.waitFor(10, TimeUnit.SECONDS) || proc.exitValue() != 0) {
        throw new IOException("mkfifo " + p + " failed: " + new String(proc.getInputStream().readAllBytes(), UTF_8));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static byte[] ascii(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
