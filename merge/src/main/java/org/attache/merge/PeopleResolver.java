package org.attache.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.model.CanonicalPerson;
import org.attache.model.Correction;
import org.attache.model.PartialDate;
import org.attache.model.Person;
import org.attache.model.RoleSpan;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the people of many articles into canonical people (see {@link Merger} for the rules). Works on the
 * mentions sorted by article and person id, so the result does not depend on the order sources are given in.
 */
final class PeopleResolver {
  /** One per-article person, with what resolution compares. */
  record Mention(Person person, @Nullable PartialDate pubDate, List<String> tokens, @Nullable String role) {
    @Nullable String country() {
      return person.country();
    }
  }

  /** People being built: members, the keys they were grouped under, and a fixed id once known. */
  static final class Group {
    final List<Mention> members = new ArrayList<>();
    final TreeSet<String> keys = new TreeSet<>();
    @Nullable String country;
    @Nullable String fixedId;

    Set<String> roles() {
      Set<String> r = new TreeSet<>();
      for (Mention m : members) {
        if (m.role() != null) {
          r.add(m.role());
        }
      }
      return r;
    }

    List<String> fullTokens() {
      return members.stream().map(Mention::tokens).filter(t -> t.size() >= 2)
          .min(Comparator.comparing((List<String> t) -> String.join(" ", t))).orElse(List.of());
    }

    boolean roleFits(@Nullable String role) {
      Set<String> roles = roles();
      return role == null || roles.isEmpty() || roles.contains(role);
    }
  }

  /** The canonical people, and for each per-article person id the canonical id it went to. */
  record Result(List<CanonicalPerson> people, Map<String, String> idOfMember) {}

  private final List<Group> groups = new ArrayList<>();

  static Result resolve(List<Source> sources, List<Correction> corrections, Map<String, String> aliases) {
    PeopleResolver r = new PeopleResolver();
    List<Mention> mentions = new ArrayList<>();
    for (Source s : sources) {
      for (Person p : s.people()) {
        List<String> t = Names.tokens(p.name());
        if (!t.isEmpty()) {
          mentions.add(new Mention(p, s.pubDate(), t, Names.role(p.role())));
        }
      }
    }
    mentions.sort(Comparator.comparing((Mention m) -> m.person().articleId()).thenComparing(m -> m.person().id()));
    r.group(mentions);
    r.apply(corrections, aliases);
    return r.build();
  }

