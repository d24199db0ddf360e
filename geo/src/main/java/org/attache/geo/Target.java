package org.attache.geo;

/** What a name stands for: an actor code (alpha-3 or organisation) and the kind of name. */
record Target(String code, MatchKind kind) {
  /** Marks a phrase that {@link Gazetteer#find} passes over without a match; compared by identity. */
  static final Target IGNORED = new Target("-", MatchKind.CITY);
}
