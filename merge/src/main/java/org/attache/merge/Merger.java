package org.attache.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.attache.model.CanonicalEvent;
import org.attache.model.Correction;
import org.attache.model.PartialDate;

/**
 * Builds the canonical view of a corpus from what was extracted from each article.
 *
 * <p><b>People.</b> Names are compared folded ({@link Names}: accents, case, punctuation, and transliterations
 * of given names such as Aleksandr/Alexander, Viktor/Victor). People of one country with the same folded
 * given name and surname are one person; a name whose given name is an initial, or that has no country, joins
 * the one person it fits. A surname alone joins the one person of its country (any country when it has none)
 * whose name includes it, and whose roles do not differ from its role; when several fit, the one with its
 * role; otherwise it stays apart, and surnames alone with different roles stay apart from one another. Two
 * people of one country whose surnames are one name misspelt (edit distance 1, 2 from 8 letters; or one a
 * prefix of at least 5 letters of the other, "Pantus"/"Pantusher") are joined only when they share a role.
 * People of different countries are never joined.
 *
 * <p><b>Events.</b> Per-article events are taken most precise date first (then by content, so that the order
 * of input does not matter); each joins the existing canonical event that fits best, or starts one. An event
 * fits when it has the same type and the same sides (as a set: extractors often get the acting side wrong); for
 * CONSULT, COOPERATE, AID and REQUEST the same mode when both have one (a visit and a meeting are different
 * occasions, as are military and economic cooperation; an agreement signed and one agreed may be the same
 * deal); a date {@linkplain PartialDate#compatibleWith compatible} with the date of every report already there;
 * comes from an article none of them comes from; and contradicts none of them: two different known cities, a
 * city or country in one country and a place in another (Harare and Belarus), disjoint sets of people of one
 * country, or a planned report next to a report dated wholly before its article was published (less
 * {@value EventMerger#SLACK_DAYS} days: what was still to come then is a later occasion). Among several
 * fitting events the one agreeing most (same evidence in a copy, mode, place, people, equal date) is taken; a
 * less precise date fitting several equally well stays apart. An undated event joins only the same report in a
 * copy of its article, or the one dated event that fits, gives the sides in the same order when both are
 * directed, and lies within {@value EventMerger#NEAR_DAYS} days of its article's date. An article with no
 * publication date is placed at the latest month or day of an event it reports as occurred (a year alone is
 * mostly background); an undated event of an article with no date joins the one fitting event that shares a
 * person or city with it, or two people named by the event's articles (the event's own two people when its
 * article is placed), and does not name only people its article never mentions; a visit or meeting planned
 * there with no date stays apart (an invitation is mostly to the next one). The
 * people an event names are its article's people, or else the one canonical person of that full name.
 * {@link #whyApart} tells which of these rules kept two reports apart.
 *
 * <p><b>Ids.</b> A canonical event's id is a hash of its anchor report (the earliest-published original,
 * then the smallest article id, then the earliest evidence): the article id, type, sides and evidence text. A
 * person's id is a hash of the country and folded given name and surname (the smallest such key among their
 * names). Ids therefore depend only on the set of articles, never on the order they were added; adding a
 * later article never changes an id, and an id that does change (an earlier report arrives) is recorded by
 * the store as an alias of the new one, through which corrections are applied.
 *
 * <p><b>Corrections</b> are applied after merging, in their order: person merges and splits before events are
 * built, event fixes and rejections after.
 *
 * <p>Stateless and thread-safe.
 */
public final class Merger {
  private Merger() {}

  /**
   * Builds the canonical view.
   *
   * @param sources every article with what was extracted from it, in any order
   * @param corrections the curators' corrections, applied in {@link Correction#seq()} order
   * @param aliases old canonical ids → the ids that replaced them, for corrections naming an old id
   * @param places what is known of places (to tell two cities apart)
   */
  public static View merge(List<Source> sources, List<Correction> corrections, Map<String, String> aliases,
      Places places) {
    List<Source> sorted = byArticle(sources);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).articleId().equals(sorted.get(i - 1).articleId())) {
        throw new IllegalArgumentException("article " + sorted.get(i).articleId() + " is given twice");
      }
    }
    EventMerger.Result events = events(sorted, corrections, aliases, places, false);
    PeopleResolver.Result people = events.people();
    // By date (undated last), then id; the dates' sort keys computed once, not at each comparison.
    record Keyed(long date, CanonicalEvent event) {}
    List<Keyed> keyed = new ArrayList<>(events.events().size());
    for (CanonicalEvent e : events.events()) {
      keyed.add(new Keyed(EventMerger.sortKey(e.date()), e));
    }
    keyed.sort(Comparator.comparingLong(Keyed::date).thenComparing(k -> k.event().id()));
    List<CanonicalEvent> list = new ArrayList<>(keyed.size());
    keyed.forEach(k -> list.add(k.event()));
    return new View(list, people.people(), events.idOfMember(), people.idOfMember());
  }

  /**
   * Why two per-article events were not merged into one canonical event, for people studying the rules: for each,
   * how it was placed (joined an event, no event fits, several fit) and the rule that keeps it out of the other's
   * event; "merged" when they were. Takes the same arguments as {@link #merge} and as much time.
   */
  public static String whyApart(List<Source> sources, List<Correction> corrections, Map<String, String> aliases,
      Places places, String eventA, String eventB) {
    return events(byArticle(sources), corrections, aliases, places, true).whyApart().apply(eventA, eventB);
  }

  private static List<Source> byArticle(List<Source> sources) {
    Source[] sorted = sources.toArray(Source[]::new);
    java.util.Arrays.parallelSort(sorted, (a, b) -> a.articleId().compareTo(b.articleId()));
    return List.of(sorted);
  }

  /** Resolves the people of {@code sorted} and merges its events, corrections applied in their order. */
  private static EventMerger.Result events(List<Source> sorted, List<Correction> corrections,
      Map<String, String> aliases, Places places, boolean explain) {
    List<Correction> ordered = new ArrayList<>(corrections);
    ordered.sort(Comparator.comparingLong(Correction::seq));
    PeopleResolver.Result people = PeopleResolver.resolve(sorted, ordered, aliases);
    return EventMerger.merge(sorted, people, ordered, aliases, places, explain);
  }

  /** Follows {@code aliases} from {@code id} to the id in use now (at most 64 steps). */
  public static String resolve(String id, Map<String, String> aliases) {
    String cur = id;
    for (int i = 0; i < 64; i++) {
      String next = aliases.get(cur);
      if (next == null || next.equals(cur)) {
        return cur;
      }
      cur = next;
    }
    return cur;
  }
}