  private void group(List<Mention> mentions) {
    Map<String, Group> full = new LinkedHashMap<>();
    List<Mention> later = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.tokens().size() >= 2 && m.country() != null && m.tokens().getFirst().length() > 1) {
        String key = fullKey(m.country(), m.tokens());
        Group g = full.computeIfAbsent(key, k -> newGroup(m.country(), k));
        g.members.add(m);
      } else {
        later.add(m);
      }
    }
    mergeTypos(new ArrayList<>(full.values()), true);
    List<Mention> singles = new ArrayList<>();
    for (Mention m : later) {
      if (m.tokens().size() < 2) {
        singles.add(m);
        continue;
      }
      // No country, or a given name that is an initial: the one group it fits, else its own.
      List<Group> fits = new ArrayList<>();
      for (Group g : live()) {
        List<String> t = g.fullTokens();
        if (t.size() >= 2 && (m.country() == null || m.country().equals(g.country))
            && t.getLast().equals(m.tokens().getLast()) && t.getFirst().startsWith(m.tokens().getFirst())) {
          fits.add(g);
        }
      }
      if (fits.size() == 1) {
        fits.getFirst().members.add(m);
      } else {
        String key = fullKey(m.country(), m.tokens());
        Group g = groups.stream().filter(x -> x.keys.contains(key)).findFirst().orElseGet(() -> newGroup(m.country(), key));
        g.members.add(m);
      }
    }
    Map<String, Group> single = new LinkedHashMap<>();
    for (Mention m : singles) {
      String t = m.tokens().getFirst();
      List<Group> fits = new ArrayList<>();
      for (Group g : live()) {
        List<String> full2 = g.fullTokens();
        if (full2.size() < 2 || (m.country() != null && !m.country().equals(g.country))) {
          continue;
        }
        boolean named = full2.subList(1, full2.size()).contains(t) || (full2.size() >= 3 && full2.getFirst().equals(t));
        boolean typo = m.country() != null && m.role() != null && g.roles().contains(m.role())
            && Names.typoClose(full2.getLast(), t);
        if (named || typo) {
          fits.add(g);
        }
      }
      if (fits.size() > 1) {
        fits.removeIf(g -> m.role() == null || !g.roles().contains(m.role()));
      }
      if (fits.size() == 1 && fits.getFirst().roleFits(m.role())) {
        fits.getFirst().members.add(m);
        continue;
      }
      // A surname alone: grouped with the same surname of the same country, unless their roles differ.
      String base = (m.country() == null ? "?" : m.country()) + "|" + t;
      Group g = null;
      for (int i = 0; ; i++) {
        String key = base + "|" + i;
        Group existing = single.get(key);
        if (existing == null) {
          g = newGroup(m.country(), key);
          single.put(key, g);
          break;
        }
        if (existing.roleFits(m.role())) {
          g = existing;
          break;
        }
      }
      g.members.add(m);
    }
    mergeTypos(new ArrayList<>(single.values()), false);
  }

  /** Joins groups of one country whose surnames are one name misspelt, when they share a role. */
  private void mergeTypos(List<Group> candidates, boolean fullNames) {
    for (int i = 0; i < candidates.size(); i++) {
      Group a = candidates.get(i);
      if (a.members.isEmpty() || a.country == null) {
        continue;
      }
      for (int j = i + 1; j < candidates.size(); j++) {
        Group b = candidates.get(j);
        if (b.members.isEmpty() || !a.country.equals(b.country)) {
          continue;
        }
        List<String> ta = fullNames ? a.fullTokens() : a.members.getFirst().tokens();
        List<String> tb = fullNames ? b.fullTokens() : b.members.getFirst().tokens();
        if (ta.isEmpty() || tb.isEmpty() || ta.getLast().equals(tb.getLast())) {
          continue;
        }
        boolean sameGiven = !fullNames || ta.getFirst().equals(tb.getFirst());
        Set<String> shared = new TreeSet<>(a.roles());
        shared.retainAll(b.roles());
        if (sameGiven && !shared.isEmpty() && Names.typoClose(ta.getLast(), tb.getLast())) {
          absorb(a, b);
        }
      }
    }
  }

  private void absorb(Group into, Group from) {
    into.members.addAll(from.members);
    into.keys.addAll(from.keys);
    from.members.clear();
    from.keys.clear();
  }

  private List<Group> live() {
    return groups.stream().filter(g -> !g.members.isEmpty()).toList();
  }

  private Group newGroup(@Nullable String country, String key) {
    Group g = new Group();
    g.country = country;
    g.keys.add(key);
    groups.add(g);
    return g;
  }

  private static String fullKey(@Nullable String country, List<String> tokens) {
    return (country == null ? "?" : country) + "|" + tokens.getFirst() + "|" + tokens.getLast();
  }

  static String idOf(Group g) {
    if (g.fixedId != null) {
      return g.fixedId;
    }
    // The smallest key of a full name if any (full keys have two '|'), else the smallest key.
    String key = g.keys.stream().filter(k -> k.chars().filter(c -> c == '|').count() == 2).findFirst()
        .orElse(g.keys.first());
    return Ids.of("P", key);
  }

  private void apply(List<Correction> corrections, Map<String, String> aliases) {
    for (Correction c : corrections) {
      switch (c.kind()) {
        case PERSON_MERGE -> {
          Group a = find(c.target(), aliases);
          Group b = find(c.args().getOrDefault("other", ""), aliases);
          if (a != null && b != null && a != b) {
            String keep = idOf(a);
            absorb(a, b);
            a.fixedId = keep;
          }
        }
        case PERSON_SPLIT -> {
          Group g = find(c.target(), aliases);
          List<String> name = Names.tokens(c.args().getOrDefault("name", ""));
          if (g == null || name.isEmpty()) {
            continue;
          }
          Group out = newGroup(g.country, "split|" + idOf(g) + "|" + String.join(" ", name));
          out.fixedId = Ids.of("P", "split|" + idOf(g) + "|" + String.join(" ", name));
          String keep = idOf(g);
          for (Mention m : List.copyOf(g.members)) {
            if (m.tokens().equals(name)) {
              g.members.remove(m);
              out.members.add(m);
            }
          }
          g.fixedId = keep;
        }
        default -> { }
      }
    }
  }

  /** The group with this id now, or else the one its alias leads to (an id a correction names may have been replaced). */
  private @Nullable Group find(String id, Map<String, String> aliases) {
    Group g = byId(id);
    return g != null ? g : byId(Merger.resolve(id, aliases));
  }

  private @Nullable Group byId(String id) {
    for (Group g : live()) {
      if (idOf(g).equals(id)) {
        return g;
      }
    }
    return null;
  }

  private Result build() {
    List<CanonicalPerson> out = new ArrayList<>();
    Map<String, String> idOf = new HashMap<>();
    for (Group g : live()) {
      String id = idOf(g);
      Map<String, Integer> nameCounts = new TreeMap<>();
      Set<String> allNames = new LinkedHashSet<>();
      Map<String, String> countries = new TreeMap<>();
      for (Mention m : g.members) {
        nameCounts.merge(m.person().name(), 1, Integer::sum);
        allNames.add(m.person().name());
        allNames.addAll(m.person().aliases());
        if (m.country() != null) {
          countries.merge(m.country(), "x", String::concat);
        }
        idOf.put(m.person().id(), id);
      }
      String name = nameCounts.entrySet().stream().max(Comparator
              .comparingInt((Map.Entry<String, Integer> e) -> Names.tokens(e.getKey()).size())
              .thenComparingInt(Map.Entry::getValue)
              .thenComparing(e -> Names.isCanonicalSpelling(e.getKey()))
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .orElseThrow().getKey();
      String country = countries.entrySet().stream().max(Comparator
              .comparingInt((Map.Entry<String, String> e) -> e.getValue().length())
              .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .map(Map.Entry::getKey).orElse(null);
      TreeSet<String> aliasSet = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      for (String n : allNames) {
        if (!n.equalsIgnoreCase(name)) {
          aliasSet.add(n);
        }
      }
      List<String> members = g.members.stream().map(m -> m.person().id()).sorted().toList();
      List<String> articles = g.members.stream().map(m -> m.person().articleId()).distinct().sorted().toList();
      out.add(new CanonicalPerson(id, name, country, List.copyOf(aliasSet), roles(g), members, articles));
    }
    out.sort(Comparator.comparing(CanonicalPerson::id));
    return new Result(out, idOf);
  }

  private static List<RoleSpan> roles(Group g) {
    record Key(String role, @Nullable String country) {}
    Map<Key, List<Mention>> byRole = new LinkedHashMap<>();
    List<Mention> sorted = new ArrayList<>(g.members);
    sorted.sort(Comparator.comparing(Mention::pubDate, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(m -> m.person().articleId()).thenComparing(m -> m.person().id()));
    Map<Key, String> label = new HashMap<>();
    for (Mention m : sorted) {
      if (m.role() == null) {
        continue;
      }
      Key k = new Key(m.role(), m.country());
      byRole.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
      label.putIfAbsent(k, Objects.requireNonNull(m.person().role()).strip());
    }
    List<RoleSpan> out = new ArrayList<>();
    for (Map.Entry<Key, List<Mention>> e : byRole.entrySet()) {
      PartialDate first = null;
      PartialDate last = null;
      Set<String> articles = new TreeSet<>();
      for (Mention m : e.getValue()) {
        articles.add(m.person().articleId());
        if (m.pubDate() != null) {
          first = first == null || m.pubDate().compareTo(first) < 0 ? m.pubDate() : first;
          last = last == null || m.pubDate().compareTo(last) > 0 ? m.pubDate() : last;
        }
      }
      out.add(new RoleSpan(label.get(e.getKey()), e.getKey().country(), first, last, List.copyOf(articles)));
    }
    out.sort(Comparator.comparing(RoleSpan::firstSeen, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(r -> r.role().toLowerCase(Locale.ROOT)));
    return out;
  }
}
