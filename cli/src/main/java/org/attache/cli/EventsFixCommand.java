package org.attache.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.attache.model.CanonicalEvent;
import org.attache.model.Correction;
import org.attache.model.EventType;
import org.attache.model.Status;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Corrects fields of a canonical event. */
@Command(name = "fix", mixinStandardHelpOptions = true,
    description = "Correct fields of a canonical event. The correction is stored apart from what was extracted and "
        + "applied again after every re-run; the event keeps its id.")
final class EventsFixCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "ID", description = "The canonical event's id (see 'attache events').")
  String id;

  @Option(names = "--date", paramLabel = "DATE", description = "The right date (YYYY, YYYY-MM or YYYY-MM-DD).")
  @Nullable String date;

  @Option(names = "--type", paramLabel = "TYPE", description = "The right PLOVER type (e.g. CONSULT).")
  @Nullable String type;

  @Option(names = "--mode", paramLabel = "MODE", description = "The right mode (e.g. visit, sign).")
  @Nullable String mode;

  @Option(names = "--status", paramLabel = "STATUS", description = "The right status: occurred, planned or possible.")
  @Nullable String status;

  @Option(names = "--location", paramLabel = "PLACE", description = "The right place ('' for none).")
  @Nullable String location;

  @Option(names = "--why", paramLabel = "TEXT", defaultValue = "", description = "Why (kept with the correction).")
  String why;

  @Override
  public void run() {
    Map<String, String> args = new LinkedHashMap<>();
    if (date != null) {
      args.put("date", EventFilter.date("--date", date).toString());
    }
    if (type != null) {
      try {
        args.put("type", EventType.valueOf(type.strip().toUpperCase(Locale.ROOT)).name());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--type '" + type + "' is not a PLOVER type; one of "
            + Arrays.toString(EventType.values()), e);
      }
    }
    if (mode != null) {
      args.put("mode", mode.strip());
    }
    if (status != null) {
      try {
        args.put("status", Status.parse(status).label());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--status " + e.getMessage(), e);
      }
    }
    if (location != null) {
      args.put("location", location.strip());
    }
    if (args.isEmpty()) {
      throw new IllegalArgumentException("events fix " + id + ": nothing to fix; give --date, --type, --mode, --status"
          + " or --location");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openExisting()) {
      CanonicalEvent e = Curation.event(s, Curation.view(s), id);
      Correction c = s.addCorrection(Correction.Kind.EVENT_FIX, e.id(), args, why.strip());
      Curation.refresh(s);
      out.printf("correction #%d: event %s fixed: %s%n", c.seq(), e.id(), args);
    }
    out.flush();
  }
}
