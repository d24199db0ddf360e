package org.attache.export;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.attache.geo.Gazetteer;

/**
 * Writes a {@link Selection} in one of the field's formats. Build one with {@link #create()}; it holds the
 * gazetteer and the CAMEO table, loaded once, and is thread-safe.
 */
public final class Exporter {
  /** The export formats. */
  public enum Format {
    /** JSON Lines: one object per row, lists as arrays; one row per event also carries its {@code sources}. */
    JSONL,
    /** CSV with a header row; lists joined with {@code ;}. */
    CSV,
    /** PLOVER JSON records, one per line (events only). */
    PLOVER,
    /** The 61 tab-separated columns of GDELT 2.0 Events, CAMEO-coded (events only). */
    GDELT,
    /** GraphML of the actor and person network (events only). */
    GRAPHML,
    /** Parquet through DuckDB; needs an output file. */
    PARQUET;

    /** Parses a format name such as {@code jsonl} or {@code cameo} (an alias of {@code gdelt}); fails naming the value. */
    public static Format parse(String name) {
      String n = name.strip().toUpperCase(Locale.ROOT);
      if (n.equals("CAMEO") || n.equals("TSV")) {
        return GDELT;
      }
      try {
        return valueOf(n);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("format '" + name + "' is not one of jsonl, csv, plover, gdelt (or cameo),"
            + " graphml, parquet", e);
      }
    }

    /** Whether this format writes a binary file, so that it needs a path rather than a text stream. */
    public boolean binary() {
      return this == PARQUET;
    }

    /** Whether this format can write the people and articles tables (the others are built from events). */
    public boolean tabular() {
      return this == JSONL || this == CSV || this == PARQUET;
    }
  }

  /** What is exported: the selected events, or the people or the articles that go with them. */
  public enum Table { EVENTS, PEOPLE, ARTICLES }

  /**
   * How to export.
   *
   * @param format the format
   * @param table what to write; tables other than {@code EVENTS} need a {@linkplain Format#tabular() tabular} format
   * @param perSource one row per report of an event instead of one per event (JSONL, CSV, PLOVER, Parquet)
   * @param header with {@code GDELT}, write the column names as a first row (GDELT's own files have none)
   * @param codedDate the date PLOVER records give as {@code coded_date}
   */
  public record Options(Format format, Table table, boolean perSource, boolean header, LocalDate codedDate) {
    /** @throws IllegalArgumentException naming the option and value when they do not go together */
    public Options {
      if (table != Table.EVENTS && !format.tabular()) {
        throw new IllegalArgumentException("--what " + table.name().toLowerCase(Locale.ROOT) + " needs --format jsonl, csv"
            + " or parquet; " + format.name().toLowerCase(Locale.ROOT) + " writes events only");
      }
      if (perSource && (table != Table.EVENTS || format == Format.GDELT || format == Format.GRAPHML)) {
        throw new IllegalArgumentException("--per-source applies to events in jsonl, csv, plover or parquet, not to "
            + table.name().toLowerCase(Locale.ROOT) + " in " + format.name().toLowerCase(Locale.ROOT));
      }
      if (header && format != Format.GDELT) {
        throw new IllegalArgumentException("--header applies to --format gdelt only, not " + format.name().toLowerCase(Locale.ROOT)
            + " (csv always has one)");
      }
    }

    /** Events in {@code format}, one row per event, no GDELT header, coded today. */
    public static Options of(Format format) {
      return new Options(format, Table.EVENTS, false, false, LocalDate.now());
    }
  }

  private final Gazetteer gazetteer;
  private final CameoTable cameo;

  private Exporter(Gazetteer gazetteer, CameoTable cameo) {
    this.gazetteer = gazetteer;
    this.cameo = cameo;
  }

  /** An exporter with the bundled gazetteer and CAMEO table. */
  public static Exporter create() {
    return new Exporter(Gazetteer.load(), CameoTable.load());
  }

  /**
   * Writes {@code sel} to a text stream.
   *
   * @throws IllegalArgumentException when the format is binary (use {@link #write(Selection, Options, Path)})
   */
  public void write(Selection sel, Options o, Writer out) {
    if (o.format().binary()) {
      throw new IllegalArgumentException("--format " + o.format().name().toLowerCase(Locale.ROOT)
          + " writes a binary file: give -o FILE");
    }
    PrintWriter pw = out instanceof PrintWriter p ? p : new PrintWriter(out);
    switch (o.format()) {
      case JSONL -> Tabular.jsonl(sel, o.table(), o.perSource(), pw);
      case CSV -> Tabular.csv(sel, o.table(), o.perSource(), pw);
      case PLOVER -> Plover.write(sel, o.perSource(), o.codedDate(), cameo, pw);
      case GDELT -> Gdelt.write(sel, o.header(), cameo, gazetteer, pw);
      case GRAPHML -> Graphml.write(sel, gazetteer, pw);
      case PARQUET -> throw new AssertionError("binary");
    }
    pw.flush();
  }

  /** Writes {@code sel} to Parquet at {@code target}, replacing it; fails for text formats. */
  public void write(Selection sel, Options o, Path target) {
    if (!o.format().binary()) {
      throw new IllegalArgumentException("write " + o.format() + " to a text stream");
    }
    Parquet.write(sel, o.table(), o.perSource(), target);
  }
}
