package org.attache.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.attache.geo.GeoMatch;
import org.attache.geo.MatchKind;
import org.attache.model.AnnotatedText;
import org.attache.model.Dependency;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Sector;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Status;
import org.attache.model.TimeExpression;
import org.attache.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * Finds the events of one article sentence by sentence: a trigger word, the two sides from the
 * countries, demonyms, capitals, organisations and people around it (their roles read from the
 * dependency parse when there is one), the date, place, sectors, status and people.
 */
final class EventFinder {
  /** A side mentioned in a sentence. */
  record Side(String code, int token, Span span, String how, boolean place) {}

  /** An event before it gets its id. */
  record Draft(EventType type, String mode, List<String> actors, boolean directed, @Nullable PartialDate date,
      @Nullable String location, List<Sector> sectors, Status status, List<String> people, Span evidence,
      double confidence, Map<String, String> why, int sentence) {}

  private static final Set<String> PLANNED_CUES = Set.of("will", "shall", "plan", "plans", "planned", "planning",
      "intend", "intends", "intended", "expect", "expected", "expects", "set", "scheduled", "upcoming", "forthcoming",
      "proposed", "future", "next", "aim", "aims", "ready", "prepare", "preparing", "would", "going", "invited", "due");
  /** Planned cues that modify a noun: they count only right before the trigger ("upcoming visit", not "future cooperation during the meeting"). */
  private static final Set<String> NEAR_ONLY_CUES = Set.of("future", "upcoming", "forthcoming", "proposed", "next");
  private static final Set<String> POSSIBLE_CUES = Set.of("possible", "possibly", "potential", "may", "might", "could",
      "reportedly", "reports", "rumoured", "rumored", "considering", "explore", "exploring", "likely", "discuss",
      "discussed", "prospects");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "refused", "refuse", "declined", "without",
      "refrain", "refrained", "refraining", "refrains", "stop", "stops", "stopped", "cease", "ceased", "halt", "halted");
  private static final Set<String> PAIR_CUES = Set.of("two countries", "both countries", "the sides", "the parties",
      "bilateral", "two nations", "both nations", "both sides", "the two states", "counterpart", "between the countries");

  private static final java.util.regex.Pattern DURING_OCCASION =
      java.util.regex.Pattern.compile("\\bduring (the|this) (visit|talks|meeting|summit|trip)\\b");
  private static final java.util.regex.Pattern REFERRED_OCCASION =
      java.util.regex.Pattern.compile("\\b(the|this|that) (state |official |working )?(visit|trip)\\b");
  /** A sentence about an occasion named before ("the ceremony", "during the talks"), for its place. */
  private static final java.util.regex.Pattern PLACE_OF_OCCASION =
      java.util.regex.Pattern.compile("\\b(the|this|that|their) (state |official |working )?(visit|trip|talks|meeting|ceremony|summit)\\b");
  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b\\d{4}\\b");
  private static final java.util.regex.Pattern WEEKDAY =
      java.util.regex.Pattern.compile("(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

  private final AnnotatedText doc;
  private final Geo geo;
  private final List<PeopleFinder.Found> people;
  private final @Nullable List<String> mainPair;
  private final Quotes quotes;
  private final @Nullable PartialDate peg;
  /** The drafts found so far in the article, in text order. */
  private List<Draft> drafts = new ArrayList<>();
  /** The noun triggers of the sentence being read. */
  private List<Integer> nominalTriggers = List.of();
  /** Further pairs of the trigger being read, from sides coordinated with one of its two ("talks with A, B and C"). */
  private List<List<String>> coordinated = List.of();

  /** Which sentences are boilerplate ({@link Boilerplate}), by index. */
  private final boolean[] boilerplate;

  /**
   * What the steps of reading one article share: which sentences are boilerplate, and the article's main pair. Both
   * read words only, so they hold for the article however it is annotated.
   */
  record Shared(boolean[] boilerplate, @Nullable List<String> mainPair) {
    static Shared of(AnnotatedText doc, Geo geo) {
      boolean[] b = new boolean[doc.sentences().size()];
      for (Sentence s : doc.sentences()) {
        b[s.index()] = Boilerplate.isBoilerplate(s, doc.text());
      }
      return new Shared(b, EventFinder.mainPair(doc, geo, b));
    }
  }

  EventFinder(AnnotatedText doc, Geo geo, List<PeopleFinder.Found> people, Shared shared) {
    this.doc = doc;
    this.geo = geo;
    this.people = people;
    this.boilerplate = shared.boilerplate();
    this.mainPair = shared.mainPair();
    this.quotes = new Quotes(doc, people);
    this.peg = peg();
  }

  /**
   * The day the news happened: a day named in the first sentences of the article, at most a week before
   * its publication ("arrived in Islamabad on Monday", "has today welcomed"), or null.
   */
  private @Nullable PartialDate peg() {
    PartialDate pub = doc.article().pubDate();
    if (pub == null || pub.precision() != PartialDate.Precision.DAY) {
      return null;
    }
    int seen = 0;
    for (Sentence s : doc.sentences()) {
      if (boilerplate[s.index()]) {
        continue;
      }
      if (++seen > 3) {
        break;
      }
      for (TimeExpression t : doc.times()) {
        if (t.sentence() != s.index() || !t.type().equals("DATE")) {
          continue;
        }
        PartialDate d = resolved(t);
        boolean pageDate = d != null && d.equals(pub) && YEAR.matcher(t.text()).find(); // "Tuesday, June 13, 2023" heading the page
        if (d != null && !pageDate && d.precision() == PartialDate.Precision.DAY && !d.firstDay().isAfter(pub.firstDay())
            && !d.firstDay().isBefore(pub.firstDay().minusDays(7))) {
          return d;
        }
      }
    }
    return null;
  }

  List<Draft> find() {
    drafts = new ArrayList<>();
    String text = doc.text();
    for (Sentence s : doc.sentences()) {
      if (boilerplate[s.index()]) {
        continue;
      }
      List<Triggers.Hit> hits = Triggers.find(s.tokens());
      if (hits.isEmpty()) {
        continue;
      }
      List<Side> sides = sides(s);
      nominalTriggers = hits.stream().map(Triggers.Hit::token)
          .filter(k -> s.tokens().get(k).pos().startsWith("NN")).toList();
      for (Triggers.Hit hit : hits) {
        coordinated = List.of();
        Draft d = draft(s, hit, sides);
        if (d != null) {
          drafts.add(d);
          for (List<String> pair : coordinated) {
            Map<String, String> why = new LinkedHashMap<>(d.why());
            why.put("actors", "coordinated with a side of the first pair " + d.actors() + ": " + pair);
            List<String> names = new ArrayList<>();
            for (PeopleFinder.Found p : people) {
              if (p.sentences.contains(s.index()) && pair.contains(p.country)) {
                names.add(p.name);
              }
            }
            drafts.add(new Draft(d.type(), d.mode(), pair, d.directed(), d.date(), d.location(), d.sectors(), d.status(),
                names, d.evidence(), d.confidence(), why, d.sentence()));
          }
        }
      }
    }
    placeAtTheOccasion();
    return drafts;
  }

  /**
   * "Khrenin and Muchinguri-Kashiri signed an agreement … The talks were held during a visit to Harare": an
   * agreement with no place, signed on the date of a visit or meeting of the same sides that has one, was signed
   * there.
   */
  private void placeAtTheOccasion() {
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (d.location() != null || d.type() != EventType.AGREE || d.status() != Status.OCCURRED) {
        continue;
      }
      for (Draft c : drafts) {
        if (c.type() == EventType.CONSULT && c.location() != null && c.status() == Status.OCCURRED
            && Objects.equals(c.date(), d.date()) && Set.copyOf(c.actors()).equals(Set.copyOf(d.actors()))) {
          Map<String, String> why = new LinkedHashMap<>(d.why());
          why.put("location", "the place of the " + c.mode() + " of the same sides and date (sentence "
              + (c.sentence() + 1) + ")");
          drafts.set(i, new Draft(d.type(), d.mode(), d.actors(), d.directed(), d.date(), c.location(), d.sectors(),
              d.status(), d.people(), d.evidence(), d.confidence(), why, d.sentence()));
          break;
        }
      }
    }
  }

  /**
   * Which sentences of the article need a dependency parse and which need time expressions, read before either exists
   * (tokens, tags and names only). A sentence needs a parse when {@link #find} may draft an event from it: it is not
   * boilerplate, holds a trigger, and for some trigger the sides it names (or the article's main pair, for a
   * signing or "the two sides") can make two, as {@link #actors} requires; the rest of {@link #draft} reads the parse
   * only after that. A sentence needs time expressions when it needs a parse, or holds a trigger and is one of the
   * first three that {@link #peg} reads.
   */
  Extractor.Deep deep() {
    int n = doc.sentences().size();
    boolean[] parse = new boolean[n];
    boolean[] times = new boolean[n];
    int seen = 0;
    for (Sentence s : doc.sentences()) {
      if (boilerplate[s.index()]) {
        continue;
      }
      seen++;
      List<Triggers.Hit> hits = Triggers.find(s.tokens());
      if (hits.isEmpty()) {
        continue;
      }
      List<Side> sides = sides(s);
      for (Triggers.Hit hit : hits) {
        if (mayHaveTwoSides(s, hit, sides)) {
          parse[s.index()] = true;
          break;
        }
      }
      times[s.index()] = parse[s.index()] || seen <= 3;
    }
    return new Extractor.Deep(parse, times);
  }

  /**
   * Which untagged sentences need tags for {@link #find} to read them as it would with every sentence tagged: those
   * holding a trigger word (as a word, or as one of the lemmas {@code lemmas} gives for a word) that are not boilerplate
   * and either are among the first three {@link #peg} reads, or name sides that may make two for some trigger (as
   * {@link #mayHaveTwoSides} asks, whatever the trigger's type and whichever sides are places). The others hold no
   * trigger, or {@link #actors} would find fewer than two sides for any: no event comes from them.
   */
  boolean[] needTags(boolean[] tagged, java.util.function.Function<String, Set<String>> lemmas) {
    boolean[] want = new boolean[tagged.length];
    Set<String> cues = Triggers.cueWords();
    int seen = 0;
    for (Sentence s : doc.sentences()) {
      if (boilerplate[s.index()]) {
        continue;
      }
      seen++;
      if (tagged[s.index()]) {
        continue;
      }
      boolean trigger = false;
      boolean sign = false;
      for (Token t : s.tokens()) {
        String w = t.word().toLowerCase(Locale.ROOT);
        Set<String> ls = lemmas.apply(t.word());
        if (cues.contains(w) || ls.stream().anyMatch(cues::contains)) {
          trigger = true;
          sign |= SIGN_CUES.contains(w) || ls.stream().anyMatch(SIGN_CUES::contains);
        }
      }
      if (!trigger) {
        continue;
      }
      if (seen <= 3) {
        want[s.index()] = true;
        continue;
      }
      Set<String> codes = new LinkedHashSet<>();
      for (Side side : sides(s)) {
        codes.add(side.code());
      }
      want[s.index()] = codes.size() >= 2 || (codes.size() == 1 && sign)
          || (mainPair != null && (sign || mentionsPairCue(s)));
    }
    return want;
  }

  /** The words and lemmas of the triggers of signing ({@link Triggers}: AGREE, "sign"). */
  private static final Set<String> SIGN_CUES = Set.of("sign", "signing", "ink", "conclude");

  /** Whether {@link #actors} may give two sides for {@code hit}: false only where it returns fewer in every case. */
  private boolean mayHaveTwoSides(Sentence s, Triggers.Hit hit, List<Side> sides) {
    LinkedHashSet<String> all = new LinkedHashSet<>();
    String hostFromPlace = null;
    for (Side side : sides) {
      if (!side.place()) {
        all.add(side.code());
      } else if (hostFromPlace == null) {
        hostFromPlace = side.code();
      }
    }
    if (hit.def().type() == EventType.CONSULT && hit.def().mode().equals("visit") && hostFromPlace != null) {
      all.add(hostFromPlace);
    }
    if (all.size() >= 2) {
      return true;
    }
    boolean sign = hit.def().type() == EventType.AGREE && hit.def().mode().equals("sign");
    if (all.size() == 1 && sign) {
      return true; // the pair of an earlier agreement of that side
    }
    return mainPair != null && (all.isEmpty() || mainPair.contains(all.iterator().next())) && (sign || mentionsPairCue(s));
  }

  private @Nullable Draft draft(Sentence s, Triggers.Hit hit, List<Side> sides) {
    Map<String, String> why = new LinkedHashMap<>();
    why.put("type", hit.def().type() + " " + hit.def().mode() + " from trigger " + hit.rule() + " ('" + s.tokens().get(hit.token()).word() + "')");
    if (negated(s, hit.token())) {
      return null;
    }
    String mode = hit.def().mode();
    EventType type = hit.def().type();
    String notAnEvent = notAnEvent(s, hit, sides);
    if (notAnEvent != null) {
      return null;
    }
    if (type == EventType.AGREE && mode.equals("sign") && !signsDocument(s, hit.token())) {
      return null;
    }
    boolean welcome = s.tokens().get(hit.token()).lemma().equalsIgnoreCase("welcome");
    if (type == EventType.CONSULT && (mode.equals("meet") && s.tokens().get(hit.token()).lemma().equalsIgnoreCase("receive")
        || welcome) && !receivesSomeone(s, hit.token(), sides)) {
      return null;
    }
    // Sides: by grammatical role when parsed, else by position.
    List<String> actors = actors(s, hit, sides, why);
    if (actors.size() < 2) {
      return null;
    }
    if (type == EventType.REQUEST && mode.equals("invite")) {
      actors = hostInvites(s, hit.token(), sides, actors, why);
    }
    boolean hostile = HOSTILE.contains(type.name());
    if (hostile && why.containsKey("occasion") && why.getOrDefault("actors", "").startsWith("position")
        && s.tokens().get(hit.token()).pos().startsWith("NN")) {
      return null; // "The list of the sanctions names two firms …": sanctions named before, by someone else
    }
    if ((hostile || SENDING.contains(s.tokens().get(hit.token()).lemma().toLowerCase(Locale.ROOT))) && doerIsNoActor(s, hit.token(), sides)) {
      return null; // "The new measures will hurt the regime by attacking its finances": the doer is no country
    }
    if (hit.def().directed() && coordinated.isEmpty()) {
      coordinated = included(s, actors, sides);
    }
    if (welcome && (why.getOrDefault("actors", "").startsWith("grammar") || why.getOrDefault("actors", "").contains("as subject"))) {
      actors = List.of(actors.get(1), actors.get(0));
      why.put("actors", why.get("actors") + "; the one welcomed is the visitor");
    }
    boolean directed = hit.def().directed();
    if (hit.token() > 0 && s.tokens().get(hit.token()).pos().startsWith("NN")
        && Set.of("the", "this", "that").contains(s.tokens().get(hit.token() - 1).word().toLowerCase(Locale.ROOT))) {
      why.put("occasion", "'" + s.tokens().get(hit.token() - 1).word() + " " + s.tokens().get(hit.token()).word()
          + "': an occasion named before, when the sentence gives no date");
    }
    for (int k = Math.max(0, hit.token() - 2); k < hit.token(); k++) {
      String w = s.tokens().get(k).word().toLowerCase(Locale.ROOT);
      if (s.tokens().get(hit.token()).pos().startsWith("NN") && Set.of("last", "previous", "past", "earlier").contains(w)) {
        why.put("other occasion", "'" + s.tokens().get(k).word() + " " + s.tokens().get(hit.token()).word() + "': not the occasion reported");
      }
    }
    Status status = status(s, hit.token(), why);
    PartialDate date = date(s, hit.token(), status, why);
    String location = location(s, hit, actors, why);
    List<Sector> sectors = Sectors.of(s.tokens());
    if (hit.def().mode().equals("military") && !sectors.contains(Sector.MILITARY)) {
      sectors = new ArrayList<>(sectors);
      sectors.add(0, Sector.MILITARY);
    }
    if (sectors.isEmpty() && (type == EventType.CONSULT || type == EventType.REQUEST)) {
      sectors = List.of(Sector.DIPLOMACY);
      why.put("sectors", "no sector words; diplomacy by default for " + type);
    } else {
      why.put("sectors", "sector words in the sentence");
    }
    List<String> names = new ArrayList<>();
    for (PeopleFinder.Found p : people) {
      if (p.sentences.contains(s.index()) && (p.country == null || actors.contains(p.country))) {
        names.add(p.name);
      }
    }
    double confidence = Math.min(1.0, 0.4 + (s.parsed() ? 0.2 : 0) + (date != null ? 0.1 : 0) + (location != null ? 0.1 : 0)
        + (why.getOrDefault("actors", "").startsWith("grammar") ? 0.1 : 0));
    return new Draft(type, mode, actors, directed, date, location, sectors, status, names, trim(s.span()), confidence, why, s.index());
  }

  /** The sides of a sentence: countries, demonyms, capitals, organisations, and the countries of people named. */
  private List<Side> sides(Sentence s) {
    List<Side> sides = new ArrayList<>();
    for (GeoMatch g : geo.within(s.span())) {
      int tok = PeopleFinder.tokenAt(s, g.end() - 1);
      if (tok < 0) {
        continue;
      }
      boolean afterPreposition = isAfterPlacePreposition(s, PeopleFinder.tokenAt(s, g.start()));
      boolean place = g.kind() == MatchKind.CITY || (g.kind() == MatchKind.CAPITAL && afterPreposition)
          || (g.kind() == MatchKind.COUNTRY_NAME && reportedFrom(s, PeopleFinder.tokenAt(s, g.start())));
      sides.add(new Side(g.code(), tok, new Span(g.start(), g.end()), g.kind().name().toLowerCase(Locale.ROOT) + " '" + g.text() + "'", place));
    }
    for (PeopleFinder.Found p : people) {
      if (p.country == null) {
        continue;
      }
      for (int k = 0; k < p.mentions.size(); k++) {
        if (p.sentences.get(k) == s.index()) {
          Span m = p.mentions.get(k);
          int tok = PeopleFinder.tokenAt(s, m.end() - 1);
          if (tok >= 0) {
            sides.add(new Side(p.country, tok, m, "person '" + p.name + "'", false));
          }
        }
      }
    }
    // "He extended an invitation": a pronoun subject stands for the last person named before.
    for (Token t : s.tokens()) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if ((w.equals("he") || w.equals("she")) && t.index() < 3) {
        PeopleFinder.Found last = lastPersonBefore(s.span().start());
        if (last != null && last.country != null) {
          sides.add(new Side(last.country, t.index(), t.span(), "pronoun for '" + last.name + "'", false));
        }
        break;
      }
    }
    // "we signed MOUs", "after I visited their country": the speaker of a quotation and the side addressed.
    List<Token> tokens = s.tokens();
    for (Token t : tokens) {
      Quotes.Quote q = quotes.at(t.span().start());
      if (q == null || q.speaker() == null || q.speaker().country == null) {
        continue;
      }
      String speakerCountry = q.speaker().country;
      String w = t.word();
      if (FIRST_PERSON.contains(w)) {
        sides.add(new Side(speakerCountry, t.index(), t.span(), "first person in a quotation of '" + q.speaker().name + "'", false));
      } else if ((w.equals("you") || w.equals("You")) && mainPair != null && mainPair.contains(speakerCountry)) {
        String other = mainPair.get(0).equals(speakerCountry) ? mainPair.get(1) : mainPair.get(0);
        sides.add(new Side(other, t.index(), t.span(), "the side addressed in a quotation of '" + q.speaker().name + "'", false));
      } else if (Set.of("your", "their").contains(w.toLowerCase(Locale.ROOT)) && t.index() + 1 < tokens.size()
          && Set.of("country", "nation", "government").contains(tokens.get(t.index() + 1).word().toLowerCase(Locale.ROOT))
          && mainPair != null && mainPair.contains(speakerCountry)) {
        String other = mainPair.get(0).equals(speakerCountry) ? mainPair.get(1) : mainPair.get(0);
        Token noun = tokens.get(t.index() + 1);
        sides.add(new Side(other, noun.index(), new Span(t.span().start(), noun.span().end()),
            "the other side, addressed in a quotation of '" + q.speaker().name + "'", false));
      }
    }
    sides.sort((a, b) -> Integer.compare(a.token(), b.token()));
    return sides;
  }

  private List<String> actors(Sentence s, Triggers.Hit hit, List<Side> sides, Map<String, String> why) {
    LinkedHashSet<String> all = new LinkedHashSet<>();
    for (Side side : sides) {
      if (!side.place()) {
        all.add(side.code());
      }
    }
    String hostFromPlace = null;
    for (Side side : sides) {
      if (side.place() && hostFromPlace == null) {
        hostFromPlace = side.code();
      }
    }
    if (hit.def().type() == EventType.CONSULT && hit.def().mode().equals("visit") && hostFromPlace != null) {
      all.add(hostFromPlace);
    }
    if (all.size() == 1 && hit.def().type() == EventType.AGREE && hit.def().mode().equals("sign") && !isAdjectival(s, hit.token())) {
      // "Blaszczak said after signing the deal": the other party of the last agreement of that side.
      String one = all.iterator().next();
      for (int k = drafts.size() - 1; k >= 0; k--) {
        Draft d = drafts.get(k);
        if (d.type() == EventType.AGREE && d.actors().size() == 2 && d.actors().contains(one)) {
          why.put("actors", "one side named: the pair of the last agreement it made, " + d.actors());
          return d.actors();
        }
      }
    }
    if (all.size() < 2 && mainPair != null && (all.isEmpty() || mainPair.contains(all.iterator().next()))
        && hit.def().type() == EventType.AGREE && hit.def().mode().equals("sign") && !isAdjectival(s, hit.token())) {
      why.put("actors", "no side named in the sentence: the article's main pair " + mainPair);
      return mainPair;
    }
    if (all.size() < 2 && mainPair != null && mentionsPairCue(s) && (all.isEmpty() || mainPair.contains(all.iterator().next()))) {
      why.put("actors", "the article's main pair " + mainPair + " for a sentence about 'the two sides'");
      return orderMainPair(all);
    }
    if (all.size() < 2) {
      return List.copyOf(all);
    }
    String agent = null;
    String target = null;
    Side agentSide = null;
    Side targetSide = null;
    boolean passiveTarget = false;
    Map<Integer, List<Dependency>> up = s.parsed() ? parents(s) : Map.of();
    if (s.parsed()) {
      List<Side> before = hasSubject(s, hit.token()) ? List.of() : sidesRightBefore(s, hit.token(), sides);
      if (!before.isEmpty()) {
        // The parser found no subject for the verb ("Lukashenko and Putin condemned" read as a list of places):
        // the names right before it are.
        agentSide = before.get(0);
        agent = agentSide.code();
        why.put("subject", "the sides right before a verb the parse gives no subject");
      }
      boolean nominal = s.tokens().get(hit.token()).pos().startsWith("NN");
      int lightVerb = nominal ? lightVerb(s, up, hit.token()) : -1;
      Map<Side, String> rels = new LinkedHashMap<>();
      for (Side side : sides) {
        if (before.contains(side)) {
          continue;
        }
        String rel = relationTo(up, side.token(), hit.token());
        if (rel == null && lightVerb >= 0) {
          String viaVerb = relationTo(up, side.token(), lightVerb);
          rel = viaVerb != null && viaVerb.startsWith("nsubj") && !viaVerb.equals("nsubj:pass") ? "nsubj"
              : viaVerb != null && (viaVerb.startsWith("obl") || viaVerb.equals("iobj")) ? viaVerb : null; // "imposed sanctions on X"
        }
        if (rel != null) {
          rels.put(side, rel);
        }
      }
      // The subject acts before a "by" phrase does, and both before a noun's modifiers ("Belarus's visit").
      int bestRank = Integer.MAX_VALUE;
      for (Map.Entry<Side, String> e : rels.entrySet()) {
        int rank = agentRank(e.getValue(), nominal);
        if (agent == null && rank < bestRank && !e.getKey().place()) {
          bestRank = rank;
          agentSide = e.getKey();
        }
      }
      if (agent == null && agentSide != null && bestRank < Integer.MAX_VALUE) {
        agent = agentSide.code();
      } else if (agent == null) {
        agentSide = null;
      }
      for (Map.Entry<Side, String> e : rels.entrySet()) {
        Side side = e.getKey();
        String rel = e.getValue();
        if (target == null && agentRank(rel, nominal) == Integer.MAX_VALUE && !rel.startsWith("conj")
            && !side.code().equals(agent) && !side.place()) {
          target = side.code();
          targetSide = side;
          passiveTarget = rel.equals("nsubj:pass");
        }
      }

      if (agent == null && passiveTarget && hit.def().directed()) {
        // "Dar has been invited by Foreign Minister Maxim Ryzhenkov": the other side acts.
        for (Side side : sides) {
          if (!side.place() && !side.code().equals(target)) {
            agent = side.code();
            break;
          }
        }
      }
    }
    if (hit.def().directed() && s.tokens().get(hit.token()).word().endsWith("ing") && hit.token() > 0
        && s.tokens().get(hit.token() - 1).word().equalsIgnoreCase("for")) {
      // "grateful to you for supplying", "thanked Belarus for delivering": the one thanked did it.
      String thanked = null;
      for (Side side : sides) {
        if (side.token() < hit.token() - 1 && !side.place()) {
          thanked = side.code();
        }
      }
      if (thanked != null) {
        if (agent != null && !agent.equals(thanked)) {
          target = agent;
        }
        agent = thanked;
        if (agent.equals(target)) {
          target = null;
        }
      }
    }
    if (agent == null && hit.def().directed() && s.tokens().get(hit.token()).pos().startsWith("NN")) {
      agent = byAgent(s, hit.token(), sides);
      if (agent != null && agent.equals(target)) {
        target = null;
      }
    }
    if (s.parsed() && agent != null && target == null && hit.def().directed() && SENDING.contains(s.tokens().get(hit.token()).lemma().toLowerCase(Locale.ROOT))
        && sendsToNonActor(s, hit.token(), sides)) {
      why.put("actors", "grammar: " + agent + " sends to someone who is not an actor");
      return List.of(agent);
    }
    if (hit.def().mode().equals("visit") && hostFromPlace != null && !hostFromPlace.equals(agent)) {
      target = hostFromPlace;
    }
    List<String> ordered = new ArrayList<>();
    if (agent != null && target != null && !agent.equals(target)) {
      ordered.add(agent);
      ordered.add(target);
      why.put("actors", "grammar: " + agent + " acts (subject), " + target + " is the other side");
      if (s.parsed() && agentSide != null && targetSide != null && agentSide.code().equals(agent) && targetSide.code().equals(target)) {
        coordinated = coordinatedPairs(s, up, hit.token(), sides, agentSide, targetSide);
      }
      return ordered;
    }
    // By position: nearest distinct sides to the trigger, the earlier one first.
    List<Side> bySide = new ArrayList<>();
    for (Side side : sides) {
      if (!side.place() || side.code().equals(hostFromPlace)) {
        bySide.add(side);
      }
    }
    bySide.sort((a, b) -> Integer.compare(Math.abs(a.token() - hit.token()), Math.abs(b.token() - hit.token())));
    LinkedHashSet<String> near = new LinkedHashSet<>();
    if (agent != null) {
      near.add(agent);
    }
    for (Side side : bySide) {
      near.add(side.code());
      if (near.size() == 2) {
        break;
      }
    }
    ordered.addAll(near);
    if (agent == null && ordered.size() == 2) {
      // Keep text order when nothing says who acts.
      int i0 = firstToken(sides, ordered.get(0));
      int i1 = firstToken(sides, ordered.get(1));
      if (i1 < i0) {
        ordered = List.of(ordered.get(1), ordered.get(0));
      }
      if (hit.def().mode().equals("visit") && hostFromPlace != null && ordered.get(0).equals(hostFromPlace)) {
        ordered = List.of(ordered.get(1), ordered.get(0));
      }
    }
    why.put("actors", "position: the two sides nearest the trigger" + (agent != null ? ", " + agent + " as subject" : ""));
    return ordered;
  }

  /** "sanctions on 40 Iranian firms, including some in Turkey and Oman": the agent's further targets. */
  private List<List<String>> included(Sentence s, List<String> actors, List<Side> sides) {
    if (actors.size() != 2) {
      return List.of();
    }
    List<Token> tokens = s.tokens();
    int from = -1;
    for (Side side : sides) {
      if (side.code().equals(actors.get(1)) && !side.place()) {
        from = side.token();
        break;
      }
    }
    if (from < 0) {
      return List.of();
    }
    List<List<String>> pairs = new ArrayList<>();
    for (int k = from + 1; k < tokens.size() && k <= from + 6; k++) {
      if (!tokens.get(k).word().equalsIgnoreCase("including")) {
        continue;
      }
      Set<String> taken = new LinkedHashSet<>(actors);
      for (int j = k + 1; j < tokens.size(); j++) {
        String w = tokens.get(j).word();
        if (w.equals(",") || w.equals(";") || w.equals(".") || w.equals(")")) {
          break;
        }
        for (Side side : sides) {
          if (side.token() == j && !side.place() && taken.add(side.code())) {
            pairs.add(List.of(actors.get(0), side.code()));
          }
        }
      }
      break;
    }
    return pairs;
  }

  /**
   * Whether the doer of a verb trigger is a thing, not a country or person: "The new measures will hurt …
   * by attacking", "the brokers that help arm it". The subject is the verb's own, or for "by attacking" and
   * "help arm" the governing verb's; a relative pronoun stands for its noun.
   */
  private static boolean doerIsNoActor(Sentence s, int trigger, List<Side> sides) {
    if (!s.parsed() || !s.tokens().get(trigger).pos().startsWith("VB")) {
      return false;
    }
    Integer subject = subjectOf(s, trigger);
    if (subject == null) {
      for (Dependency d : s.dependencies()) {
        boolean byGerund = trigger > 0 && s.tokens().get(trigger - 1).word().equalsIgnoreCase("by") && d.relation().startsWith("advcl");
        if (d.dependent() == trigger && (d.relation().equals("xcomp") || byGerund)) {
          subject = subjectOf(s, d.governor());
          break;
        }
      }
    }
    if (subject == null) {
      return false;
    }
    for (Dependency d : s.dependencies()) {
      if (d.relation().equals("ref") && d.dependent() == subject) {
        subject = d.governor(); // "networks that help": the noun the pronoun stands for
        break;
      }
    }
    Token t = s.tokens().get(subject);
    if (!t.pos().equals("NN") && !t.pos().equals("NNS")) {
      return false;
    }
    Map<Integer, List<Dependency>> up = parents(s);
    for (Side side : sides) {
      if (side.token() == subject || relationTo(up, side.token(), subject) != null
          || (side.span().start() <= t.span().start() && t.span().end() <= side.span().end())) {
        return false;
      }
    }
    return !Set.of("government", "army", "forces", "troops", "military", "ministry", "authorities", "leader", "president",
        "minister", "delegation", "country", "side", "state", "navy", "police").contains(t.word().toLowerCase(Locale.ROOT));
  }

  private static @Nullable Integer subjectOf(Sentence s, int verb) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() == verb && (d.relation().equals("nsubj") || d.relation().equals("nsubj:xsubj"))) {
        return d.dependent();
      }
    }
    return null;
  }

  private static final Set<String> SENDING = Set.of("supply", "deliver", "ship", "export", "donate", "send");

  /** "can export agricultural products to neighbouring countries": the receiver named is no side. */
  private static boolean sendsToNonActor(Sentence s, int trigger, List<Side> sides) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() == trigger && (d.relation().equals("obl:to") || d.relation().equals("iobj"))) {
        int receiver = d.dependent();
        boolean side = sides.stream().anyMatch(x -> x.token() == receiver
            || (x.span().start() <= s.tokens().get(receiver).span().start() && s.tokens().get(receiver).span().end() <= x.span().end()));
        if (!side) {
          return true;
        }
      }
    }
    return false;
  }

  /** How surely a relation to the trigger names its doer: 0 the subject, 1 a "by" phrase, 2 a noun's modifier; MAX_VALUE none. */
  private static int agentRank(String rel, boolean nominal) {
    if (rel.equals("nsubj") || rel.equals("nsubj:xsubj") || rel.equals("csubj")) {
      return 0;
    }
    if (rel.equals("obl:agent") || rel.equals("obl:by") || rel.equals("nmod:by") || rel.equals("nmod:agent")) {
      return 1;
    }
    if (nominal && (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound") || rel.equals("nmod:of")
        || rel.equals("nmod:from"))) {
      return 2;
    }
    return Integer.MAX_VALUE;
  }

  /** Whether the parse gives verb {@code trigger} a subject of its own. */
  private static boolean hasSubject(Sentence s, int trigger) {
    if (!s.tokens().get(trigger).pos().startsWith("VB")) {
      return true;
    }
    for (Dependency d : s.dependencies()) {
      if (d.governor() == trigger && (d.relation().startsWith("nsubj") || d.relation().equals("csubj"))) {
        return true;
      }
    }
    return false;
  }

  /** The sides (not places) in the run of names, "and" and commas right before a verb ("Lukashenko and Putin condemned"). */
  private static List<Side> sidesRightBefore(Sentence s, int trigger, List<Side> sides) {
    if (!s.tokens().get(trigger).pos().startsWith("VB")) {
      return List.of();
    }
    int k = trigger - 1;
    while (k >= 0) {
      Token t = s.tokens().get(k);
      boolean nameLike = t.pos().startsWith("NNP") || t.word().equals("and") || t.word().equals(",");
      if (!nameLike) {
        break;
      }
      k--;
    }
    List<Side> run = new ArrayList<>();
    for (Side side : sides) {
      if (side.token() > k && side.token() < trigger && !side.place() && run.stream().noneMatch(r -> r.code().equals(side.code()))) {
        run.add(side);
      }
    }
    return run;
  }

  /**
   * The further pairs of an event whose agent or target is one of several coordinated sides: "held talks with the
   * North Korean leader, the Slovak Prime Minister and the Russian President" is one meeting per country;
   * "Lukashenko and Putin condemned the EU policy" one criticism per critic.
   */
  private List<List<String>> coordinatedPairs(Sentence s, Map<Integer, List<Dependency>> up, int trigger, List<Side> sides,
      Side agent, Side target) {
    Set<Integer> agentLine = lineTo(up, agent.token(), trigger);
    Set<Integer> targetLine = lineTo(up, target.token(), trigger);
    List<Side> beforeVerb = sidesRightBefore(s, trigger, sides);
    boolean runAgents = beforeVerb.stream().anyMatch(b -> b.token() == agent.token());
    List<List<String>> pairs = new ArrayList<>();
    Set<String> taken = new LinkedHashSet<>(List.of(agent.code(), target.code()));
    for (Side side : sides) {
      if (side.place() || taken.contains(side.code())) {
        continue;
      }
      Set<Integer> line = lineTo(up, side.token(), trigger);
      List<String> pair = null;
      if (conjoined(s, line, targetLine)) {
        pair = List.of(agent.code(), side.code());
      } else if (conjoined(s, line, agentLine) || (runAgents && beforeVerb.contains(side))) {
        pair = List.of(side.code(), target.code());
      }
      if (pair != null) {
        pairs.add(pair);
        taken.add(side.code());
      }
    }
    return pairs;
  }

  /** The tokens from {@code token} up its heads to (not including) {@code trigger}; empty when it does not reach it. */
  private static Set<Integer> lineTo(Map<Integer, List<Dependency>> up, int token, int trigger) {
    Set<Integer> seen = new LinkedHashSet<>();
    List<Integer> frontier = new ArrayList<>(List.of(token));
    boolean reached = false;
    for (int depth = 0; depth < 8 && !frontier.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int f : frontier) {
        if (f == trigger) {
          reached = true;
          continue;
        }
        if (seen.add(f)) {
          for (Dependency d : up.getOrDefault(f, List.of())) {
            next.add(d.governor());
          }
        }
      }
      frontier = next;
    }
    return reached ? seen : Set.of();
  }

  /** Whether a conjunction joins a token of {@code line} to a token of {@code other} (both lines below the trigger). */
  private static boolean conjoined(Sentence s, Set<Integer> line, Set<Integer> other) {
    if (line.isEmpty() || other.isEmpty()) {
      return false;
    }
    for (Dependency d : s.dependencies()) {
      if (d.relation().startsWith("conj") && ((line.contains(d.dependent()) && other.contains(d.governor()) && !other.contains(d.dependent()))
          || (other.contains(d.dependent()) && line.contains(d.governor()) && !line.contains(d.dependent())))) {
        return true;
      }
    }
    return false;
  }

  private List<String> orderMainPair(Set<String> present) {
    if (!present.isEmpty() && mainPair != null && mainPair.get(1).equals(present.iterator().next())) {
      return List.of(mainPair.get(1), mainPair.get(0));
    }
    return mainPair == null ? List.of() : mainPair;
  }

  private static int firstToken(List<Side> sides, String code) {
    for (Side s : sides) {
      if (s.code().equals(code)) {
        return s.token();
      }
    }
    return Integer.MAX_VALUE;
  }

  private boolean mentionsPairCue(Sentence s) {
    String t = s.span().of(doc.text()).toLowerCase(Locale.ROOT);
    for (String cue : PAIR_CUES) {
      if (t.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /** The two countries the article is most about, by how many non-boilerplate sentences name them. */
  private static @Nullable List<String> mainPair(AnnotatedText doc, Geo geo, boolean[] boilerplate) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> firstSeen = new HashMap<>();
    for (Sentence s : doc.sentences()) {
      if (boilerplate[s.index()]) {
        continue;
      }
      Set<String> seen = new LinkedHashSet<>();
      for (GeoMatch g : geo.within(s.span())) {
        if (g.kind() != MatchKind.CITY) {
          seen.add(g.code());
        }
      }
      for (String c : seen) {
        counts.merge(c, 1, Integer::sum);
        firstSeen.putIfAbsent(c, s.index());
      }
    }
    List<String> ranked = new ArrayList<>(counts.keySet());
    ranked.sort((a, b) -> counts.get(b) != counts.get(a).intValue() ? counts.get(b) - counts.get(a) : firstSeen.get(a) - firstSeen.get(b));
    if (ranked.size() < 2 || counts.get(ranked.get(1)) < 2) {
      return null;
    }
    return List.of(ranked.get(0), ranked.get(1));
  }

  private PeopleFinder.@Nullable Found lastPersonBefore(int offset) {
    PeopleFinder.@Nullable Found best = null;
    int bestAt = -1;
    for (PeopleFinder.Found p : people) {
      for (Span m : p.mentions) {
        if (m.end() <= offset && m.start() > bestAt) {
          bestAt = m.start();
          best = p;
        }
      }
    }
    return best;
  }

  /** "told reporters in Luxembourg", "said in Belarus": the country where something was said, not a side. */
  private static boolean reportedFrom(Sentence s, int tok) {
    if (tok < 2 || !s.tokens().get(tok - 1).word().equalsIgnoreCase("in")) {
      return false;
    }
    for (int k = Math.max(0, tok - 4); k < tok - 1; k++) {
      if (Set.of("told", "said", "says", "reporters", "journalists", "speaking", "spoke", "briefing", "statement")
          .contains(s.tokens().get(k).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private boolean isAfterPlacePreposition(Sentence s, int tok) {
    for (int k = tok - 1; k >= Math.max(0, tok - 4); k--) {
      String w = s.tokens().get(k).word().toLowerCase(Locale.ROOT);
      if (Set.of("in", "to", "at", "from", "into", "near", "outside").contains(w)) {
        return true;
      }
      if (w.equals(",") && k == tok - 1 && k > 0 && s.tokens().get(k - 1).pos().startsWith("NNP")) {
        continue; // "at State House, Nairobi": the city of a venue
      }
      if (!s.tokens().get(k).pos().startsWith("NNP") && !w.equals("the") && !w.equals("sunny")) {
        return false;
      }
    }
    return false;
  }

  private static Map<Integer, List<Dependency>> parents(Sentence s) {
    Map<Integer, List<Dependency>> up = new HashMap<>();
    for (Dependency d : s.dependencies()) {
      if (d.governor() >= 0) {
        up.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d);
      }
    }
    return up;
  }

  /** The relation by which {@code token}'s chain of heads attaches to {@code trigger}, or null. */
  /** The verb a nominal trigger is the object of ("extended an invitation", "paid a visit"), or -1. */
  private static int lightVerb(Sentence s, Map<Integer, List<Dependency>> up, int trigger) {
    for (Dependency d : up.getOrDefault(trigger, List.of())) {
      Token verb = s.tokens().get(d.governor());
      if ((d.relation().equals("obj") || d.relation().equals("nsubj:pass")) && verb.pos().startsWith("VB")
          && LIGHT_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
        return d.governor();
      }
    }
    return -1;
  }

  private static @Nullable String relationTo(Map<Integer, List<Dependency>> up, int token, int trigger) {
    List<int[]> frontier = new ArrayList<>();
    frontier.add(new int[] {token, -1});
    Map<Integer, String> seenRel = new HashMap<>();
    for (int depth = 0; depth < 7 && !frontier.isEmpty(); depth++) {
      List<int[]> next = new ArrayList<>();
      for (int[] f : frontier) {
        for (Dependency d : up.getOrDefault(f[0], List.of())) {
          if (d.governor() == trigger) {
            return d.relation();
          }
          if (!seenRel.containsKey(d.governor())) {
            seenRel.put(d.governor(), d.relation());
            next.add(new int[] {d.governor(), 0});
          }
        }
      }
      frontier = next;
    }
    return null;
  }

  /**
   * "extended an invitation for Tokayev to come to Belarus": the host of the visit invites, so the
   * country visited comes first.
   */
  private List<String> hostInvites(Sentence s, int trigger, List<Side> sides, List<String> actors, Map<String, String> why) {
    List<Token> tokens = s.tokens();
    String how = why.getOrDefault("actors", "");
    if (tokens.get(trigger).pos().startsWith("NN") && trigger + 1 < tokens.size()
        && Set.of("of", "by").contains(tokens.get(trigger + 1).word().toLowerCase(Locale.ROOT))
        && Triggers.hasNear(tokens.subList(trigger, Math.min(tokens.size(), trigger + 5)), 0, Set.of("host", "hosts", "counterpart", "counterparts"))
        && actors.size() == 2 && !how.contains("main pair")) {
      // "Ryzhenkov, in Nairobi for talks at the invitation of his host": the one who came (named first)
      // was invited by the other side.
      String visitor = sides.stream().filter(x -> !x.place() && actors.contains(x.code())).map(Side::code).findFirst().orElse(null);
      if (visitor != null) {
        why.put("actors", how + "; invited by the host of " + visitor);
        return visitor.equals(actors.get(0)) ? List.of(actors.get(1), actors.get(0)) : actors;
      }
    }
    for (int k = trigger + 1; k < tokens.size(); k++) {
      if (!tokens.get(k).lemma().equalsIgnoreCase("visit")) {
        continue;
      }
      for (Side side : sides) {
        if (side.token() > k && side.token() <= k + 3 && actors.contains(side.code()) && !actors.get(0).equals(side.code())) {
          why.put("actors", why.getOrDefault("actors", "") + "; the host of the visit invites: " + side.code());
          return List.of(side.code(), actors.get(0));
        }
      }
      break;
    }
    return actors;
  }

  /** Verbs whose subject is the doer of their noun object: "paid a visit", "extended an invitation", "held talks". */
  private static final Set<String> LIGHT_VERBS = Set.of("pay", "make", "undertake", "hold", "have", "conduct", "extend",
      "issue", "send", "begin", "start", "end", "conclude", "complete", "host", "organise", "organize", "convene",
      "attend", "lead", "sign", "ink", "impose", "announce", "introduce", "level", "voice", "express", "deliver",
      "provide", "offer", "give", "grant", "launch", "stage", "carry", "receive", "accept", "reach");

  /** "a courtesy call on the minister by Belarus's Dmitry Pantus": the first side after a "by" that follows the noun. */
  private static @Nullable String byAgent(Sentence s, int trigger, List<Side> sides) {
    for (int k = trigger + 1; k < s.tokens().size(); k++) {
      if (s.tokens().get(k).word().equalsIgnoreCase("by")) {
        for (Side side : sides) {
          if (side.token() > k && !side.place()) {
            return side.code();
          }
        }
        return null;
      }
    }
    return null;
  }

  private static final Set<String> FIRST_PERSON = Set.of("I", "we", "We", "us", "our", "Our");

  private static final Set<String> GENERIC_PLURALS = Set.of("visit", "meeting", "trip", "exercise", "drill");
  private static final Set<String> HOSTILE = Set.of("SANCTION", "ACCUSE", "THREATEN", "COERCE", "ASSAULT", "PROTEST");
  private static final Set<String> ESTABLISHED = Set.of("venture", "commission", "committee", "centre", "center", "plant",
      "enterprise", "company", "factory", "hub", "mechanism", "council", "office", "embassy", "consulate", "bank",
      "fund", "zone", "school", "university", "line", "route", "flight", "flights", "ties");

  /**
   * Why a trigger is not a specific event, or null when it may be: a conditional ("if Belarus had
   * delivered"), a generic plural or quantified noun ("high-level visits", "any attacks", "mutual aid"), a
   * definite noun that refers back to an occasion named elsewhere ("The visit is sparking attention") with
   * no side of its own, or a hostile act whose doer is named but is no actor ("sanctions imposed by Western
   * countries").
   */
  private @Nullable String notAnEvent(Sentence s, Triggers.Hit hit, List<Side> sides) {
    List<Token> tokens = s.tokens();
    Token t = tokens.get(hit.token());
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (t.pos().equals("NNS") && GENERIC_PLURALS.contains(lemma)) {
      return "generic plural";
    }
    if (hit.token() > 0) {
      String before = tokens.get(hit.token() - 1).word().toLowerCase(Locale.ROOT);
      if (Set.of("any", "no", "mutual", "possible").contains(before) && t.pos().startsWith("NN")) {
        return "quantified noun";
      }
    }
    if ((lemma.equals("commission") || lemma.equals("forum")) && !bilateralBody(s, hit.token())) {
      return "a body's name, not a joint body";
    }
    if (lemma.equals("appoint") && !Triggers.hasNear(tokens, hit.token(), Set.of("attaché", "attache", "ambassador", "envoy", "consul"))) {
      return "an appointment at home";
    }
    if (lemma.equals("refuse") && hit.token() + 2 < tokens.size() && tokens.get(hit.token() + 1).word().equalsIgnoreCase("to")
        && Set.of("condemn", "criticize", "criticise", "comment", "say", "discuss", "confirm", "disclose", "answer", "name", "speak")
            .contains(tokens.get(hit.token() + 2).lemma().toLowerCase(Locale.ROOT))) {
      return "refusing to speak is a stance, not an act"; // "Zimbabwe refused to condemn Moscow"
    }
    if (lemma.equals("establish") && !establishesSomething(tokens, hit.token())) {
      return "nothing concrete established";
    }
    if (!s.parsed()) {
      return null;
    }
    if (t.pos().startsWith("VB") && !lemma.equals("visit") && isAdjectival(s, hit.token())) {
      return "a participle describing a noun";
    }
    Map<Integer, List<Dependency>> up = parents(s);
    if (lemma.equals("agree") && hit.token() + 2 < tokens.size() && tokens.get(hit.token() + 1).word().equalsIgnoreCase("to")
        && tokens.get(hit.token() + 2).pos().equals("VB") && !Triggers.hasNear(tokens, hit.token(), Set.of("with"))) {
      Set<String> subjects = new LinkedHashSet<>();
      for (Side side : sides) {
        String rel = relationTo(up, side.token(), hit.token());
        if (!side.place() && rel != null && rel.startsWith("nsubj")) {
          subjects.add(side.code());
        }
      }
      String before = new Span(s.span().start(), tokens.get(hit.token()).span().start()).of(doc.text()).toLowerCase(Locale.ROOT);
      boolean pair = PAIR_CUES.stream().anyMatch(before::contains);
      if (subjects.size() < 2 && !pair) {
        return "one side agreed to do something, with nobody"; // "Vilnius agreed to double its fuel reserves"
      }
    }
    for (Dependency d : s.dependencies()) {
      if (d.governor() == hit.token() && d.relation().equals("mark")
          && Set.of("if", "whether").contains(tokens.get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
        return "conditional";
      }
    }
    boolean nominal = t.pos().startsWith("NN");
    if (nominal) {
      boolean definite = false;
      for (Dependency d : s.dependencies()) {
        if (d.governor() == hit.token() && d.relation().equals("det")
            && Set.of("the", "this", "that").contains(tokens.get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
          definite = true;
        }
      }
      boolean ownSide = false;
      for (Side side : sides) {
        ownSide |= side.token() == hit.token() || relationTo(up, side.token(), hit.token()) != null;
      }
      int verb = lightVerb(s, up, hit.token());
      if (definite && !ownSide && verb < 0 && hit.token() < 3) {
        return "refers back to an occasion named before";
      }
    }
    if (HOSTILE.contains(hit.def().type().name())) {
      for (Dependency d : s.dependencies()) {
        boolean ofTrigger = d.governor() == hit.token() || isModifierOf(s, d.governor(), hit.token());
        if (ofTrigger && (d.relation().equals("obl:agent") || d.relation().equals("obl:by"))) {
          int doer = d.dependent();
          boolean actor = false;
          for (Side side : sides) {
            actor |= side.token() == doer || (side.span().start() <= tokens.get(doer).span().start()
                && tokens.get(doer).span().end() <= side.span().end());
          }
          if (!actor) {
            return "done by someone who is not an actor: '" + tokens.get(doer).word() + "'";
          }
        }
      }
    }
    return null;
  }

  /** Whether a participle trigger only describes a noun ("the signed document"). */
  private static boolean isAdjectival(Sentence s, int trigger) {
    if (trigger > 0 && s.tokens().get(trigger).word().endsWith("ing")
        && Set.of("for", "by", "of", "after", "before", "in").contains(s.tokens().get(trigger - 1).word().toLowerCase(Locale.ROOT))) {
      return false; // "grateful for supplying machines": a gerund, whatever the parse says
    }
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == trigger && d.relation().equals("amod")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code verb} is a participle that modifies the noun {@code noun} ("sanctions imposed by"). */
  private static boolean isModifierOf(Sentence s, int verb, int noun) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == verb && d.governor() == noun && d.relation().startsWith("acl")) {
        return true;
      }
    }
    return false;
  }

  /** "Joint Permanent Commission", "Zimbabwe-Belarus Business Forum", "intergovernmental commission". */
  private boolean bilateralBody(Sentence s, int trigger) {
    List<Token> tokens = s.tokens();
    for (int k = Math.max(0, trigger - 6); k < trigger; k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if (Set.of("joint", "intergovernmental", "inter-governmental", "mixed", "bilateral").contains(w)) {
        return true;
      }
      if (w.contains("-") && geo.within(tokens.get(k).span()).size() >= 2) {
        return true;
      }
    }
    // "Zimbabwe - Belarus" tokenised apart: two countries joined by a hyphen before the noun.
    int countries = 0;
    for (int k = Math.max(0, trigger - 6); k < trigger; k++) {
      countries += geo.countryAt(tokens.get(k).span()) != null ? 1 : 0;
    }
    return countries >= 2;
  }

  private static boolean establishesSomething(List<Token> tokens, int i) {
    for (int k = Math.max(0, i - 5); k < Math.min(tokens.size(), i + 6); k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if (ESTABLISHED.contains(w) || (w.equals("relations") && k > 0
          && tokens.get(k - 1).word().equalsIgnoreCase("diplomatic"))) {
        return true;
      }
    }
    return false;
  }

  private boolean negated(Sentence s, int trigger) {
    for (int k = Math.max(0, trigger - 3); k < trigger; k++) {
      if (NEGATIONS.contains(s.tokens().get(k).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean signsDocument(Sentence s, int trigger) {
    if (!s.tokens().get(trigger).pos().startsWith("VB") && !s.tokens().get(trigger).lemma().equalsIgnoreCase("signing")) {
      return false;
    }
    for (int k = Math.max(0, trigger - 12); k < Math.min(s.tokens().size(), trigger + 12); k++) {
      String w = s.tokens().get(k).word().toLowerCase(Locale.ROOT).replace("’", "'");
      if (Triggers.DOCUMENTS.contains(w) || Triggers.DOCUMENTS.contains(w.replaceAll("'?s$", ""))
          || w.startsWith("agreement") || w.startsWith("memorand") || w.startsWith("mou")) {
        return true;
      }
    }
    return false;
  }

  private boolean receivesSomeone(Sentence s, int trigger, List<Side> sides) {
    for (Side side : sides) {
      if (side.how().startsWith("person") && side.token() > trigger && side.token() - trigger < 8) {
        return true;
      }
    }
    return false;
  }

  private Status status(Sentence s, int trigger, Map<String, String> why) {
    List<Token> tokens = s.tokens();
    for (int k = Math.max(0, trigger - 6); k < trigger; k++) {
      String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
      if (POSSIBLE_CUES.contains(w)) {
        why.put("status", "possible: '" + tokens.get(k).word() + "' shortly before the trigger");
        return Status.POSSIBLE;
      }
      boolean farAdjective = NEAR_ONLY_CUES.contains(w) && k < trigger - 2;
      if ((PLANNED_CUES.contains(w) && !farAdjective)
          || (w.equals("to") && k == trigger - 1 && tokens.get(trigger).pos().equals("VB"))) {
        why.put("status", "planned: '" + tokens.get(k).word() + "' shortly before the trigger");
        return Status.PLANNED;
      }
    }
    why.put("status", "occurred: no future, modal or hedging word shortly before the trigger");
    return Status.OCCURRED;
  }

  private @Nullable PartialDate date(Sentence s, int trigger, Status status, Map<String, String> why) {
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    TimeExpression unresolved = null;
    for (TimeExpression t : doc.times()) {
      if (t.sentence() != s.index() || !t.type().equals("DATE")) {
        continue;
      }
      PartialDate d = resolved(t);
      int tok = PeopleFinder.tokenAt(s, t.span().start());
      int distance = Math.abs(tok - trigger);
      boolean otherOccasion = nominalTriggers.contains(trigger) && nominalTriggers.stream()
          .anyMatch(o -> o != trigger && Math.min(trigger, tok) < o && o < Math.max(trigger, tok));
      if (otherOccasion) {
        continue; // "the Forum follows the State visit ... in January 2023": the date is the visit's
      }
      if (d == null) {
        if (unresolved == null && t.value() != null && !t.value().endsWith("_REF")) {
          unresolved = t;
        }
        continue;
      }
      if (distance < bestDistance) {
        best = t;
        bestDistance = distance;
      }
    }
    if (best != null) {
      // "Earlier this year, ... met ... on 17 May": a more precise date inside the nearest one is the event's.
      PartialDate near = resolved(best);
      TimeExpression finer = null;
      for (TimeExpression t : doc.times()) {
        PartialDate d = t.sentence() == s.index() && t.type().equals("DATE") && t != best ? resolved(t) : null;
        if (d != null && near != null && d.precision().ordinal() > near.precision().ordinal() && near.compatibleWith(d)
            && (finer == null || d.precision().ordinal() > resolved(finer).precision().ordinal())) {
          finer = t;
        }
      }
      if (finer != null) {
        best = finer;
      }
      PartialDate d = resolved(best);
      PartialDate pubDate = doc.article().pubDate();
      PartialDate inThatYear = d == null ? null : inYearNamedBefore(best, d);
      if (inThatYear != null) {
        why.put("date", "'" + best.text() + " of that year': the year named just before, " + inThatYear);
        return inThatYear;
      }
      if (d != null && pubDate != null && status == Status.OCCURRED && d.precision() == PartialDate.Precision.DAY
          && d.firstDay().isAfter(pubDate.firstDay()) && WEEKDAY.matcher(best.text()).find()) {
        d = PartialDate.of(d.firstDay().minusWeeks(1));
        why.put("date", "weekday '" + best.text() + "' of a past event: the one before the publication date, " + d);
        return d;
      }
      why.put("date", "time expression '" + best.text() + "' = " + best.value() + " in the sentence");
      return d;
    }
    PartialDate pub = doc.article().pubDate();
    if (unresolved != null) {
      why.put("date", "time expression '" + unresolved.text() + "' (" + unresolved.value() + ") cannot be resolved");
      return null;
    }
    String sentence = s.span().of(doc.text()).toLowerCase(Locale.ROOT);
    if (status == Status.OCCURRED && REFERRED_OCCASION.matcher(sentence).find()) {
      // "The visit by the Belarusian President culminated in the signing of agreements": the visit's date.
      for (int k = drafts.size() - 1; k >= 0; k--) {
        Draft d = drafts.get(k);
        if (d.type() == EventType.CONSULT && d.date() != null && d.sentence() < s.index()
            && d.why().getOrDefault("date", "").startsWith("time expression")) {
          why.put("date", "the date of the occasion the sentence refers to (sentence " + (d.sentence() + 1) + "), " + d.date());
          return d.date();
        }
      }
    }
    if (pub != null && status != Status.OCCURRED && DURING_OCCASION.matcher(sentence).find()) {
      why.put("date", "no date in the sentence of an event planned for the occasion under way: the publication month");
      return pub.truncate(PartialDate.Precision.MONTH);
    }
    if (peg != null && status == Status.OCCURRED && peg.truncate(PartialDate.Precision.MONTH).equals(pub.truncate(PartialDate.Precision.MONTH))) {
      why.put("date", "no date in the sentence: the day of the news, " + peg + ", named in the lead");
      return peg;
    }
    if (pub != null && status == Status.OCCURRED) {
      why.put("date", "no date in the sentence: the publication month");
      return pub.truncate(PartialDate.Precision.MONTH);
    }
    why.put("date", "no date in the sentence" + (pub == null ? " and no publication date" : " of a planned or possible event"));
    return null;
  }

  private static final java.util.regex.Pattern THAT_YEAR =
      java.util.regex.Pattern.compile("(?i)^\\s*(?:of )?(?:that|the same) year\\b");
  private static final java.util.regex.Pattern A_YEAR = java.util.regex.Pattern.compile("\\b(19|20)\\d{2}\\b");

  /**
   * "in May of that year": the month in the year the text named last before it (within a few sentences), not in
   * the publication year; null when the expression is not of that kind or no year is named before.
   */
  private @Nullable PartialDate inYearNamedBefore(TimeExpression t, PartialDate d) {
    String text = doc.text();
    String after = text.substring(t.span().end(), Math.min(text.length(), t.span().end() + 24));
    boolean thatYear = THAT_YEAR.matcher(after).find() || t.text().toLowerCase(Locale.ROOT).matches(".*\\b(that|the same) year\\b.*");
    if (!thatYear || d.precision() == PartialDate.Precision.YEAR) {
      return null;
    }
    java.util.regex.Matcher m = A_YEAR.matcher(text).region(Math.max(0, t.span().start() - 600), t.span().start());
    Integer year = null;
    while (m.find()) {
      year = Integer.parseInt(m.group());
    }
    if (year == null) {
      return null;
    }
    try {
      return new PartialDate(year, d.month(), d.day());
    } catch (IllegalArgumentException e) {
      return null; // 29 February of a common year
    }
  }

  private @Nullable PartialDate resolved(TimeExpression t) {
    return Dates.resolve(t, doc.article().pubDate());
  }


  private @Nullable String location(Sentence s, Triggers.Hit hit, List<String> actors, Map<String, String> why) {
    for (GeoMatch g : geo.within(s.span())) {
      if ((g.kind() == MatchKind.CITY || g.kind() == MatchKind.CAPITAL)
          && isAfterPlacePreposition(s, PeopleFinder.tokenAt(s, g.start()))) {
        why.put("location", "city after a preposition: '" + g.text() + "'");
        return g.text();
      }
    }
    if (hit.def().mode().equals("visit") && actors.size() == 2) {
      for (GeoMatch g : geo.within(s.span())) {
        int tok = PeopleFinder.tokenAt(s, g.start());
        if (g.kind() == MatchKind.COUNTRY_NAME && g.code().equals(actors.get(1)) && isAfterPlacePreposition(s, tok)
            && !(tok > 0 && s.tokens().get(tok - 1).word().equalsIgnoreCase("from"))) {
          why.put("location", "the host country named after a preposition");
          return g.text().replaceAll("['’]s?$", "");
        }
      }
    }
    String sentence = s.span().of(doc.text()).toLowerCase(Locale.ROOT);
    if (PLACE_OF_OCCASION.matcher(sentence).find()) {
      // "Several agreements will be signed during the visit": the place of the visit named before.
      for (int k = drafts.size() - 1; k >= 0; k--) {
        Draft d = drafts.get(k);
        if (d.type() == EventType.CONSULT && d.location() != null && d.sentence() < s.index()
            && (hit.def().directed() && d.directed() ? d.actors().equals(actors)
                : Set.copyOf(d.actors()).equals(Set.copyOf(actors)))) {
          why.put("location", "the place of the occasion the sentence refers to (sentence " + (d.sentence() + 1) + ")");
          return d.location();
        }
      }
    }
    return null;
  }

  private Span trim(Span span) {
    String text = doc.text();
    int a = span.start();
    int b = span.end();
    while (a < b && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
      b--;
    }
    return new Span(a, b);
  }
}
