package org.attache.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attache.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * A table of what is known about article files, keyed by file name: read from a TSV ({@code .tsv},
 * tab-separated) or CSV (any other name, comma-separated) file with a header row. Columns
 * {@code file} and {@code pub_date} are required, {@code url} and {@code title} optional, others
 * ignored. A {@code file} cell is matched by its last path element. Immutable and thread-safe.
 */
final class Manifest {
  static final String FILE = "file";
  static final String PUB_DATE = "pub_date";
  static final String URL = "url";
  static final String TITLE = "title";

  /**
   * One manifest row.
   *
   * @param pubDate the publication date, or null when the cell is empty
   * @param url the URL, or null when absent or empty
   * @param title the title, or null when absent or empty
   * @param line the 1-based line the row starts on (the header is line 1)
   */
  record Entry(@Nullable PartialDate pubDate, @Nullable String url, @Nullable String title, long line) {}

  private final Map<String, Entry> byFile;

  private Manifest(Map<String, Entry> byFile) {
    this.byFile = Map.copyOf(byFile);
  }

  /** The row for an article file name (its last path element), or null. */
  @Nullable Entry find(String fileName) {
    return byFile.get(fileName);
  }

  /**
   * Reads and checks a manifest.
   *
   * @throws IllegalArgumentException naming the manifest, line, column and value when the file is
   *     missing or unreadable, a required column is missing, a row is short, a date is malformed or
   *     a file is listed twice
   */
  static Manifest read(Path path) {
    String content;
    try {
      content = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("manifest " + path + ": no such file", e);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("manifest " + path + ": not valid UTF-8", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("manifest " + path + ": cannot read it: " + e, e);
    }
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    boolean tsv = path.getFileName() != null
        && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv");
    CSVFormat format = (tsv ? CSVFormat.TDF : CSVFormat.DEFAULT).builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true)
        .get();
    String where = "manifest " + path;
    try (CSVParser parser = CSVParser.parse(content, format)) {
      List<String> header = parser.getHeaderNames();
      for (String required : List.of(FILE, PUB_DATE)) {
        if (!header.contains(required)) {
          throw new IllegalArgumentException(where + " line 1: no '" + required + "' column in header "
              + header + " (expected columns file, pub_date and optionally url, title; "
              + (tsv ? "tab" : "comma") + "-separated)");
        }
      }
      Map<String, Entry> rows = new HashMap<>();
      LineCounter lines = new LineCounter(content);
      for (CSVRecord record : parser) {
        long line = lines.lineAt(record.getCharacterPosition());
        String at = where + " line " + line;
        if (!record.isConsistent()) {
          throw new IllegalArgumentException(at + ": " + record.size() + " columns where the header has "
              + header.size());
        }
        String file = record.get(FILE);
        if (file.isEmpty()) {
          throw new IllegalArgumentException(at + " column " + FILE + ": empty file name");
        }
        String name = Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
        String dateCell = record.get(PUB_DATE);
        PartialDate date = null;
        if (!dateCell.isEmpty()) {
          try {
            date = PartialDate.parse(dateCell);
            if (dateCell.matches("\\d{4}(-\\d{2}){0,2}") && !date.toString().equals(dateCell)) {
              throw new IllegalArgumentException("month or day 00");
            }
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + " column " + PUB_DATE + ": bad date '" + dateCell
                + "' (expected YYYY, YYYY-MM or YYYY-MM-DD): " + e.getMessage(), e);
          }
        }
        Entry entry = new Entry(date, optional(record, URL), optional(record, TITLE), line);
        Entry earlier = rows.putIfAbsent(name, entry);
        if (earlier != null) {
          throw new IllegalArgumentException(at + " column " + FILE + ": file '" + name
              + "' is already listed on line " + earlier.line());
        }
      }
      return new Manifest(rows);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new IllegalArgumentException(where + ": cannot parse it: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(where)) {
        throw e;
      }
      // commons-csv refuses some headers (a missing or duplicate name) with an IllegalArgumentException of its own.
      throw new IllegalArgumentException(where + ": cannot parse it: " + e.getMessage(), e);
    }
  }

  /** Turns increasing char offsets into 1-based line numbers, counting {@code \n}, {@code \r\n} and {@code \r}. */
  private static final class LineCounter {
    private final String text;
    private int pos;
    private long line = 1;

    LineCounter(String text) {
      this.text = text;
    }

    /** The line of the first character at or after {@code offset} that is not a line break. */
    long lineAt(long offset) {
      int end = (int) Math.min(offset, text.length());
      // A record's position can be that of empty lines skipped before it.
      while (end < text.length() && (text.charAt(end) == '\n' || text.charAt(end) == '\r')) {
        end++;
      }
      for (; pos < end; pos++) {
        char c = text.charAt(pos);
        if (c == '\n' || (c == '\r' && (pos + 1 >= text.length() || text.charAt(pos + 1) != '\n'))) {
          line++;
        }
      }
      return line;
    }
  }

  private static @Nullable String optional(CSVRecord record, String column) {
    if (!record.isMapped(column)) {
      return null;
    }
    String value = record.get(column);
    return value.isEmpty() ? null : value;
  }
}
