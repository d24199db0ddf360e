package org.attache.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Sector;
import org.attache.model.Status;
import org.attache.store.EventQuery;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of one request, read strictly: a parameter the route does not know, one given twice, or a
 * value that does not parse is an {@link ApiError} naming the parameter and the value.
 */
final class Params {
  /** The event filters every event route takes, named as the CLI's options are. */
  static final List<String> EVENT_FILTERS = List.of("country", "pair", "type", "status", "since", "until", "sector",
      "person", "article", "q", "view");

  private final Context ctx;

  private Params(Context ctx) {
    this.ctx = ctx;
  }

  /** The parameters of {@code ctx}, after checking that each is among {@code allowed}. */
  static Params of(Context ctx, List<String> allowed) {
    for (var e : ctx.queryParamMap().entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw new ApiError(ApiError.Code.UNKNOWN_PARAMETER, "unknown parameter '" + e.getKey() + "' = '"
            + String.join(",", e.getValue()) + "'; this route takes "
            + (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed))), e.getKey(),
            String.join(",", e.getValue()));
      }
      if (e.getValue().size() > 1) {
        throw ApiError.badParameter(e.getKey(), String.join(",", e.getValue()), "given " + e.getValue().size()
            + " times; give it once");
      }
    }
    return new Params(ctx);
  }

  /** The value of {@code name}, stripped, or null when absent or empty. */
  @Nullable String string(String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  int integer(String name, int fallback, int min, int max) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiError.badParameter(name, v, "must be between " + min + " and " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badParameter(name, v, "is not a whole number");
    }
  }

  @Nullable String code(String name) {
    String v = string(name);
    if (v == null) {
      return null;
    }
    if (!v.matches("[A-Za-z][A-Za-z0-9]{1,9}")) {
      throw ApiError.badParameter(name, v, "is not an actor code such as BLR or EU");
    }
    return v.toUpperCase(Locale.ROOT);
  }

  @Nullable PartialDate date(String name) {
    String v = string(name);
    try {
      return v == null ? null : PartialDate.parse(v);
    } catch (IllegalArgumentException e) {
      throw ApiError.badParameter(name, v, "expected YYYY, YYYY-MM or YYYY-MM-DD (" + e.getMessage() + ")");
    }
  }

  /** The {@link Store}-level filters of {@link #EVENT_FILTERS} (country, pair, type, status, since, until, article). */
  EventQuery eventQuery() {
    EventQuery q = EventQuery.all().withCountry(code("country"));
    String pair = string("pair");
    if (pair != null) {
      String[] ab = pair.toUpperCase(Locale.ROOT).split("[-,/]");
      if (ab.length != 2 || !ab[0].matches("[A-Z][A-Z0-9]{1,9}") || !ab[1].matches("[A-Z][A-Z0-9]{1,9}")) {
        throw ApiError.badParameter("pair", pair, "expected two actor codes joined by '-', e.g. BLR-ZWE");
      }
      q = q.withPair(ab[0], ab[1]);
    }
    String type = string("type");
    if (type != null) {
      try {
        q = q.withType(EventType.valueOf(type.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw ApiError.badParameter("type", type, "is not a PLOVER type; one of " + List.of(EventType.values()));
      }
    }
    String status = string("status");
    if (status != null) {
      try {
        q = q.withStatus(Status.parse(status));
      } catch (IllegalArgumentException e) {
        throw ApiError.badParameter("status", status, "is not one of occurred, planned, possible");
      }
    }
    PartialDate since = date("since");
    PartialDate until = date("until");
    try {
      return q.withSince(since).withUntil(until).withArticleId(string("article"));
    } catch (IllegalArgumentException e) {
      // The only conflict left between valid values: since after until (2024-06 after 2024-05 takes in May 31).
      throw ApiError.badParameter("since", String.valueOf(since), "is after until '" + until + "'");
    }
  }

  @Nullable Sector sector() {
    String v = string("sector");
    try {
      return v == null ? null : Sector.parse(v);
    } catch (IllegalArgumentException e) {
      throw ApiError.badParameter("sector", v, e.getMessage());
    }
  }

  /** One of {@code choices}, or {@code fallback}. */
  String choice(String name, Set<String> choices, String fallback) {
    String v = string(name);
    if (v == null) {
      return fallback;
    }
    if (!choices.contains(v)) {
      throw ApiError.badParameter(name, v, "expected one of " + new TreeSet<>(choices));
    }
    return v;
  }
}
