package org.attache.merge;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.attache.model.Event;
import org.attache.model.ExtractionChange;

/**
 * What changed between two extractions of one article. Events equal in type, sides, mode, date, place,
 * status and evidence are unchanged; of the rest, an old and a new event of the same type and sides are one
 * event changed (paired in text order); the others were removed or added.
 */
public final class Changes {
  private Changes() {}

  /** The differences, removed and changed in old text order, then added in new text order. */
  public static List<ExtractionChange> diff(String articleId, String fromVersion, String toVersion, List<Event> before,
      List<Event> after, String at) {
    List<Event> old = new ArrayList<>(before);
    List<Event> now = new ArrayList<>(after);
    for (Iterator<Event> it = old.iterator(); it.hasNext(); ) {
      Event o = it.next();
      for (Iterator<Event> jt = now.iterator(); jt.hasNext(); ) {
        if (same(o, jt.next())) {
          jt.remove();
          it.remove();
          break;
        }
      }
    }
    List<ExtractionChange> out = new ArrayList<>();
    for (Event o : old) {
      Event pair = null;
      for (Event n : now) {
        if (key(n).equals(key(o))) {
          pair = n;
          break;
        }
      }
      if (pair == null) {
        out.add(new ExtractionChange(articleId, fromVersion, toVersion, ExtractionChange.Kind.REMOVED, key(o),
            describe(o), at));
      } else {
        now.remove(pair);
        out.add(new ExtractionChange(articleId, fromVersion, toVersion, ExtractionChange.Kind.CHANGED, key(o),
            describe(o) + " → " + describe(pair), at));
      }
    }
    for (Event n : now) {
      out.add(new ExtractionChange(articleId, fromVersion, toVersion, ExtractionChange.Kind.ADDED, key(n),
          describe(n), at));
    }
    return out;
  }

  static String key(Event e) {
    return e.type() + " " + String.join(e.directed() ? ">" : "-", e.actors());
  }

  private static boolean same(Event a, Event b) {
    return key(a).equals(key(b)) && a.mode().equals(b.mode()) && Objects.equals(a.date(), b.date())
        && Objects.equals(a.location(), b.location()) && a.status() == b.status()
        && a.sectors().equals(b.sectors()) && a.evidence().equals(b.evidence());
  }

  private static String describe(Event e) {
    return e.mode() + " " + (e.date() == null ? "undated" : e.date()) + (e.location() == null ? "" : " in " + e.location())
        + " " + e.status().label() + " " + e.evidence() + " " + e.sectors();
  }
}
