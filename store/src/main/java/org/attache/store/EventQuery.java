package org.attache.store;

import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Status;
import org.jspecify.annotations.Nullable;

/**
 * Which events {@link Store#events(EventQuery)} returns: those meeting every condition that is set (a null
 * condition selects everything). Build one from {@link #all()} with the {@code with} methods.
 *
 * @param country an actor code (ISO 3166-1 alpha-3 or organisation short name) that must be among the
 *     event's actors, compared exactly
 * @param pairA with {@code pairB}: two actor codes that must both be among the event's actors, in any
 *     order; both are set or neither
 * @param pairB see {@code pairA}
 * @param type the event type
 * @param status the event status
 * @param since the first day of the event's date must be on or after the first day of {@code since};
 *     events with no date are then left out
 * @param until the first day of the event's date must be on or before the last day of {@code until}
 *     ({@code 2024-05} takes in 2024-05-31); events with no date are then left out
 * @param articleId the id of the article the event was extracted from
 * @param limit the most events to return, 0 for no limit
 */
public record EventQuery(@Nullable String country, @Nullable String pairA, @Nullable String pairB,
    @Nullable EventType type, @Nullable Status status, @Nullable PartialDate since, @Nullable PartialDate until,
    @Nullable String articleId, int limit) {

  private static final EventQuery ALL = new EventQuery(null, null, null, null, null, null, null, null, 0);

  /**
   * @throws IllegalArgumentException naming the field and value when a code is blank, only one side of
   *     the pair is set, {@code since} is after {@code until}, or {@code limit} is negative
   */
  public EventQuery {
    requireNonBlank("country", country);
    requireNonBlank("pairA", pairA);
    requireNonBlank("pairB", pairB);
    requireNonBlank("articleId", articleId);
    if ((pairA == null) != (pairB == null)) {
      throw new IllegalArgumentException("event query: pair needs both sides, got pairA=" + pairA + " pairB=" + pairB);
    }
    if (since != null && until != null && since.firstDay().isAfter(until.lastDay())) {
      throw new IllegalArgumentException("event query: since " + since + " is after until " + until);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("event query: limit " + limit + " is negative (0 means no limit)");
    }
  }

  /** The query that selects every event. */
  public static EventQuery all() {
    return ALL;
  }

  public EventQuery withCountry(@Nullable String code) {
    return new EventQuery(code, pairA, pairB, type, status, since, until, articleId, limit);
  }

  /** Events with both {@code a} and {@code b} among their actors, in any order. */
  public EventQuery withPair(String a, String b) {
    return new EventQuery(country, a, b, type, status, since, until, articleId, limit);
  }

  public EventQuery withoutPair() {
    return new EventQuery(country, null, null, type, status, since, until, articleId, limit);
  }

  public EventQuery withType(@Nullable EventType t) {
    return new EventQuery(country, pairA, pairB, t, status, since, until, articleId, limit);
  }

  public EventQuery withStatus(@Nullable Status s) {
    return new EventQuery(country, pairA, pairB, type, s, since, until, articleId, limit);
  }

  public EventQuery withSince(@Nullable PartialDate d) {
    return new EventQuery(country, pairA, pairB, type, status, d, until, articleId, limit);
  }

  public EventQuery withUntil(@Nullable PartialDate d) {
    return new EventQuery(country, pairA, pairB, type, status, since, d, articleId, limit);
  }

  public EventQuery withArticleId(@Nullable String id) {
    return new EventQuery(country, pairA, pairB, type, status, since, until, id, limit);
  }

  /** At most {@code n} events; 0 for no limit. */
  public EventQuery withLimit(int n) {
    return new EventQuery(country, pairA, pairB, type, status, since, until, articleId, n);
  }


  static void requireNonBlank(String field, @Nullable String value) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException("query: " + field + " '" + value + "' is blank (use null for any)");
    }
  }
}
