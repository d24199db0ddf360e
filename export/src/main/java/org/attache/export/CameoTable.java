package org.attache.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.model.EventType;

/**
 * The official CAMEO→PLOVER conversion table (PLOVER draft 0.8), with each CAMEO code's name and Goldstein
 * score, read from {@code cameo-plover.tsv} (built by {@code export/scripts/build-cameo-table.py}). Immutable
 * and thread-safe.
 */
final class CameoTable {
  /**
   * One CAMEO code.
   *
   * @param code 3 or 4 digits, e.g. {@code 057}
   * @param name the code's name, e.g. {@code Sign formal agreement}
   * @param goldstein the Goldstein score, −10..+10
   * @param plover the PLOVER type the table maps it to
   * @param mode the PLOVER mode, or empty
   * @param contexts the PLOVER contexts
   */
  record Code(String code, String name, double goldstein, EventType plover, String mode, List<String> contexts) {
    /** The two-digit root, e.g. {@code 05}. */
    String root() {
      return code.substring(0, 2);
    }

    /** GDELT's QuadClass of the root: 1 verbal cooperation, 2 material cooperation, 3 verbal, 4 material conflict. */
    int quadClass() {
      int r = Integer.parseInt(root());
      return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
    }
  }

  private static final String RESOURCE = "cameo-plover.tsv";
  private final Map<String, Code> codes;

  private CameoTable(Map<String, Code> codes) {
    this.codes = codes;
  }

  /** Loads the bundled table; fails naming the line when a row is malformed. */
  static CameoTable load() {
    Map<String, Code> codes = new LinkedHashMap<>();
    try (InputStream in = CameoTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the export module");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      boolean header = false;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (!header) {
          header = true;
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
          throw new IllegalStateException(RESOURCE + ":" + n + ": " + f.length + " columns, expected 6");
        }
        List<String> contexts = f[5].isEmpty() ? List.of() : List.of(f[5].split(";"));
        codes.put(f[0], new Code(f[0], f[1], Double.parseDouble(f[2]), EventType.valueOf(f[3]), f[4], contexts));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
    return new CameoTable(Map.copyOf(codes));
  }

  Optional<Code> code(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  int size() {
    return codes.size();
  }

  /** The code a coding names, or else the table read in reverse ({@link #reverse}). */
  Code codeFor(Plover.Coding coding) {
    if (!coding.cameo().isEmpty()) {
      return code(coding.cameo()).orElseThrow(() -> new IllegalStateException(
          "CAMEO code " + coding.cameo() + " of rule '" + coding.rule() + "' is not in the table"));
    }
    return reverse(coding);
  }

  /**
   * The table read in reverse: the CAMEO code whose PLOVER coding fits {@code coding} best. Only codes of the
   * same PLOVER type are candidates; among them an equal mode counts most, then shared contexts (with no
   * context, the root's general code such as 030); ties go to the shorter (more general) code, then the lower one.
   */
  Code reverse(Plover.Coding coding) {
    Comparator<Code> byFit = Comparator.comparingInt((Code c) -> fit(c, coding)).reversed()
        .thenComparingInt(c -> c.code().length()).thenComparing(Code::code);
    List<Code> candidates = new ArrayList<>(codes.values().stream().filter(c -> c.plover() == coding.event()).toList());
    if (candidates.isEmpty()) {
      throw new IllegalStateException("the CAMEO→PLOVER table has no code for PLOVER type " + coding.event());
    }
    candidates.sort(byFit);
    return candidates.get(0);
  }

  private static int fit(Code c, Plover.Coding coding) {
    int score = c.mode().equals(coding.mode()) ? 4 : 0;
    for (String ctx : coding.contexts()) {
      if (c.contexts().contains(ctx)) {
        score += 2;
      }
    }
    if (coding.contexts().isEmpty() && c.code().length() == 3 && c.code().endsWith("0")) {
      score += 1; // nothing to narrow it down: the root's general code (030, 040, 060, ...)
    }
    return score;
  }
}
