package org.attache.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words that make up official roles, and the normal form of a role ("Defense Minister" → "Minister of Defence"). */
final class Roles {
  /** Head words of a role: a run of title words must contain one of these to be a role. */
  static final Set<String> HEADS = Set.of("president", "minister", "ambassador", "chairman", "chairperson", "chair",
      "speaker", "secretary", "head", "chief", "director", "commander", "governor", "mayor", "leader", "king", "queen",
      "premier", "chancellor", "vice-president", "vice-premier", "envoy", "spokesman", "spokeswoman", "spokesperson",
      "aide", "adviser", "advisor", "ceo", "prince", "emir", "sultan", "deputy", "attaché", "attache", "consul",
      "representative", "commissioner", "dictator", "d'affaires", "fm", "pm", "prosecutor", "secretary-general");
  /** Words that may stand inside a role: ministries, qualifiers, linking words. */
  static final Set<String> QUALIFIERS = Set.copyOf(java.util.List.of("prime", "foreign", "defence", "defense", "affairs", "of", "for", "and",
      "the", "state", "military", "industry", "economy", "economic", "agriculture", "food", "trade", "finance",
      "education", "health", "interior", "internal", "emergency", "situations", "energy", "industrial", "first",
      "vice", "deputy", "authority", "international", "cooperation", "co-operation", "war", "veterans",
      "national", "security", "council", "general", "staff", "armed", "forces", "army", "air", "force", "navy",
      "supreme", "central", "bank", "assembly", "parliament", "house", "senate", "council", "republic", "lower",
      "upper", "ministry", "department", "extraordinary", "plenipotentiary", "executive", "committee", "commission",
      "planning", "development", "investment", "federal", "treasury", "industries", "production", "technology", "science", "justice",
      "transport", "communications", "information", "culture", "sports", "youth", "labour", "labor", "social",
      "protection", "natural", "resources", "environment", "tourism", "housing", "construction", "to", "in",
      "charge", "d'affaires", "special", "acting", "former", "ex", "senior", "top", "chief", "army", "joint",
      "chiefs", "intelligence", "press", "service", "presidential", "administration", "lands", "water", "mines",
      "mining", "power", "petroleum", "oil", "gas", "digital", "media", "higher", "land", "rural", "affairs",
      "naval", "counterpart", "policy", "lieutenant", "major", "colonel", "brigadier", "admiral", "marshal", "field"));
  /** Ranks and honorifics: they stand before names but are not the role. */
  static final Set<String> RANKS = Set.copyOf(java.util.List.of("lieutenant", "general", "major", "colonel", "brigadier", "admiral", "marshal",
      "field", "mr", "mrs", "ms", "dr", "madam", "comrade", "his", "her", "excellency", "hon", "honourable",
      "honorable", "sir", "dame", "retired", "air", "vice", "rear", "captain", "mr.", "mrs.", "ms.", "dr.", "hon.", "gen.",
      "lt.", "col.", "maj.", "rt.", "rt", "h.e.", "h.e", "he.", "excellency", "president-elect"));
  private static final Map<String, String> MINISTRY = Map.ofEntries(
      Map.entry("defense", "Defence"), Map.entry("defence", "Defence"), Map.entry("foreign", "Foreign Affairs"),
      Map.entry("foreign affairs", "Foreign Affairs"), Map.entry("economy", "Economy"), Map.entry("agriculture", "Agriculture"),
      Map.entry("industry", "Industry"), Map.entry("trade", "Trade"), Map.entry("finance", "Finance"),
      Map.entry("education", "Education"), Map.entry("health", "Health"), Map.entry("interior", "Interior"),
      Map.entry("internal affairs", "Internal Affairs"), Map.entry("energy", "Energy"), Map.entry("justice", "Justice"));
  private static final Pattern X_MINISTER = Pattern.compile("(?i)^(.*?)\\s*minister$");
  private static final Pattern MINISTER_OF = Pattern.compile("(?i)^minister (?:of|for) (?:the )?(.+)$");

  private Roles() {}

  static boolean isRankOrHonorific(String word) {
    return RANKS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The normal form of a role as written: "Defense Minister" and "Minister of Defense" both give "Minister of Defence". */
  static String normalise(String role) {
    String[] parts = role.strip().split("(?i)\\s+and\\s+(?=(?:deputy |first deputy )?(?:\\p{L}+ )?minister\\b)");
    if (parts.length > 1) {
      // "Deputy Prime Minister and Foreign Minister": each role on its own.
      StringBuilder b = new StringBuilder();
      for (String p : parts) {
        b.append(b.isEmpty() ? "" : " and ").append(normaliseOne(p));
      }
      return b.toString();
    }
    return normaliseOne(role);
  }

  private static String normaliseOne(String role) {
    String r = role.strip().replaceAll("\\s+", " ").replaceAll("^(?i)the ", "");
    String lower = r.toLowerCase(Locale.ROOT);
    if (lower.equals("fm")) {
      return "Minister of Foreign Affairs";
    }
    if (lower.equals("pm") || lower.equals("premier")) {
      return "Prime Minister";
    }
    if (lower.equals("head of state")) {
      return "President";
    }
    if (lower.matches("(?:the )?(?:\\p{L}+ )?charg[eé] d['’]affaires")) {
      return "Chargé d'Affaires";
    }
    if (lower.equals("treasury secretary") || lower.equals("secretary of treasury")) {
      return "Secretary of the Treasury";
    }
    Matcher m = X_MINISTER.matcher(r);
    if (m.matches() && !m.group(1).isBlank() && !lower.matches("^(?:deputy |first deputy )?prime.*") && !lower.contains(" of ")) {
      String field = m.group(1).toLowerCase(Locale.ROOT);
      String prefix = "";
      for (String p : new String[] {"first deputy ", "deputy "}) {
        if (field.startsWith(p)) {
          prefix = titleCase(p.strip()) + " ";
          field = field.substring(p.length());
        }
      }
      String ministry = MINISTRY.getOrDefault(field, titleCase(field));
      return prefix + "Minister of " + ministry;
    }
    Matcher of = MINISTER_OF.matcher(r);
    if (of.matches()) {
      String field = of.group(1).toLowerCase(Locale.ROOT);
      String ministry = MINISTRY.get(field);
      if (ministry != null) {
        return "Minister of " + ministry;
      }
      if (field.startsWith("defense ") || field.startsWith("defence ")) {
        return "Minister of Defence" + titleCase(field.substring(7)).replaceFirst("^", " ");
      }
    }
    return capitalise(r);
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split(" ")) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(Set.of("of", "and", "for", "the").contains(w) ? w : capitalise(w));
    }
    return b.toString();
  }
}
