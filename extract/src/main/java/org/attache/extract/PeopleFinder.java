package org.attache.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.geo.GeoMatch;
import org.attache.geo.KnownPeople;
import org.attache.geo.MatchKind;
import org.attache.model.AnnotatedText;
import org.attache.model.EntityMention;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds the people of one article: every PERSON mention, grouped so that "Viktor Khrenin", "Khrenin"
 * and "Victor Khrenin" are one person, with the role and country the text around a mention gives
 * ("Belarusian Defense Minister Viktor Khrenin", "Oppah Muchinguri-Kashiri, Zimbabwe's Minister of Defence").
 */
final class PeopleFinder {
  /** One person being assembled. */
  static final class Found {
    String name;
    @Nullable String country;
    @Nullable String role;
    /** Whether {@link #country} comes from the dictionary of known people, not from the text. */
    boolean countryFromKnown;
    final Set<String> aliases = new LinkedHashSet<>();
    final List<Span> mentions = new ArrayList<>();
    final List<Integer> sentences = new ArrayList<>();

    Found(String name) {
      this.name = name;
    }

    String surname() {
      String[] parts = name.split(" ");
      return parts[parts.length - 1];
    }
  }

  /** What the words around one mention say. */
  record Context(@Nullable String role, @Nullable String country) {}

  private final AnnotatedText doc;
  private final Geo geo;
  private final KnownPeople known;

  PeopleFinder(AnnotatedText doc, Geo geo, KnownPeople known) {
    this.doc = doc;
    this.geo = geo;
    this.known = known;
  }

  /** Roles and countries given in order to coordinated names: "the Belarusian and Pakistani Foreign Ministers Ryzhenkov and Dar". */
  private final Map<Integer, Context> respectively = new java.util.HashMap<>();

