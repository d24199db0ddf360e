package org.attache.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.attache.ingest.FileWalker.Found;
import org.attache.ingest.FileWalker.Input;
import org.attache.ingest.FileWalker.Problem;
import org.attache.model.Article;
import org.attache.model.Article.PubDateSource;
import org.attache.model.ArticleIssue;
import org.attache.model.ArticleIssue.Kind;
import org.attache.model.PartialDate;
import org.attache.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * Turns text files, folders and standard input into {@link Article}s and recorded
 * {@link ArticleIssue}s. Bad content (empty, binary, too large, invalid UTF-8, a bad date line, a
 * duplicate, an unreadable file) becomes an issue on that input and the batch goes on; bad options
 * (a broken manifest) fail in the constructor.
 *
 * <p>Each input's text is the decoded file exactly, less a byte-order mark: line endings are kept,
 * so offsets into {@link Article#text()} are offsets into the file's characters. A leading date line
 * ({@code " date 2025-12-17 "}) stays in the text and is left out of {@link Article#body()}.
 *
 * <p>Publication dates come, first match wins, from the manifest row for the file name, from
 * {@link IngestOptions#pubDate()}, from the date line, or nowhere. A date line more than a day after today
 * (UTC) is recorded as a {@link Kind#BAD_DATE} issue and not used.
 *
 * <p>Immutable and thread-safe; each {@code read} call is independent (duplicates are found within
 * one call only).
 */
public final class Ingestor {
  /** Receives what a read finds, in input order: an input's issues come before its article. */
  public interface Sink {
    /** An article read (possibly with non-skipping issues reported just before it). */
    void article(Article a);

    /** A problem with one input; {@link ArticleIssue#skipped()} tells whether an article follows. */
    void issue(ArticleIssue i);

    /**
     * Called once after each input (file, problem path or stream) is done, with its size in bytes as
     * {@link #countFiles} counts it (0 for a path that could not be listed): for a progress bar.
     */
    default void inputDone(String source, long bytes) {}
  }

  private final IngestOptions options;
  private final @Nullable Manifest manifest;

  /**
   * Makes an ingestor, reading and checking the manifest at once.
   *
   * @throws IllegalArgumentException naming the manifest path, line, column and value when the
   *     manifest is missing, lacks a {@code file} or {@code pub_date} column, or holds a bad row
   */
  public Ingestor(IngestOptions options) {
    this.options = options;
    Path m = options.manifest();
    this.manifest = m == null ? null : Manifest.read(m);
  }

  /**
   * Reads each path: a file, or a folder walked recursively (entries sorted by name, hidden ones
   * skipped, links followed, link loops recorded). Paths are taken in the order given. Every article
   * and issue goes to {@code sink}, in that stable order. A missing or unreadable path becomes an
   * {@link Kind#UNREADABLE} issue; a second input with the same text as an earlier one in this call
   * becomes a {@link Kind#DUPLICATE} issue naming the first. Exceptions thrown by {@code sink}
   * propagate.
   */
  public void read(List<Path> paths, Sink sink) {
    Map<String, String> seen = new HashMap<>();
    for (Found found : FileWalker.walk(paths)) {
      switch (found) {
        case Problem p -> {
          sink.issue(p.issue());
          sink.inputDone(p.issue().source(), 0);
        }
        case Input in -> {
          emit(readFile(in), seen, sink);
          sink.inputDone(in.path().toString(), Math.max(0, in.size()));
        }
      }
    }
  }

  /**
   * Reads one article from a stream, such as standard input, reading at most
   * {@link IngestOptions#maxBytes()} + 1 bytes. The stream is not closed.
   *
   * @param name the article's source, e.g. {@code -}; also the name a manifest row is matched against
   */
  public void read(InputStream in, String name, Sink sink) {
    Outcome outcome;
    long read = 0;
    try {
      byte[] bytes = in.readNBytes(Math.toIntExact(options.maxBytes() + 1));
      read = bytes.length;
      outcome = bytes.length > options.maxBytes()
          ? Outcome.skip(name, Kind.TOO_LARGE, "more than " + options.maxBytes() + " bytes, over the cap of "
              + options.maxBytes() + " bytes")
          : fromBytes(name, bytes);
    } catch (IOException | RuntimeException e) {
      outcome = Outcome.skip(name, Kind.UNREADABLE, "cannot read: " + FileWalker.describe(e));
    }
    emit(outcome, new HashMap<>(), sink);
    sink.inputDone(name, read);
  }

  /**
   * The total size in bytes of the regular files {@link #read(List, Sink)} would visit under
   * {@code paths}, found by listing folders without reading any file: a progress bar's total, to be
   * stepped by {@link Sink#inputDone}. Missing paths count 0.
   */
  public static long countFiles(List<Path> paths) {
    long total = 0;
    for (Found found : FileWalker.walk(paths)) {
      if (found instanceof Input in && in.size() > 0) {
        total += in.size();
      }
    }
    return total;
  }

  /** What one input gave: issues in order, then perhaps an article. */
  private record Outcome(List<ArticleIssue> issues, @Nullable Article article) {
    static Outcome skip(String source, Kind kind, String message) {
      return new Outcome(List.of(new ArticleIssue(source, kind, message, true)), null);
    }
  }

  private static void emit(Outcome outcome, Map<String, String> seen, Sink sink) {
    Article a = outcome.article();
    if (a != null) {
      String first = seen.putIfAbsent(a.contentHash(), a.source());
      if (first != null) {
        sink.issue(new ArticleIssue(a.source(), Kind.DUPLICATE, "same text as " + first + " (id " + a.id() + ")", true));
        return;
      }
    }
    outcome.issues().forEach(sink::issue);
    if (a != null) {
      sink.article(a);
    }
  }

  private Outcome readFile(Input in) {
    String source = in.path().toString();
    long cap = options.maxBytes();
    try {
      if (in.size() > cap) {
        return Outcome.skip(source, Kind.TOO_LARGE, in.size() + " bytes, over the cap of " + cap + " bytes");
      }
      byte[] bytes;
      try (InputStream s = Files.newInputStream(in.path())) {
        bytes = s.readNBytes(Math.toIntExact(cap + 1));
      }
      if (bytes.length > cap) {
        return Outcome.skip(source, Kind.TOO_LARGE, "more than " + cap + " bytes (it grew while being read), over the cap of "
            + cap + " bytes");
      }
      return fromBytes(source, bytes);
    } catch (IOException | RuntimeException e) {
      return Outcome.skip(source, Kind.UNREADABLE, "cannot read: " + FileWalker.describe(e));
    }
  }

  private Outcome fromBytes(String source, byte[] bytes) {
    if (bytes.length == 0) {
      return Outcome.skip(source, Kind.EMPTY, "0 bytes");
    }
    if (!TextDecoder.hasUtf16Bom(bytes)) {
      String binary = BinarySniffer.detect(bytes);
      if (binary != null) {
        return Outcome.skip(source, Kind.BINARY, "binary content: " + binary);
      }
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
    String text = decoded.text();
    if (decoded.encoding() == TextDecoder.Encoding.UTF_16_BOM) {
      String binary = BinarySniffer.detectText(text);
      if (binary != null) {
        return Outcome.skip(source, Kind.BINARY, "binary content: " + binary);
      }
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (isBlank(text)) {
      boolean invisible = text.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT);
      return Outcome.skip(source, Kind.EMPTY, "only whitespace" + (invisible ? " and invisible format characters"
          + " (zero-width spaces or joiners, direction marks, byte-order marks)" : "") + " (" + bytes.length + " bytes)");
    }
    List<ArticleIssue> issues = new ArrayList<>();
    if (decoded.replaced() > 0) {
      issues.add(new ArticleIssue(source, Kind.INVALID_UTF8, decoded.replaced() + " malformed UTF-8 sequence"
          + (decoded.replaced() == 1 ? "" : "s") + " replaced with U+FFFD, the first at byte " + decoded.firstBadByte(),
          false));
    }
    DateLine line = DateLine.find(text);
    int bodyStart = 0;
    if (line != null) {
      bodyStart = line.bodyStart();
      if (bodyStart >= text.length()) {
        return Outcome.skip(source, Kind.EMPTY, "only a date line ('date " + line.value() + "')");
      }
      if (line.date() == null) {
        issues.add(new ArticleIssue(source, Kind.BAD_DATE, "date line 'date " + line.value()
            + "' is no real date (expected YYYY-MM-DD or YYYY-MM); publication date left to other sources", false));
      } else if (line.date().firstDay().isAfter(today.plusDays(1))) {
        issues.add(new ArticleIssue(source, Kind.BAD_DATE, "date line 'date " + line.value()
            + "' is in the future (today is " + today + "); publication date left to other sources", false));
        line = new DateLine(line.value(), null, line.bodyStart());
      }
    }

    Manifest.Entry row = manifest == null ? null : manifest.find(fileName(source));
    PartialDate date;
    PubDateSource from;
    if (row != null && row.pubDate() != null) {
      date = row.pubDate();
      from = PubDateSource.MANIFEST;
    } else if (options.pubDate() != null) {
      date = options.pubDate();
      from = PubDateSource.OPTION;
    } else if (line != null && line.date() != null) {
      date = line.date();
      from = PubDateSource.DATE_LINE;
    } else {
      date = null;
      from = PubDateSource.NONE;
    }
    String hash = sha256(text);
    Article article = new Article(hash.substring(0, 16), source, text, new Span(bodyStart, text.length()),
        date, from, row == null ? null : row.url(), row == null ? null : row.title(), hash);
    return new Outcome(List.copyOf(issues), article);
  }

  /** The last path element of a source, as {@link Article#fileName()} takes it. */
  private static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }

  private static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT);
  }

  private static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
