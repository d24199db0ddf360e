package org.attache.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A curator's correction of the canonical view, kept apart from what was extracted and applied again after
 * every re-run.
 *
 * @param seq its order of entry (1, 2, ...); corrections are applied in this order
 * @param kind what it does
 * @param target the id of the canonical event or person it applies to
 * @param args its arguments by name (e.g. {@code other}, {@code name}, {@code date}, {@code type})
 * @param why the curator's reason, or empty
 * @param at when it was entered, ISO-8601 instant
 */
public record Correction(long seq, Kind kind, String target, Map<String, String> args, String why, String at) {
  /** The kinds of correction. */
  public enum Kind {
    /** Merge person {@code target} with person {@code args.other}. */
    PERSON_MERGE,
    /** Take the mentions named {@code args.name} out of person {@code target} into a person of their own. */
    PERSON_SPLIT,
    /** Hide event {@code target} from the canonical view. */
    EVENT_REJECT,
    /** Set fields of event {@code target}: any of {@code date}, {@code type}, {@code mode}, {@code status}, {@code location}. */
    EVENT_FIX
  }

  public Correction {
    args = Map.copyOf(new TreeMap<>(args));
    if (target.isBlank()) {
      throw new IllegalArgumentException("correction " + kind + ": blank target");
    }
  }
}
