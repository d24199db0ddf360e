package org.attache.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.attache.model.Person;
import org.jspecify.annotations.Nullable;

/** Matches the system people of one article to its gold people (see {@link Evaluator} for the rules). */
final class PersonMatcher {
  private PersonMatcher() {
  }

  /** The outcome for one article. */
  record Result(int matched, int rolesRight, List<GoldPerson> missed, List<Person> spurious) {
  }

  static Result match(List<GoldPerson> gold, List<Person> system) {
    List<Set<String>> goldNames = gold.stream().map(p -> names(p.name(), p.aliases())).toList();
    List<Set<String>> systemNames = system.stream().map(p -> names(p.name(), p.aliases())).toList();
    int[] goldToSystem = new int[gold.size()];
    int[] systemToGold = new int[system.size()];
    Arrays.fill(goldToSystem, -1);
    Arrays.fill(systemToGold, -1);
    Matching.extend(IntStream.range(0, gold.size()).boxed().toList(), goldToSystem, systemToGold,
        (g, s) -> sameCountry(gold.get(g).country(), system.get(s).country())
            && !disjoint(goldNames.get(g), systemNames.get(s)));
    int matched = 0;
    int rolesRight = 0;
    List<GoldPerson> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      int s = goldToSystem[g];
      if (s < 0) {
        missed.add(gold.get(g));
      } else {
        matched++;
        rolesRight += Names.sameRole(gold.get(g).role(), system.get(s).role()) ? 1 : 0;
      }
    }
    List<Person> spurious = new ArrayList<>();
    for (int s = 0; s < system.size(); s++) {
      if (systemToGold[s] < 0) {
        spurious.add(system.get(s));
      }
    }
    return new Result(matched, rolesRight, missed, spurious);
  }

  private static Set<String> names(String name, List<String> aliases) {
    Set<String> keys = new HashSet<>();
    keys.add(Names.key(name));
    aliases.forEach(a -> keys.add(Names.key(a)));
    keys.remove("");
    return keys;
  }

  private static boolean sameCountry(@Nullable String a, @Nullable String b) {
    return Objects.equals(Names.code(a), Names.code(b));
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    return a.stream().noneMatch(b::contains);
  }
}
