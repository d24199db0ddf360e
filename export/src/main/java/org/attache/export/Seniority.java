package org.attache.export;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How senior an office is, from its normalised role name: a lower rank is more senior. */
final class Seniority {
  /** The rank of an unknown or unranked role. */
  static final int NONE = 99;

  private Seniority() {}

  /**
   * 1 head of state (president, king, supreme leader), 2 head of government (prime minister, premier),
   * 3 their deputies (vice president, deputy prime minister), 4 ministers and secretaries of state, 5 deputy
   * ministers and state secretaries, 6 ambassadors, commanders, chiefs and speakers; {@link #NONE} otherwise.
   */
  static int rank(@Nullable String role) {
    if (role == null || role.isBlank()) {
      return NONE;
    }
    String r = role.toLowerCase(Locale.ROOT);
    boolean deputy = r.contains("vice") || r.contains("deputy") || r.contains("first deputy");
    if (r.contains("prime minister") || r.contains("premier")) {
      return deputy ? 3 : 2;
    }
    if (r.contains("president") || r.contains("head of state") || r.contains("king") || r.contains("supreme leader")) {
      return deputy ? 3 : 1;
    }
    if (r.contains("minister") || r.contains("secretary of state")) {
      return deputy ? 5 : 4;
    }
    if (r.contains("state secretary")) {
      return 5;
    }
    if (r.contains("ambassador") || r.contains("commander") || r.contains("chief") || r.contains("speaker")
        || r.contains("chairman") || r.contains("general")) {
      return 6;
    }
    return NONE;
  }
}
