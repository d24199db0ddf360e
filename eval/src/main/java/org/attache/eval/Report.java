package org.attache.eval;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.attache.model.Event;
import org.attache.model.Person;
import org.jspecify.annotations.Nullable;

/**
 * The scores of a system against gold annotations, with the counts behind every number and the errors
 * per article. Every score is a fraction in 0..1, or null when there is nothing to score. Immutable.
 *
 * @param events event precision/recall over required gold events, counting only matches that are dated right
 * @param dateExact of the matches to required gold events with a gold date, those dated right
 * @param location of the matches to required gold events, those with the same location
 * @param status of the matches to required gold events, those with the same status
 * @param direction of the matches to directed required gold events, those where the system event is directed
 *     and has the gold's first actor first
 * @param sectorsJaccard the mean sector Jaccard over the matches to required gold events
 * @param people person precision, recall and role accuracy
 * @param links cross-article "same event" links: gold = gold links, system = system links, matched = both
 * @param byType event counts per event type name, sorted by name
 * @param articles per gold article, what went wrong, in gold order
 * @param linkErrors the false and the missed cross-article links, false ones first, each kind sorted by article
 */
public record Report(Counts events, Ratio dateExact, Ratio location, Ratio status, Ratio direction,
    Mean sectorsJaccard, PeopleCounts people, Counts links, SortedMap<String, Counts> byType,
    List<ArticleErrors> articles, List<LinkError> linkErrors) {
  public Report {
    byType = Collections.unmodifiableSortedMap(new TreeMap<>(byType));
    articles = List.copyOf(articles);
    linkErrors = List.copyOf(linkErrors);
  }

  /**
   * One end of a cross-article link: a required gold event and the system event matched to it.
   *
   * @param set the gold set's name (empty when only one set was scored)
   * @param file the article's file name
   * @param gold the required gold event
   * @param system the system event matched to it (dated right or not), or null when none was
   * @param datedRight whether that match is dated right (false when there is none)
   */
  public record LinkEnd(String set, String file, GoldEvent gold, @Nullable Event system, boolean datedRight) {
  }

  /**
   * A cross-article link scored wrong.
   *
   * @param missed true for a gold link the system does not make, false for a system link gold does not have
   * @param a one end (the one of the smaller (set, file, gold id))
   * @param b the other end
   * @param why for a missed link: an end unmatched, matched but not dated right, or matched by two different
   *     system events; for a false link: the gold labels of the two ends
   */
  public record LinkError(boolean missed, LinkEnd a, LinkEnd b, String why) {
  }

  /**
   * Counts behind a precision/recall pair.
   *
   * @param gold the gold items that should be found
   * @param system the system items that are counted
   * @param matched the items found in both
   */
  public record Counts(int gold, int system, int matched) {
    public Counts {
      if (gold < 0 || system < 0 || matched < 0 || matched > gold || matched > system) {
        throw new IllegalArgumentException("counts gold " + gold + ", system " + system + ", matched " + matched
            + " must be >= 0 with matched <= gold and matched <= system");
      }
    }

    /** matched / system, or null when there are no system items. */
    public @Nullable Double precision() {
      return system == 0 ? null : (double) matched / system;
    }

    /** matched / gold, or null when there are no gold items. */
    public @Nullable Double recall() {
      return gold == 0 ? null : (double) matched / gold;
    }

    /**
     * The harmonic mean of precision and recall, computed as 2·matched / (gold + system) so that it is 0
     * (not undefined) when one side is empty and the other is not; null when both are empty.
     */
    public @Nullable Double f1() {
      return gold + system == 0 ? null : 2.0 * matched / (gold + system);
    }

    Counts plus(Counts o) {
      return new Counts(gold + o.gold, system + o.system, matched + o.matched);
    }
  }

  /** A share: {@code right} out of {@code total}. */
  public record Ratio(int right, int total) {
    public Ratio {
      if (right < 0 || total < right) {
        throw new IllegalArgumentException("ratio " + right + "/" + total + " must have 0 <= right <= total");
      }
    }

    /** right / total, or null when total is 0. */
    public @Nullable Double value() {
      return total == 0 ? null : (double) right / total;
    }

    Ratio plus(boolean isRight) {
      return new Ratio(right + (isRight ? 1 : 0), total + 1);
    }
  }

  /** A mean of {@code count} values in 0..1 that add up to {@code sum}. */
  public record Mean(double sum, int count) {
    public Mean {
      if (count < 0 || sum < 0 || sum > count + 1e-9) {
        throw new IllegalArgumentException("mean of sum " + sum + " over " + count + " values in 0..1 is impossible");
      }
    }

    /** sum / count, or null when count is 0. */
    public @Nullable Double value() {
      return count == 0 ? null : sum / count;
    }

    Mean plus(double value) {
      return new Mean(sum + value, count + 1);
    }
  }

  /**
   * Counts behind person scores. Matching is one-to-one, so {@code matched} is both the number of matched
   * gold people and of matched system people.
   *
   * @param gold gold people
   * @param system system people
   * @param matched matched pairs
   * @param rolesRight matched pairs whose roles agree
   */
  public record PeopleCounts(int gold, int system, int matched, int rolesRight) {
    public PeopleCounts {
      if (matched < 0 || matched > gold || matched > system || rolesRight < 0 || rolesRight > matched) {
        throw new IllegalArgumentException("people counts gold " + gold + ", system " + system + ", matched "
            + matched + ", roles right " + rolesRight + " are inconsistent");
      }
    }

    /** matched / system, or null when the system found no one. */
    public @Nullable Double precision() {
      return new Counts(gold, system, matched).precision();
    }

    /** matched / gold, or null when there are no gold people. */
    public @Nullable Double recall() {
      return new Counts(gold, system, matched).recall();
    }

    /** rolesRight / matched, or null when nobody was matched. */
    public @Nullable Double role() {
      return new Ratio(rolesRight, matched).value();
    }
  }

  /** A match to a required gold event with one field not right (its date, or its place). */
  public record Mismatch(GoldEvent gold, Event system) {
  }

  /**
   * What went wrong in one gold article.
   *
   * @param set the gold set's name (empty when only one set was scored)
   * @param file the article's file name
   * @param missed required gold events no system event matched
   * @param spurious system events that matched no gold event (required or optional)
   * @param wronglyDated matches to required gold events that are not dated right
   * @param wronglyPlaced matches to required gold events whose place is not the gold's
   * @param peopleMissed gold people no system person matched
   * @param peopleSpurious system people who matched no gold person
   */
  public record ArticleErrors(String set, String file, List<GoldEvent> missed, List<Event> spurious,
      List<Mismatch> wronglyDated, List<Mismatch> wronglyPlaced, List<GoldPerson> peopleMissed,
      List<Person> peopleSpurious) {
    public ArticleErrors {
      missed = List.copyOf(missed);
      spurious = List.copyOf(spurious);
      wronglyDated = List.copyOf(wronglyDated);
      wronglyPlaced = List.copyOf(wronglyPlaced);
      peopleMissed = List.copyOf(peopleMissed);
      peopleSpurious = List.copyOf(peopleSpurious);
    }

    /** Whether nothing went wrong. */
    public boolean isEmpty() {
      return missed.isEmpty() && spurious.isEmpty() && wronglyDated.isEmpty() && wronglyPlaced.isEmpty()
          && peopleMissed.isEmpty()
          && peopleSpurious.isEmpty();
    }
  }

  /**
   * The scores as pretty-printed JSON with exactly these keys, in this order: {@code events} (precision,
   * recall, f1, gold, system, matched), {@code date_exact}, {@code location}, {@code status},
   * {@code direction}, {@code sectors_jaccard}, {@code people} (precision, recall, role), {@code links}
   * (precision, recall, f1), {@code by_type} (per type name: precision, recall, f1). Scores are numbers in
   * 0..1 or null; gold/system/matched are counts.
   */
  public String toJson() {
    return ReportFormat.json(this);
  }

  /** The scores as a plain-text table for a terminal, with the counts behind each. */
  public String toTable() {
    return ReportFormat.table(this);
  }

  /**
   * Every missed required gold event and every spurious system event, per article (type, actors, date,
   * status, evidence), the wrongly dated matches (gold date vs system date), and the people missed and
   * spurious. Articles with nothing wrong are left out. Then every false and every missed cross-article link,
   * with both ends (article, gold event, the system event matched to it) and why it is missed.
   */
  public String details() {
    return ReportFormat.details(this, (a, b) -> null);
  }

  /**
   * As {@link #details()}, with the system's own account of why two system events matched to the ends of a missed
   * link were not merged (null for none), after the link.
   */
  public String details(java.util.function.BiFunction<Event, Event, @Nullable String> whyApart) {
    return ReportFormat.details(this, whyApart);
  }
}
