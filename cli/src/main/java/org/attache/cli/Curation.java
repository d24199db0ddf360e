package org.attache.cli;

import java.util.List;
import java.util.Locale;
import org.attache.geo.Gazetteer;
import org.attache.merge.Merger;
import org.attache.merge.View;
import org.attache.model.CanonicalEvent;
import org.attache.model.CanonicalPerson;
import org.attache.pipeline.Canon;
import org.attache.store.Store;

/** Loads the canonical view of a store for the commands, and finds the events and people curators name. */
final class Curation {
  private Curation() {}

  /** The gazetteer's places, loaded once per process (a command both reads and refreshes the view). */
  private static final class LoadedPlaces {
    static final org.attache.merge.Places PLACES = Canon.places(Gazetteer.load());
  }

  static View view(Store s) {
    return Canon.build(s, LoadedPlaces.PLACES);
  }

  /** Rebuilds and stores the canonical view after a correction. */
  static View refresh(Store s) {
    return Canon.refresh(s, LoadedPlaces.PLACES);
  }

  /** The canonical event an id (current, or an old one that was replaced) names. */
  static CanonicalEvent event(Store s, View v, String id) {
    String now = Merger.resolve(id.strip(), s.canonicalAliases());
    return v.event(now).orElseThrow(() -> new IllegalArgumentException("event '" + id
        + "': no canonical event has this id; see 'attache events' for the ids"));
  }

  /** The canonical person an id, or a name or other name used by only one person, names. */
  static CanonicalPerson person(Store s, View v, String idOrName) {
    String now = Merger.resolve(idOrName.strip(), s.canonicalAliases());
    var byId = v.person(now);
    if (byId.isPresent()) {
      return byId.get();
    }
    String key = idOrName.strip().toLowerCase(Locale.ROOT);
    List<CanonicalPerson> named = v.people().stream().filter(p -> p.name().toLowerCase(Locale.ROOT).equals(key)
        || p.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key))).toList();
    if (named.size() == 1) {
      return named.getFirst();
    }
    if (named.isEmpty()) {
      throw new IllegalArgumentException("person '" + idOrName + "': no person has this id or name; see 'attache people'");
    }
    throw new IllegalArgumentException("person '" + idOrName + "' names " + named.size() + " people ("
        + String.join(", ", named.stream().map(p -> p.id() + " " + p.name() + " " + p.country()).toList())
        + "); give an id");
  }
}
