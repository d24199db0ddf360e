package org.attache.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Folds personal names so that spellings of one name compare equal: accents and case dropped, punctuation
 * and hyphens made spaces, and common transliteration variants of given names (Aleksandr, Alyaksandr →
 * alexander; Viktor, Viktar → victor; Sergei, Siarhei → sergey; ...) mapped to one form.
 */
final class Names {
  private static final Map<String, String> GIVEN = variants(
      "alexander: aleksandr aleksander alexandr alyaksandr aliaksandr aleksandar",
      "victor: viktor viktar",
      "sergey: sergei serguei siarhei sergiy serhiy",
      "dmitry: dmitri dmitriy dzmitry dzmitri",
      "yury: yuri yuriy yurii jury juri",
      "andrey: andrei andrej andrii",
      "nikolay: nikolai mikalai",
      "alexey: aleksei alexei aleksey",
      "maxim: maksim",
      "yevgeny: evgeny evgeniy yevgeniy evgenii",
      "vladimir: uladzimir",
      "igor: ihar",
      "mikhail: mikhael mikhaïl",
      "pavel: pavlo",
      "valery: valeri valeriy valerii",
      "anatoly: anatoli anatoliy anatolii",
      "vasily: vasili vasiliy vasilii",
      "gennady: gennadi gennadiy",
      "leonid: leanid",
      "natalya: natalia natallia",
      "maria: mariya");

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final java.util.regex.Pattern ENDING = java.util.regex.Pattern.compile("(iy|yi|ii|ij)$");

  private Names() {}

  private static Map<String, String> variants(String... lines) {
    java.util.HashMap<String, String> m = new java.util.HashMap<>();
    for (String line : lines) {
      String[] kv = line.split(":");
      String canonical = kv[0].strip();
      m.put(canonical, canonical);
      for (String v : kv[1].strip().split(" ")) {
        m.put(v, canonical);
      }
    }
    return Map.copyOf(m);
  }

  /** The folded tokens of a name: {@code "Aleksandr Lukashenko"} → {@code [alexander, lukashenko]}. */
  static List<String> tokens(String name) {
    String s = plain(name);
    List<String> out = new ArrayList<>();
    if (s.isEmpty()) {
      return out;
    }
    for (String t : s.split(" ")) {
      out.add(foldToken(t));
    }
    return out;
  }

  /** Whether a name is spelt as it folds (Alexander, not Aleksandr): preferred when spellings are equally used. */
  static boolean isCanonicalSpelling(String name) {
    return List.of(plain(name).split(" ")).equals(tokens(name));
  }

  /** A name without accents, lower-cased, with runs of what is not a letter or digit made one space, trimmed. */
  private static String plain(String name) {
    String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(s).replaceAll(" ").strip();
  }

  private static String foldToken(String t) {
    String g = GIVEN.get(t);
    if (g != null) {
      return g;
    }
    // Generic transliteration noise in surnames: -iy/-yi/-ii endings, 'w' for 'v', 'sch' for 'sh'.
    String f = ENDING.matcher(t).replaceAll("y").replace("sch", "sh");
    if (f.length() > 3) {
      f = f.replace('w', 'v');
    }
    return f;
  }

  /** A role folded for comparison: case and white space, "the", and American "defense". */
  static @Nullable String role(@Nullable String role) {
    if (role == null || role.isBlank()) {
      return null;
    }
    String r = role.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^the ", "");
    r = r.replace("defense", "defence").replaceFirst("^(\\p{L}+) minister$", "minister of $1");
    return r.replaceFirst("^minister of foreign$", "minister of foreign affairs");
  }

  /** Levenshtein distance, capped: {@code cap + 1} when it exceeds {@code cap}. */
  static int distance(String a, String b, int cap) {
    int d = new org.apache.commons.text.similarity.LevenshteinDistance(cap).apply(a, b);
    return d < 0 ? cap + 1 : d;
  }

  /**
   * Whether two folded surnames are one name misspelt: the same first letter, and within edit distance 1 (2
   * from 8 letters on), or one a prefix of the other of at least 5 letters ("pantus" / "pantusher").
   */
  static boolean typoClose(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    int shorter = Math.min(a.length(), b.length());
    if (shorter >= 5 && (a.startsWith(b) || b.startsWith(a))) {
      return true;
    }
    if (shorter < 5) {
      return false;
    }
    return distance(a, b, shorter >= 8 ? 2 : 1) <= (shorter >= 8 ? 2 : 1);
  }
}
