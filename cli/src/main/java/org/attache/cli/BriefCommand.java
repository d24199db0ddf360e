package org.attache.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.attache.export.Brief;
import org.attache.model.PartialDate;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A written brief of one pair's relations, built only from stored events. */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = "A brief of the relations between two sides, built only from stored events, each counted once with "
        + "every article reporting it: summary (counts by type and "
        + "sector, first and last contact, most senior visits), dated timeline with numbered citations (title, outlet, "
        + "date, URL), key people with roles, planned items not yet due, and an SVG chart of events per quarter by type.")
final class BriefCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "A", description = "One side (ISO-3 code or organisation, e.g. BLR).")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The other side (e.g. ZWE).")
  String b;

  @Option(names = "--since", paramLabel = "DATE", description = "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
  @Nullable String since;

  @Option(names = "--until", paramLabel = "DATE", description = "Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
  @Nullable String until;

  @Option(names = "--format", defaultValue = "md", paramLabel = "FORMAT", description = "md or html (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The day the brief is written for (default: today); planned items dated before it are not listed as upcoming.")
  @Nullable String asOf;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  @Nullable Path output;

  @Override
  public void run() {
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals("md") && !f.equals("html")) {
      throw new IllegalArgumentException("--format '" + format + "' is not one of md, html");
    }
    LocalDate day;
    try {
      day = asOf == null ? LocalDate.now() : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--as-of '" + asOf + "' is not a date YYYY-MM-DD", e);
    }
    PartialDate from = since == null ? null : EventFilter.date("--since", since);
    PartialDate to = until == null ? null : EventFilter.date("--until", until);
    if (from != null && to != null && from.compareTo(to) > 0) {
      throw new IllegalArgumentException("--since " + from + " is after --until " + to);
    }
    Brief.Request req = new Brief.Request(a.toUpperCase(Locale.ROOT), b.toUpperCase(Locale.ROOT), from, to, day);
    Brief brief;
    try (Store s = store.openExisting()) {
      brief = Brief.build(s, req);
    }
    String text = f.equals("md") ? brief.markdown() : brief.html();
    if (output == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      ExportCommand.writeText(output, w -> {
        try {
          w.write(text);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      spec.commandLine().getErr().printf("wrote %s%n", output);
    }
  }
}
