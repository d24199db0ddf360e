package org.attache.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Locale;
import org.attache.export.Exporter;
import org.attache.export.Selection;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Exports stored events, people or articles in the field's formats. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export the events the filters select (or the people or articles that go with them) as JSON Lines, "
        + "CSV, PLOVER JSON, GDELT-style CAMEO TSV, GraphML or Parquet. Events are the canonical ones, as attache events shows "
        + "them: each merged across the articles that report it, with every source; rejected ones are left out.",
        "Formats: jsonl and csv (events, people, articles; one row per event with its sources, or one per source with "
            + "--per-source); plover (PLOVER records, Attaché's types mapped back to PLOVER's rules); gdelt or cameo (the "
            + "61 columns of GDELT 2.0 Events, CAMEO codes from the official CAMEO-PLOVER table); graphml (actor and person "
            + "network, edge weights by type); parquet (needs -o)."})
final class ExportCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin EventFilter filter;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
      description = "jsonl, csv, plover, gdelt (alias cameo), graphml or parquet (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--what", defaultValue = "events", paramLabel = "TABLE",
      description = "events, people or articles (default: ${DEFAULT-VALUE}); people and articles are those of the "
          + "selected events' articles (all of them with no filter), in jsonl, csv or parquet.")
  String what;

  @Option(names = "--per-source", description = "One row per report of an event (article and evidence span) instead of one per event.")
  boolean perSource;

  @Option(names = "--header", description = "With --format gdelt: write the GDELT column names as a first row.")
  boolean header;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (replaced whole, never half-written) instead of standard output.")
  @Nullable Path output;

  @Override
  public void run() {
    Exporter.Format f = Exporter.Format.parse(format);
    Exporter.Table t = switch (what.strip().toLowerCase(Locale.ROOT)) {
      case "events" -> Exporter.Table.EVENTS;
      case "people" -> Exporter.Table.PEOPLE;
      case "articles" -> Exporter.Table.ARTICLES;
      default -> throw new IllegalArgumentException("--what '" + what + "' is not one of events, people, articles");
    };
    Exporter.Options o = new Exporter.Options(f, t, perSource, header, LocalDate.now());
    if (f.binary() && output == null) {
      throw new IllegalArgumentException("--format " + format + " writes a binary file: give -o FILE");
    }
    var query = filter.query();
    Selection sel;
    try (Store s = store.openExisting()) {
      sel = Selection.load(s, query);
    }
    Exporter ex = Exporter.create();
    if (output == null) {
      ex.write(sel, o, spec.commandLine().getOut());
      return;
    }
    if (f.binary()) {
      ex.write(sel, o, output);
    } else {
      writeText(output, w -> ex.write(sel, o, w));
    }
    spec.commandLine().getErr().printf("wrote %s (%s)%n", output, count(sel, t));
  }

  private static String count(Selection sel, Exporter.Table t) {
    return switch (t) {
      case EVENTS -> sel.events().size() + " event(s)";
      case PEOPLE -> sel.people().size() + " person record(s)";
      case ARTICLES -> sel.articles().size() + " article(s)";
    };
  }

  /** Writes a text file through a hidden temporary file moved into place, so a failure leaves no partial file. */
  static void writeText(Path target, java.util.function.Consumer<Writer> body) {
    Path abs = target.toAbsolutePath();
    Path tmp = abs.resolveSibling("." + abs.getFileName() + ".part");
    try {
      Files.createDirectories(abs.getParent());
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
        body.accept(w);
        w.flush();
        if (w.checkError()) {
          throw new IOException("write error");
        }
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("-o " + target + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // hidden, replaced on the next run
      }
    }
  }
}
