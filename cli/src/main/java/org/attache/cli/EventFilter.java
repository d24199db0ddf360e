package org.attache.cli;

import java.util.Locale;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Status;
import org.attache.store.EventQuery;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The event filters shared by {@code events} and later exports. */
final class EventFilter {
  @Option(names = "--country", paramLabel = "CODE", description = "Only events with this side (ISO-3 code or organisation, e.g. BLR, EU).")
  @Nullable String country;

  @Option(names = "--pair", paramLabel = "A-B", description = "Only events between these two sides, in any order (e.g. BLR-ZWE).")
  @Nullable String pair;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only this PLOVER type (e.g. CONSULT, AGREE).")
  @Nullable String type;

  @Option(names = "--status", paramLabel = "STATUS", description = "Only occurred, planned or possible events.")
  @Nullable String status;

  @Option(names = "--since", paramLabel = "DATE", description = "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
  @Nullable String since;

  @Option(names = "--until", paramLabel = "DATE", description = "Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
  @Nullable String until;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "0", description = "At most N events (0: all).")
  int limit;

  EventQuery query() {
    EventQuery q = EventQuery.all();
    if (country != null) {
      q = q.withCountry(country.toUpperCase(Locale.ROOT));
    }
    if (pair != null) {
      String[] ab = pair.toUpperCase(Locale.ROOT).split("[-,/]");
      if (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank()) {
        throw new IllegalArgumentException("--pair '" + pair + "' must be two codes joined by '-', e.g. BLR-ZWE");
      }
      q = q.withPair(ab[0], ab[1]);
    }
    if (type != null) {
      try {
        q = q.withType(EventType.valueOf(type.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--type '" + type + "' is not a PLOVER type; one of "
            + java.util.Arrays.toString(EventType.values()), e);
      }
    }
    if (status != null) {
      try {
        q = q.withStatus(Status.parse(status));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--status " + e.getMessage(), e);
      }
    }
    if (since != null) {
      q = q.withSince(date("--since", since));
    }
    if (until != null) {
      q = q.withUntil(date("--until", until));
    }
    if (limit < 0) {
      throw new IllegalArgumentException("--limit " + limit + " must be 0 or more");
    }
    return q.withLimit(limit);
  }

  static PartialDate date(String option, String value) {
    try {
      return PartialDate.parse(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " " + e.getMessage(), e);
    }
  }
}