  private void findRespectively() {
    List<EntityMention> persons = doc.entities().stream().filter(m -> m.type().equals("PERSON")).toList();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int h = 3; h + 1 < tokens.size(); h++) {
        if (!isPluralHead(tokens, h)) {
          continue;
        }
        int k = h - 1;
        while (k >= 0 && Roles.QUALIFIERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
          k--;
        }
        GeoMatch second = k >= 2 ? geo.actorAt(tokens.get(k).span()) : null;
        GeoMatch first = second != null && tokens.get(k - 1).word().equals("and") ? geo.actorAt(tokens.get(k - 2).span()) : null;
        if (first == null || first.code().equals(second.code())) {
          continue;
        }
        EntityMention m1 = null;
        EntityMention m2 = null;
        for (EntityMention m : persons) {
          if (m1 == null && m.sentence() == s.index() && tokenAt(s, m.span().start()) == h + 1) {
            m1 = m;
          } else if (m1 != null && m2 == null && m.sentence() == s.index()) {
            int and = tokenAt(s, m1.span().end() - 1) + 1;
            if (and < tokens.size() && tokens.get(and).word().equals("and") && tokenAt(s, m.span().start()) == and + 1) {
              m2 = m;
            }
          }
        }
        if (m1 == null || m2 == null) {
          continue;
        }
        String normal = singularRole(tokens, k + 1, h);
        respectively.put(m1.span().start(), new Context(normal, first.code()));
        respectively.put(m2.span().start(), new Context(normal, second.code()));
      }
    }
  }

  /** Whether token {@code h} is a role's head word in the plural ("ministers"). */
  private static boolean isPluralHead(List<Token> tokens, int h) {
    String head = tokens.get(h).word().toLowerCase(Locale.ROOT);
    return head.endsWith("s") && Roles.HEADS.contains(head.substring(0, head.length() - 1));
  }

  /** The role of tokens {@code from}..{@code head} with the plural head made singular, normalised ("Foreign Minister"). */
  private static String singularRole(List<Token> tokens, int from, int head) {
    StringBuilder role = new StringBuilder();
    for (int r = from; r <= head; r++) {
      String w = tokens.get(r).word();
      role.append(role.isEmpty() ? "" : " ").append(r == head ? w.substring(0, w.length() - 1) : w);
    }
    return Roles.normalise(role.toString());
  }

  /** "the trade ministers of Kenya, Lee Kinyanjui, and Belarus, Alexei Bogdanov": each name its country and the role. */
  private void findPluralOf() {
    List<EntityMention> persons = doc.entities().stream().filter(m -> m.type().equals("PERSON")).toList();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int h = 1; h + 4 < tokens.size(); h++) {
        if (!isPluralHead(tokens, h) || !tokens.get(h + 1).word().equalsIgnoreCase("of")) {
          continue;
        }
        int k = h - 1;
        while (k >= 0 && Roles.QUALIFIERS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))
            && !tokens.get(k).word().equalsIgnoreCase("the")) {
          k--;
        }
        String normal = singularRole(tokens, k + 1, h);
        int i = h + 2;
        Map<Integer, Context> found = new java.util.HashMap<>();
        while (i + 2 < tokens.size()) {
          GeoMatch c = geo.countryAt(tokens.get(i).span());
          if (c == null) {
            break;
          }
          int afterCountry = tokenAt(s, c.end() - 1) + 1;
          if (afterCountry >= tokens.size() || !tokens.get(afterCountry).word().equals(",")) {
            break;
          }
          int nameAt = afterCountry + 1;
          EntityMention person = persons.stream().filter(m -> m.sentence() == s.index() && tokenAt(s, m.span().start()) == nameAt)
              .findFirst().orElse(null);
          if (person == null) {
            break;
          }
          found.put(person.span().start(), new Context(normal, c.code()));
          i = tokenAt(s, person.span().end() - 1) + 1;
          while (i < tokens.size() && (tokens.get(i).word().equals(",") || tokens.get(i).word().equals("and"))) {
            i++;
          }
        }
        if (found.size() >= 2) {
          respectively.putAll(found);
        }
      }
    }
  }

  /** "Ryzhenkov met his Kenyan counterpart Musalia Mudavadi": the counterpart holds the role of the one met. */
  private void counterpartRoles(List<Found> people) {
    for (Found f : people) {
      for (int k = 0; k < f.mentions.size() && f.role == null; k++) {
        Sentence s = doc.sentences().get(f.sentences.get(k));
        int i = tokenAt(s, f.mentions.get(k).start()) - 1;
        while (i >= 0 && geo.countryAt(s.tokens().get(i).span()) != null) {
          i--;
        }
        if (i < 0 || !s.tokens().get(i).word().equalsIgnoreCase("counterpart")) {
          continue;
        }
        int at = f.mentions.get(k).start();
        Found other = null;
        int otherAt = -1;
        for (Found o : people) {
          for (int j = 0; j < o.mentions.size(); j++) {
            int start = o.mentions.get(j).start();
            if (o != f && o.role != null && o.sentences.get(j) == s.index() && start < at && start > otherAt
                && (o.country == null || !o.country.equals(f.country))) {
              other = o;
              otherAt = start;
            }
          }
        }
        if (other != null) {
          f.role = other.role;
        }
      }
    }
  }

  List<Found> find() {
    findRespectively();
    findPluralOf();
    String text = doc.text();
    List<Found> people = new ArrayList<>();
    Map<String, Found> byName = new LinkedHashMap<>();
    List<EntityMention> singles = new ArrayList<>();
    for (EntityMention raw : joinHyphenBreaks(withTitledNames(doc.entities()), text)) {
      if (!raw.type().equals("PERSON")) {
        continue;
      }
      EntityMention m = withoutHonorifics(raw);
      if (m == null || isNoise(m.text()) || isPlaceAfterPreposition(m)) {
        continue;
      }
      String name = cleanName(m.text());
      if (name.indexOf(' ') < 0) {
        singles.add(m);
        continue;
      }
      Found known = byName.get(key(name));
      record(people, byName, known != null ? known : sameSurnameVariant(people, name), name, m);
    }
    for (EntityMention m : singles) {
      String name = cleanName(m.text());
      Found known = attachShort(people, name);
      record(people, byName, known != null ? known : byName.get(key(name)), name, m);
    }
    attachRoleMentions(people);
    counterpartRoles(people);
    for (Found f : people) {
      if (f.country == null) {
        f.country = knownCountry(f);
        f.countryFromKnown = f.country != null;
      }
    }
    String home = HomeCountry.of(text, doc.article().body(), geo, people);
    for (Found f : people) {
      if (f.country == null && f.role != null && home != null) {
        f.country = home;
      }
    }
    for (Found f : people) {
      String surname = f.surname();
      if (!surname.equals(f.name) && surname.length() > 2) {
        boolean used = f.mentions.stream().anyMatch(s -> cleanName(s.of(text)).equals(surname));
        if (used) {
          f.aliases.add(surname);
        }
      }
    }
    return people;
  }

  /**
   * Adds, as person mentions, runs of two to four proper nouns that follow an official title and that the
   * entity tagger left untagged ("Defence Minister Oppah Muchinguri- Kashiri").
   */
  private List<EntityMention> withTitledNames(List<EntityMention> mentions) {
    List<EntityMention> out = new ArrayList<>(mentions);
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        String before = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
        if (!(Roles.HEADS.contains(before) || Roles.QUALIFIERS.contains(before)) || !titleRunWithHead(tokens, i - 1)) {
          continue;
        }
        int j = i;
        int names = 0;
        while (j < tokens.size() && names < 4) {
          Token t = tokens.get(j);
          String lw = t.word().toLowerCase(Locale.ROOT);
          if (t.pos().equals("HYPH") && names > 0 && j + 1 < tokens.size() && tokens.get(j + 1).pos().equals("NNP")) {
            j++;
            continue;
          }
          if (!t.pos().equals("NNP") || Roles.HEADS.contains(lw) || Roles.QUALIFIERS.contains(lw) || Roles.isRankOrHonorific(lw)
              || geo.at(t.span()) != null) {
            break;
          }
          names++;
          j++;
        }
        if (names < 2) {
          continue;
        }
        Span span = new Span(tokens.get(i).span().start(), tokens.get(j - 1).span().end());
        boolean tagged = mentions.stream().anyMatch(m -> m.span().start() < span.end() && span.start() < m.span().end()
            && !m.type().equals("TITLE"));
        if (!tagged) {
          out.add(new EntityMention(span, span.of(doc.text()), "PERSON", s.index()));
        }
        i = j;
      }
    }
    out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return out;
  }

  /**
   * Whether the entity tagger may find a person's name in {@code s}, read from its words alone: a word with a capital
   * letter that is none of: the gazetteer's places, countries, demonyms and organisations; months and weekdays; the
   * words of roles and ranks ("Minister", "Foreign", "General"); a common word opening the sentence ("The", "In").
   * A sentence without one gets no NER: no person can be found in it (a lower-case word is no one's name in news
   * prose), and the places and organisations the tagger would find there are read from the gazetteer.
   *
   * @param matches the gazetteer's matches over the article, in text order
   */
  static boolean mayNameSomeone(Sentence s, List<GeoMatch> matches) {
    List<Token> tokens = s.tokens();
    int m = 0;
    boolean first = true;
    for (Token t : tokens) {
      String w = t.word();
      boolean opening = first;
      if (hasLetter(w)) {
        first = false;
      }
      if (!hasCapital(w)) {
        continue;
      }
      while (m < matches.size() && matches.get(m).end() <= t.span().start()) {
        m++;
      }
      if (m < matches.size() && matches.get(m).start() <= t.span().start()) {
        continue; // a place, country, demonym or organisation
      }
      String lw = w.toLowerCase(Locale.ROOT);
      if ((opening && OPENERS.contains(lw)) || CALENDAR.contains(lw) || Roles.HEADS.contains(lw)
          || Roles.QUALIFIERS.contains(lw) || Roles.isRankOrHonorific(lw)) {
        continue;
      }
      return true;
    }
    return false;
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Months and weekdays, lower case. */
  private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
      "sep.", "sept.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday");

  /** Common words that open sentences and are no one's name, lower case. */
  private static final Set<String> OPENERS = Set.copyOf(List.of("the", "a", "an", "this", "that", "these", "those",
      "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "there", "here",
      "in", "on", "at", "for", "with", "by", "from", "as", "after", "before", "during", "since", "under", "over",
      "among", "between", "about", "against", "into", "through", "without", "within", "despite", "following", "but",
      "and", "or", "so", "yet", "however", "meanwhile", "also", "earlier", "later", "last", "next", "according",
      "both", "several", "many", "most", "some", "such", "other", "another", "each", "every", "all", "no", "not",
      "when", "while", "if", "although", "though", "because", "what", "which", "who", "whom", "whose", "where", "how",
      "why", "one", "two", "three", "four", "five", "ten", "local", "officials", "critics", "analysts", "experts",
      "observers", "exports", "imports", "trade", "talks", "relations", "cooperation", "to", "of", "is", "was",
      "are", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "must", "do",
      "does", "did", "today", "yesterday", "tomorrow", "now", "then", "thus", "therefore", "moreover", "furthermore",
      "instead", "still", "even", "only", "just", "once", "again", "further", "more", "less", "much", "very", "first",
      "second", "third", "finally", "overall", "currently", "recently", "previously", "reportedly", "separately",
      "similarly", "additionally", "nevertheless", "nonetheless", "otherwise", "indeed", "none", "neither", "either",
      "any", "few", "new"));

  /**
   * Whether {@link #withTitledNames} may find a name in {@code s} that the entity tagger did not, read before the
   * sentence is tagged: a role's word with a head word at most ten words before it is followed by a word with a capital
   * letter (the names it finds are proper nouns, which the tagger gives to capitalised words) that is no role or rank
   * word, no place the gazetteer knows, and in no entity (a run of names overlapping an entity is not taken).
   *
   * @param geo the gazetteer's matches over the article
   * @param entities the entities the tagger found in the article
   */
  static boolean mayHoldTitledName(Sentence s, Geo geo, List<EntityMention> entities) {
    List<Token> tokens = s.tokens();
    for (int i = 1; i < tokens.size(); i++) {
      String before = tokens.get(i - 1).word().toLowerCase(Locale.ROOT);
      Token t = tokens.get(i);
      String lw = t.word().toLowerCase(Locale.ROOT);
      if ((Roles.HEADS.contains(before) || Roles.QUALIFIERS.contains(before)) && hasCapital(t.word())
          && !Roles.HEADS.contains(lw) && !Roles.QUALIFIERS.contains(lw) && !Roles.isRankOrHonorific(lw)
          && titleRunWithHead(tokens, i - 1) && geo.at(t.span()) == null
          && entities.stream().noneMatch(m -> m.sentence() == s.index() && !m.type().equals("TITLE")
              && m.span().start() < t.span().end() && t.span().start() < m.span().end())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasCapital(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i)) || Character.isTitleCase(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the title words ending at {@code end} include a head word ("Minister ... Affairs"). */
  private static boolean titleRunWithHead(List<Token> tokens, int end) {
    for (int k = end; k >= 0 && k > end - 10; k--) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if (Roles.HEADS.contains(w)) {
        return true;
      }
      if (!Roles.QUALIFIERS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Joins person mentions split at a line-break hyphen ("Oppah Muchinguri- Kashiri"), and a person mention
   * followed by a capitalised word after such a hyphen, into one mention.
   */
  static List<EntityMention> joinHyphenBreaks(List<EntityMention> mentions, String text) {
    List<EntityMention> out = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      EntityMention m = mentions.get(i);
      if (m.type().equals("PERSON")) {
        java.util.regex.Matcher tail = HYPHEN_TAIL.matcher(text).region(m.span().end(), text.length());
        if (tail.lookingAt() || m.text().endsWith("-")) {
          int start = m.span().start();
          int end = m.span().end();
          if (i + 1 < mentions.size() && mentions.get(i + 1).type().equals("PERSON")
              && text.substring(end, mentions.get(i + 1).span().start()).matches("-?\\s*")) {
            end = mentions.get(++i).span().end();
          } else if (tail.lookingAt()) {
            end = tail.end();
          }
          if (end > m.span().end()) {
            out.add(new EntityMention(new Span(start, end), text.substring(start, end), "PERSON", m.sentence()));
            continue;
          }
        }
      }
      out.add(m);
    }
    return out;
  }

  private static final java.util.regex.Pattern HYPHEN_TAIL = java.util.regex.Pattern.compile("-\\s+\\p{Lu}\\p{L}+");

  /** The country of a person of public life known by name ("Vladimir Putin", or "Mnangagwa" alone), or null. */
  private @Nullable String knownCountry(Found f) {
    List<String> names = new ArrayList<>();
    names.add(f.name);
    names.addAll(f.aliases);
    for (String n : names) {
      if (n.indexOf(' ') > 0) {
        String c = known.countryOf(n).orElse(null);
        if (c != null) {
          return c;
        }
      }
    }
    return f.name.indexOf(' ') < 0 ? known.countryOfSurname(f.name).orElse(null) : null;
  }

  /** The mention without leading honorifics ("H.E. Golovchenko", "Rt. Hon. Robinah Nabbanja"), or null if nothing is left. */
  private static @Nullable EntityMention withoutHonorifics(EntityMention m) {
    String t = m.text();
    int cut = 0;
    java.util.regex.Matcher w = java.util.regex.Pattern.compile("\\S+\\s+").matcher(t);
    while (w.find(cut) && w.start() == cut && Roles.isRankOrHonorific(w.group().strip())) {
      cut = w.end();
    }
    if (cut == 0) {
      return m;
    }
    if (cut >= t.length()) {
      return null;
    }
    Span span = new Span(m.span().start() + cut, m.span().end());
    return new EntityMention(span, t.substring(cut), m.type(), m.sentence());
  }

  /** A one-word "person" right after "in", "at", "near" or "from" is an unknown place the tagger took for a name ("people in Shusha"). */
  private boolean isPlaceAfterPreposition(EntityMention m) {
    if (m.text().indexOf(' ') >= 0) {
      return false;
    }
    Sentence s = doc.sentences().get(m.sentence());
    int i = tokenAt(s, m.span().start());
    return i > 0 && Set.of("in", "at", "near", "from", "outside").contains(s.tokens().get(i - 1).word().toLowerCase(Locale.ROOT));
  }

  /** Adds mention {@code m} named {@code name} to {@code known}, or to a new person when null. */
  private void record(List<Found> people, Map<String, Found> byName, @Nullable Found known, String name, EntityMention m) {
    Found f = known;
    if (f == null) {
      f = new Found(name);
      people.add(f);
      byName.put(key(name), f);
    } else if (!f.name.equals(name)) {
      f.aliases.add(name);
    }
    add(f, m);
  }

  private void add(Found f, EntityMention m) {
    f.mentions.add(m.span());
    f.sentences.add(m.sentence());
    Context c = respectively.containsKey(m.span().start()) ? respectively.get(m.span().start()) : context(m);
    boolean better = c.role() != null && (f.role == null
        || (c.country() != null && (f.country == null || c.role().length() > f.role.length())));
    if (c.country() != null && f.country == null) {
      f.country = c.country();
    }
    if (better) {
      f.role = c.role();
    }
  }

  /**
   * Attaches "the minister", "the Belarusian defence minister" and the like to the last person named
   * before them whose role has that head word (and whose country fits a demonym in the phrase).
   */
  private void attachRoleMentions(List<Found> people) {
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (!tokens.get(i).word().equalsIgnoreCase("the")) {
          continue;
        }
        String country = null;
        int j = i + 1;
        while (j < tokens.size() && (geo.countryAt(tokens.get(j).span()) != null
            || Roles.QUALIFIERS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT)))) {
          GeoMatch g = geo.countryAt(tokens.get(j).span());
          if (g != null) {
            country = g.code();
          }
          j++;
        }
        if (j >= tokens.size() || !Roles.HEADS.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))
            || (j + 1 < tokens.size() && tokens.get(j + 1).ner().equals("PERSON"))) {
          continue;
        }
        String head = tokens.get(j).word().toLowerCase(Locale.ROOT);
        Span phrase = new Span(tokens.get(i).span().start(), tokens.get(j).span().end());
        List<String> fields = new ArrayList<>();
        for (int k = i + 1; k < j; k++) {
          String w = tokens.get(k).word().toLowerCase(Locale.ROOT).replace("defense", "defence");
          if (geo.countryAt(tokens.get(k).span()) == null && !Set.of("the", "of", "for", "and", "former", "new", "then").contains(w)) {
            fields.add(w);
          }
        }
        @Nullable Found best = null;
        int bestAt = -1;
        for (Found f : people) {
          String role = f.role == null ? "" : f.role.toLowerCase(Locale.ROOT).replace("defense", "defence");
          if (f.role == null || !role.contains(head) || (country != null && !country.equals(f.country))
              || !fields.stream().allMatch(role::contains)) {
            continue; // "the Defence Minister" is not the Minister of Industry named last
          }
          for (Span m : f.mentions) {
            if (m.end() <= phrase.start() && m.start() > bestAt) {
              bestAt = m.start();
              best = f;
            }
          }
        }
        if (best != null) {
          best.mentions.add(phrase);
          best.sentences.add(s.index());
        }
      }
    }
  }

  /** Reads the role and country stated next to a mention, on its left or in an apposition on its right. */
  Context context(EntityMention m) {
    Sentence s = doc.sentences().get(m.sentence());
    List<Token> tokens = s.tokens();
    int first = tokenAt(s, m.span().start());
    int last = tokenAt(s, m.span().end() - 1);
    if (first < 0 || last < 0) {
      return new Context(null, null);
    }
    // Left: "Belarus's Defence Minister, General Viktor Khrenin".
    Context left = leftContext(s, first - 1);
    Context right = rightApposition(s, last);
    if (left.role() == null && left.country() == null) {
      return right;
    }
    return new Context(left.role() != null ? left.role() : right.role(), left.country() != null ? left.country() : right.country());
  }

  /** The role and country in the words left of token {@code from} + 1 of sentence {@code ls}. */
  private Context leftContext(Sentence ls, int from) {
    List<Token> lt = ls.tokens();
    int i = from;
    while (i >= 0 && Roles.isRankOrHonorific(lt.get(i).word()) && !partOfTitle(lt, i)) {
      i--;
    }
    if (i < 0 && ls.index() > 0) {
      // "the Speaker, Rt. Hon. Anita Among": the sentence splitter took "Rt." for an end.
      Sentence prev = doc.sentences().get(ls.index() - 1);
      List<Token> pt = prev.tokens();
      int end = pt.size() - 1;
      if (end > 0 && pt.get(end).word().equals(".")) {
        end--; // "Rt" "." tokenised apart
      }
      if (end >= 0 && Roles.isRankOrHonorific(pt.get(end).word())) {
        return leftContext(prev, end);
      }
    }
    if (i >= 0 && lt.get(i).word().equals(",")) {
      i--;
      while (i >= 0 && Roles.isRankOrHonorific(lt.get(i).word())) {
        i--;
      }
    }
    int roleStart = -1;
    int roleEnd = -1;
    String country = null;
    String posting = null;
    while (i >= 0) {
      Token t = lt.get(i);
      String w = t.word();
      String lw = w.toLowerCase(Locale.ROOT).replace('’', '\'');
      GeoMatch g = geo.actorAt(t.span());
      if (g != null) {
        int gi = tokenAt(ls, g.start());
        if (gi > 1 && lt.get(gi - 1).word().equalsIgnoreCase("to")) {
          posting = g.text().replaceAll("['’]s?$", ""); // "Ambassador of Pakistan to Belarus": the country after "to" is the posting
          i = gi - 2;
          continue;
        }
        if (country == null || g.kind() == MatchKind.DEMONYM) {
          country = g.code();
        }
        i = gi - 1;
        continue;
      }
      if (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")) {
        i--;
        continue;
      }
      if (!(Roles.HEADS.contains(lw) || Roles.QUALIFIERS.contains(lw))) {
        break;
      }
      if (roleEnd < 0) {
        roleEnd = i;
      }
      roleStart = i;
      i--;
    }
    String role = roleText(ls, roleStart, roleEnd);
    if (role != null && country == null && i >= 0 && Set.of("their", "its").contains(lt.get(i).word().toLowerCase(Locale.ROOT))) {
      // "a Belarusian team headed by their Deputy Foreign Minister": the country named just before.
      for (int k = i - 1; k >= Math.max(0, i - 12) && country == null; k--) {
        GeoMatch g = geo.countryAt(lt.get(k).span());
        country = g == null ? null : g.code();
      }
    }
    if (role != null && posting != null && POSTED_ROLE.matcher(role).find()) {
      role = role + " to " + posting;
    }
    return new Context(role, country);
  }


  private static final java.util.regex.Pattern POSTED_ROLE = java.util.regex.Pattern.compile("(?i)^(ambassador|envoy|consul)\\b");

  /** "General" in "Prosecutor General", "Secretary General": part of the title, not a rank. */
  private static boolean partOfTitle(List<Token> tokens, int i) {
    return i > 0 && tokens.get(i).word().equalsIgnoreCase("general")
        && Set.of("prosecutor", "secretary", "attorney", "director", "inspector", "consul", "governor", "auditor", "commissioner")
            .contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
  }

  /** "Oppah Muchinguri-Kashiri, Zimbabwe's Minister of Defence, said". */
  private Context rightApposition(Sentence s, int last) {
    List<Token> tokens = s.tokens();
    int i = last + 1;
    if (i >= tokens.size() || !tokens.get(i).word().equals(",")) {
      return new Context(null, null);
    }
    i++;
    String country = null;
    int roleStart = -1;
    int roleEnd = -1;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      String lw = t.word().toLowerCase(Locale.ROOT);
      GeoMatch g = geo.actorAt(t.span());
      if (g != null) {
        if (roleStart >= 0 && i > 0 && tokens.get(i - 1).word().equalsIgnoreCase("to")) {
          break;
        }
        if (country == null) {
          country = g.code();
        }
        int end = tokenAt(s, g.end() - 1);
        i = Math.max(end, i) + 1;
        continue;
      }
      if (lw.equals("'s") || lw.equals("’s") || lw.equals("the") && roleStart < 0) {
        i++;
        continue;
      }
      boolean titleWord = Roles.HEADS.contains(lw) || Roles.QUALIFIERS.contains(lw);
      if (!titleWord) {
        break;
      }
      if (roleStart < 0) {
        roleStart = i;
      }
      roleEnd = i;
      i++;
    }
    String role = roleText(s, roleStart, roleEnd);
    return new Context(role, role == null ? null : country);
  }

  private @Nullable String roleText(Sentence s, int start, int end) {
    if (start < 0) {
      return null;
    }
    List<Token> tokens = s.tokens();
    while (start <= end && Set.of("of", "for", "and", "the", "to", "in").contains(tokens.get(start).word().toLowerCase(Locale.ROOT))) {
      start++;
    }
    while (end >= start && Set.of("of", "for", "and", "the", "to", "in", ",").contains(tokens.get(end).word().toLowerCase(Locale.ROOT))) {
      end--;
    }
    if (start > end) {
      return null;
    }
    boolean hasHead = false;
    for (int k = start; k <= end; k++) {
      hasHead |= Roles.HEADS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    if (!hasHead) {
      return null;
    }
    // Drop a country inside the role ("Minister of Defence of Zimbabwe") by taking only title words.
    StringBuilder b = new StringBuilder();
    for (int k = start; k <= end; k++) {
      Token t = tokens.get(k);
      if (geo.countryAt(t.span()) != null || t.word().equals(",")) {
        continue;
      }
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(t.word());
    }
    String r = b.toString().replaceAll("\\s+(of|for|and|to)$", "");
    return r.isBlank() ? null : Roles.normalise(r);
  }

  static int tokenAt(Sentence s, int offset) {
    for (Token t : s.tokens()) {
      if (t.span().start() <= offset && offset < t.span().end()) {
        return t.index();
      }
    }
    return -1;
  }

  /** Family names that come first in Chinese, Korean and Vietnamese names: "Kim" is "Kim Jong Un", "Xi" is "Xi Jinping". */
  private static final Set<String> FAMILY_FIRST = Set.of("Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao",
      "Huang", "Zhou", "Wu", "Kim", "Park", "Lee", "Moon", "Yoon", "Choe", "Choi", "Nguyen", "Tran", "Pham");

  private static @Nullable Found attachShort(List<Found> people, String single) {
    Found match = null;
    for (Found f : people) {
      if (f.name.indexOf(' ') < 0) {
        continue;
      }
      String surname = f.surname();
      boolean same = surname.equalsIgnoreCase(single)
          || surname.toLowerCase(Locale.ROOT).startsWith(single.toLowerCase(Locale.ROOT) + "-")
          || (single.length() >= 5 && (surname.startsWith(single) || single.startsWith(surname)));
      String[] parts = f.name.split(" ");
      same |= parts[0].equals(single) && (parts.length == 3 || FAMILY_FIRST.contains(single));
      if (same) {
        if (match != null && match != f) {
          return null; // ambiguous
        }
        match = f;
      }
    }
    return match;
  }

  /** "Aleksandr Lukashenko" after "Alexander Lukashenko", "Dmitry Pantus" after "Dmitry Pantusher". */
  private static @Nullable Found sameSurnameVariant(List<Found> people, String name) {
    String[] parts = name.split(" ");
    String surname = parts[parts.length - 1];
    for (Found f : people) {
      String fs = f.surname();
      String[] fp = f.name.split(" ");
      boolean sameSurname = fs.equalsIgnoreCase(surname);
      boolean prefixSurname = fs.length() >= 5 && surname.length() >= 5 && (fs.startsWith(surname) || surname.startsWith(fs))
          && fp[0].equalsIgnoreCase(parts[0]);
      boolean firstCompatible = sameFirstName(fp[0], parts[0]);
      if ((sameSurname && firstCompatible) || prefixSurname) {
        return f;
      }
    }
    return null;
  }

  private static final org.apache.commons.text.similarity.LevenshteinDistance LEVENSHTEIN =
      org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance();

  /**
   * Whether two first names may be one: equal, one an initial of the other ("A." and "Alexander"), or
   * spellings of one name ("Aleksandr" and "Alexander", "Sergei" and "Sergey"): at most a third of the
   * letters differ. "Imran" and "Ilham" are two people.
   */
  static boolean sameFirstName(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT).replace(".", "");
    String y = b.toLowerCase(Locale.ROOT).replace(".", "");
    if (x.isEmpty() || y.isEmpty() || x.charAt(0) != y.charAt(0)) {
      return false;
    }
    if (x.length() == 1 || y.length() == 1 || x.equals(y)) {
      return true;
    }
    return LEVENSHTEIN.apply(x, y) * 3 <= Math.max(x.length(), y.length());
  }

  static String cleanName(String raw) {
    return raw.replaceAll("(\\p{L})-\\s+(\\p{L})", "$1-$2").replaceAll("\\s+", " ").strip();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static boolean isNoise(String text) {
    return text.length() < 3 || !Character.isUpperCase(text.charAt(0));
  }
}
