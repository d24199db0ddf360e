package org.attache.eval;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The normalisations under which names, roles, places and actor codes are compared. */
final class Names {
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern DEFENSE = Pattern.compile("\\bdefense\\b");
  private static final Pattern LEADING_THE = Pattern.compile("^the ");
  private static final Pattern MINISTER_OF = Pattern.compile("\\bminister (?:of|for) (?:the )?(.+)$");

  private Names() {
  }

  /** A text trimmed, with runs of white space made one space. */
  static String oneLine(String text) {
    return SPACE.matcher(text.strip()).replaceAll(" ");
  }

  /** A name or place lower-cased, trimmed, with runs of white space made one space. */
  static String key(String name) {
    return oneLine(name).toLowerCase(Locale.ROOT);
  }

  /** An actor code or country trimmed and upper-cased, or null. */
  static @Nullable String code(@Nullable String code) {
    return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * A role in a canonical form: {@link #key}, a leading "the" dropped, American "defense" spelled
   * "defence", and "minister of X" / "minister for X" turned into "X minister" (so {@code Minister of
   * Defense} and {@code Defence Minister} both become {@code defence minister}); null stays null.
   */
  static @Nullable String role(@Nullable String role) {
    if (role == null) {
      return null;
    }
    String r = LEADING_THE.matcher(key(role)).replaceFirst("");
    r = DEFENSE.matcher(r).replaceAll("defence");
    return MINISTER_OF.matcher(r).replaceFirst("$1 minister");
  }

  /** Whether two roles are the same after {@link #role}; null equals only null. */
  static boolean sameRole(@Nullable String a, @Nullable String b) {
    return Objects.equals(role(a), role(b));
  }

  /** Whether two places are equal ignoring case and surrounding or repeated white space; null equals only null. */
  static boolean samePlace(@Nullable String a, @Nullable String b) {
    return a == null || b == null ? a == b : key(a).equals(key(b));
  }
}
