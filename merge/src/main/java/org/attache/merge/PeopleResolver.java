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
    /** The smallest (as joined text) name of two or more tokens among the members, or empty. */
    private List<String> full = List.of();
    private final Set<String> roles = new TreeSet<>();

    void add(Mention m) {
      members.add(m);
      if (m.role() != null) {
        roles.add(m.role());
      }
      if (m.tokens().size() >= 2 && (full.isEmpty() || String.join(" ", m.tokens()).compareTo(String.join(" ", full)) < 0)) {
        full = m.tokens();
      }
    }

    void remove(Mention m) {
      members.remove(m);
      List<Mention> rest = List.copyOf(members);
      members.clear();
      roles.clear();
      full = List.of();
      rest.forEach(this::add);
    }

    void clear() {
      members.clear();
      roles.clear();
      full = List.of();
    }

    Set<String> roles() {
      return roles;
    }

    List<String> fullTokens() {
      return full;
    }

    boolean roleFits(@Nullable String role) {
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
    Map<String, Group> byKey = new LinkedHashMap<>();
    List<Mention> later = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.tokens().size() >= 2 && m.country() != null && m.tokens().getFirst().length() > 1) {
        String key = fullKey(m.country(), m.tokens());
        byKey.computeIfAbsent(key, k -> newGroup(m.country(), k)).add(m);
      } else {
        later.add(m);
      }
    }
    mergeTypos(new ArrayList<>(byKey.values()), true);
    // Groups by the surname of their full name.
    Map<String, List<Group>> byLast = new HashMap<>();
    for (Group g : live()) {
      byLast.computeIfAbsent(g.fullTokens().getLast(), k -> new ArrayList<>()).add(g);
    }
    List<Mention> singles = new ArrayList<>();
    for (Mention m : later) {
      if (m.tokens().size() < 2) {
        singles.add(m);
        continue;
      }
      // No country, or a given name that is an initial: the one group it fits, else its own.
      List<Group> fits = new ArrayList<>();
      for (Group g : byLast.getOrDefault(m.tokens().getLast(), List.of())) {
        List<String> t = g.fullTokens();
        if (!g.members.isEmpty() && (m.country() == null || m.country().equals(g.country))
            && t.getFirst().startsWith(m.tokens().getFirst())) {
          fits.add(g);
        }
      }
      if (fits.size() == 1) {
        fits.getFirst().add(m);
      } else {
        String key = fullKey(m.country(), m.tokens());
        Group g = byKey.get(key);
        if (g != null && g.members.isEmpty()) {
          // Its group was joined to another by a misspelling: the key went with it.
          g = groups.stream().filter(x -> !x.members.isEmpty() && x.keys.contains(key)).findFirst().orElse(null);
        }
        if (g == null) {
          g = newGroup(m.country(), key);
          byKey.put(key, g);
          byLast.computeIfAbsent(m.tokens().getLast(), k -> new ArrayList<>()).add(g);
        }
        g.add(m);
      }
    }
    // Groups with a full name by each token a surname alone may match, and by country.
    Map<String, List<Group>> byToken = new HashMap<>();
    Map<String, List<Group>> byCountry = new HashMap<>();
    for (Group g : live()) {
      List<String> t = g.fullTokens();
      if (t.size() < 2) {
        continue;
      }
      Set<String> named = new LinkedHashSet<>(t.subList(1, t.size()));
      if (t.size() >= 3) {
        named.add(t.getFirst());
      }
      for (String token : named) {
        byToken.computeIfAbsent(token, k -> new ArrayList<>()).add(g);
      }
      if (g.country != null) {
        byCountry.computeIfAbsent(g.country + "|" + t.getLast().charAt(0), k -> new ArrayList<>()).add(g);
      }
    }
    Map<String, Group> single = new LinkedHashMap<>();
    for (Mention m : singles) {
      String t = m.tokens().getFirst();
      Set<Group> fitting = new LinkedHashSet<>();
      for (Group g : byToken.getOrDefault(t, List.of())) {
        if (m.country() == null || m.country().equals(g.country)) {
          fitting.add(g);
        }
      }
      if (m.country() != null && m.role() != null) {
        // Misspellings keep the first letter (see Names.typoClose).
        for (Group g : byCountry.getOrDefault(m.country() + "|" + t.charAt(0), List.of())) {
          if (g.roles().contains(m.role()) && Names.typoClose(g.fullTokens().getLast(), t)) {
            fitting.add(g);
          }
        }
      }
      List<Group> fits = new ArrayList<>(fitting);
      if (fits.size() > 1) {
        fits.removeIf(g -> m.role() == null || !g.roles().contains(m.role()));
      }
      if (fits.size() == 1 && fits.getFirst().roleFits(m.role())) {
        fits.getFirst().add(m);
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
      g.add(m);
    }
    mergeTypos(new ArrayList<>(single.values()), false);
  }

  /** Joins groups of one country whose surnames are one name misspelt, when they share a role. */
  private void mergeTypos(List<Group> candidates, boolean fullNames) {
    // Groups of one country whose surnames begin with the same letter (misspellings keep it: Names.typoClose).
    Map<String, List<Group>> byCountry = new LinkedHashMap<>();
    for (Group g : candidates) {
      List<String> t = fullNames ? g.fullTokens() : g.members.isEmpty() ? List.of() : g.members.getFirst().tokens();
      if (g.country != null && !t.isEmpty()) {
        byCountry.computeIfAbsent(g.country + "|" + t.getLast().charAt(0), k -> new ArrayList<>()).add(g);
      }
    }
    for (List<Group> same : byCountry.values()) {
      for (int i = 0; i < same.size(); i++) {
        Group a = same.get(i);
        for (int j = i + 1; j < same.size() && !a.members.isEmpty(); j++) {
          Group b = same.get(j);
          if (b.members.isEmpty()) {
            continue;
          }
          List<String> ta = fullNames ? a.fullTokens() : a.members.getFirst().tokens();
          List<String> tb = fullNames ? b.fullTokens() : b.members.getFirst().tokens();
          if (ta.isEmpty() || tb.isEmpty() || ta.getLast().equals(tb.getLast())) {
            continue;
          }
          boolean sameGiven = !fullNames || ta.getFirst().equals(tb.getFirst());
          if (sameGiven && Names.typoClose(ta.getLast(), tb.getLast())
              && !java.util.Collections.disjoint(a.roles(), b.roles())) {
            absorb(a, b);
          }
        }
      }
    }
  }

  private void absorb(Group into, Group from) {
    from.members.forEach(into::add);
    into.keys.addAll(from.keys);
    from.clear();
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
          String keep = idOf(g);
          String key = "split|" + keep + "|" + String.join(" ", name);
          Group out = newGroup(g.country, key);
          out.fixedId = Ids.of("P", key);
          for (Mention m : List.copyOf(g.members)) {
            if (m.tokens().equals(name)) {
              g.remove(m);
              out.add(m);
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
