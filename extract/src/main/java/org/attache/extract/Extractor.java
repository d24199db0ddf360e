package org.attache.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.attache.geo.Gazetteer;
import org.attache.geo.KnownPeople;
import org.attache.model.AnnotatedText;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Person;
import org.attache.model.Sector;
import org.attache.model.Status;
import org.attache.model.Sentence;

/**
 * Finds the people and events of an annotated article. Within one article, mentions of one occasion
 * become one event: a visit during which the sides met is one CONSULT visit.
 *
 * <p>Immutable and thread-safe once built; build one per process and share it.
 */
public final class Extractor {
  private final Gazetteer gazetteer;
  private final KnownPeople known;

  /** Makes an extractor, loading the dictionary of known people (a fraction of a second). */
  public Extractor(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.known = KnownPeople.load();
  }

  /**
   * Which sentences need a dependency parse in the slow path: those with a trigger word. ({@link #deep} asks less.)
   */
  public boolean needsParse(Sentence s) {
    return !Triggers.find(s.tokens()).isEmpty();
  }

  /**
   * Which sentences of an article need the costly annotations, by sentence index.
   *
   * @param parse the sentences extraction may draft an event from: it reads their dependency parse
   * @param times the sentences whose time expressions extraction may read
   */
  public record Deep(boolean[] parse, boolean[] times) {}

  /**
   * Reads one article in steps, annotated a little more at each: {@link Reading#names}, {@link Reading#tags} (as
   * often as asked), {@link Reading#deep}, then {@link Reading#extract}. What the steps share is found once: the
   * gazetteer's matches, which sentences are boilerplate and the main pair (they read words only), and the people
   * (their tags are the first asked for; see {@link Reading#tags}). One per article, from one thread.
   */
  public Reading reading() {
    return new Reading();
  }

  /** One article read in steps; see {@link #reading()}. */
  public final class Reading {
    private @org.jspecify.annotations.Nullable Geo geo;
    private EventFinder.@org.jspecify.annotations.Nullable Shared shared;
    private @org.jspecify.annotations.Nullable List<PeopleFinder.Found> people;

    private Reading() {}

    private Geo geo(AnnotatedText doc) {
      if (geo == null) {
        geo = new Geo(gazetteer, doc.text());
      }
      return geo;
    }

    /** Finds once what the steps share: the boilerplate and main pair, and the people. */
    private void prepare(AnnotatedText doc) {
      if (shared == null) {
        shared = EventFinder.Shared.of(doc, geo(doc));
      }
      if (people == null) {
        people = new PeopleFinder(doc, geo(doc), known).find();
      }
    }

    private EventFinder finder(AnnotatedText doc) {
      prepare(doc);
      return new EventFinder(doc, geo(doc), people, shared);
    }

    /**
     * Which sentences need named entities, read from their words alone: those that may name a person (see
     * {@link PeopleFinder#mayNameSomeone}). Extraction reads no other entity of the tagger's but to keep a titled name
     * that overlaps one from being a person; such a name has a capitalised word the gazetteer does not know, so its
     * sentence is among these.
     */
    public boolean[] names(AnnotatedText tokens) {
      List<org.attache.geo.GeoMatch> matches = geo(tokens).all();
      boolean[] want = new boolean[tokens.sentences().size()];
      for (Sentence s : tokens.sentences()) {
        want[s.index()] = PeopleFinder.mayNameSomeone(s, matches);
      }
      return want;
    }

    /**
     * Which sentences need parts of speech and lemmas, given the article as annotated so far (tokens, names, and tags on
     * the sentences {@code tagged} marks), for {@link #extract} to read what it would read with every sentence tagged.
     * Extraction reads tags in two places: the names after a title ("Defence Minister Oppah Muchinguri-Kashiri", by
     * their parts of speech), and the sentences it may draft an event from (triggers are found by lemma and part of
     * speech). First asked, it names the sentences where a capitalised word follows a role's words; asked again, with
     * those tagged (the people of the article are then known), the sentences holding a trigger word (as a word or as a
     * lemma {@code lemmas} gives for it) that may yield an event, by the sides they name (see {@link EventFinder}), and
     * those of the first three that {@link EventFinder} reads for the day of the news.
     *
     * @param lemmas the lemmas, lower case, a word may have under any part of speech
     */
    public boolean[] tags(AnnotatedText text, boolean[] tagged, java.util.function.Function<String, java.util.Set<String>> lemmas) {
      boolean[] titles = titledNames(text, tagged, geo(text));
      return titles != null ? titles : finder(text).needTags(tagged, lemmas);
    }

    /**
     * Which sentences of {@code shallow} (tokens, tags and lemmas where {@link #tags} asked for them, names; no
     * parses or time expressions yet) extraction reads the parse or time expressions of; the rest get neither, and
     * {@link #extract} gives the same people and events as if every sentence with a trigger had both.
     */
    public Deep deep(AnnotatedText shallow) {
      return finder(shallow).deep();
    }

    /** As {@link Extractor#extract}. */
    public Extraction extract(AnnotatedText doc) {
      prepare(doc);
      return Extractor.this.extract(doc, geo, people, shared);
    }
  }

  /** The untagged sentences that may hold a titled name ({@link PeopleFinder#mayHoldTitledName}), or null if none. */
  private static boolean @org.jspecify.annotations.Nullable [] titledNames(AnnotatedText text, boolean[] tagged, Geo geo) {
    boolean[] want = new boolean[tagged.length];
    boolean any = false;
    for (Sentence s : text.sentences()) {
      if (!tagged[s.index()] && PeopleFinder.mayHoldTitledName(s, geo, text.entities())) {
        want[s.index()] = true;
        any = true;
      }
    }
    return any ? want : null;
  }

  public Extraction extract(AnnotatedText doc) {
    Geo geo = new Geo(gazetteer, doc.text());
    return extract(doc, geo, new PeopleFinder(doc, geo, known).find(), EventFinder.Shared.of(doc, geo));
  }

  private Extraction extract(AnnotatedText doc, Geo geo, List<PeopleFinder.Found> found, EventFinder.Shared shared) {
    List<EventFinder.Draft> drafts = new EventFinder(doc, geo, found, shared).find();
    Map<String, String> countries = new java.util.HashMap<>();
    for (PeopleFinder.Found f : found) {
      if (f.country != null) {
        countries.put(f.name, f.country);
      }
    }
    List<EventFinder.Draft> merged = mergeOccasions(drafts, countries);

    String articleId = doc.article().id();
    List<Person> people = new ArrayList<>();
    int p = 0;
    for (PeopleFinder.Found f : found) {
      if (f.country == null) {
        continue; // a name with no country is not a foreign-relations actor we can place
      }
      List<String> aliases = new ArrayList<>(f.aliases);
      aliases.remove(f.name);
      List<org.attache.model.Span> mentions = new ArrayList<>(f.mentions);
      mentions.sort(null);
      people.add(new Person(articleId + "-p" + (++p), articleId, f.name, f.country, f.role, aliases, mentions));
    }
    List<Event> events = new ArrayList<>();
    int e = 0;
    String text = doc.text();
    for (EventFinder.Draft d : merged) {
      events.add(new Event(articleId + "-e" + (++e), articleId, d.type(), d.mode(), d.actors(), d.directed(), d.date(),
          d.location(), d.sectors(), d.status(), d.people(), d.evidence(), d.evidence().of(text), d.confidence(), d.why()));
    }
    return new Extraction(people, events);
  }

  /** Folds drafts that report one occasion into one: same type and sides, compatible dates and status. */
  static List<EventFinder.Draft> mergeOccasions(List<EventFinder.Draft> drafts, Map<String, String> countries) {
    List<EventFinder.Draft> out = new ArrayList<>();
    for (EventFinder.Draft d : drafts) {
      int same = -1;
      for (int i = 0; i < out.size(); i++) {
        if (sameOccasion(out.get(i), d, countries)) {
          same = i;
          break;
        }
      }
      if (same < 0) {
        out.add(d);
      } else {
        out.set(same, fold(out.get(same), d));
      }
    }
    // A meeting between the sides of a visit, on the visit's dates, is part of the visit.
    List<EventFinder.Draft> result = new ArrayList<>();
    for (EventFinder.Draft d : out) {
      boolean partOfVisit = d.type() == EventType.CONSULT && d.mode().equals("meet") && out.stream().anyMatch(v ->
          v.type() == EventType.CONSULT && v.mode().equals("visit") && sameSides(v, d) && samePeople(v, d, countries)
              && !otherOccasion(d) && !otherOccasion(v)
              && (v.status() == d.status() || d.status() == Status.PLANNED)
              && (datesFit(v.date(), d.date()) || sameWeek(v.date(), d.date())));
      // "plans to sign a treaty" and "signed the treaty" in one article: the plan came true.
      boolean planFulfilled = d.status() == Status.PLANNED && out.stream().anyMatch(o -> o != d
          && o.type() == d.type() && o.mode().equals(d.mode())
          && o.status() == Status.OCCURRED && sameSides(o, d) && samePeople(o, d, countries)
          && (d.date() == null || (o.date() != null && (!d.date().firstDay().isAfter(o.date().firstDay()) || d.date().compatibleWith(o.date())))));
      if (!partOfVisit && !planFulfilled) {
        result.add(d);
      }
    }
    return result;
  }

  private static boolean sameOccasion(EventFinder.Draft a, EventFinder.Draft b, Map<String, String> countries) {
    return a.type() == b.type() && a.mode().equals(b.mode()) && sameSides(a, b) && a.status() == b.status()
        && !otherOccasion(a) && !otherOccasion(b)
        && (datesFit(a.date(), b.date()) || (a.mode().equals("visit") && sameWeek(a.date(), b.date()))
            || backReference(a) || backReference(b))
        && (!a.directed() || a.actors().equals(b.actors()) || pairOnly(a) || pairOnly(b)) && samePeople(a, b, countries)
        && (a.mode().equals("visit") || a.location() == null || b.location() == null || a.location().equalsIgnoreCase(b.location()));
  }

  /** "their last meeting", "the previous visit": an occasion other than the one reported, never folded into it. */
  private static boolean otherOccasion(EventFinder.Draft d) {
    return d.why().containsKey("other occasion");
  }

  /** "the purpose of the visit" with no side named: its direction is a guess, so any visit between the pair is it. */
  private static boolean pairOnly(EventFinder.Draft d) {
    return backReference(d) && d.why().getOrDefault("actors", "").contains("main pair");
  }

  /** "during the meeting" with no date of its own: the meeting named before, whatever its date. */
  private static boolean backReference(EventFinder.Draft d) {
    return d.why().containsKey("occasion") && !ownDate(d);
  }

  /** Whether a draft's date comes from a time expression of its own sentence, not from the publication date. */
  private static boolean ownDate(EventFinder.Draft d) {
    String how = d.why().getOrDefault("date", "");
    return d.date() != null && (how.startsWith("time expression") || how.startsWith("weekday"));
  }

  /** Two days of one visit: "arrived on Tuesday", "a trip that runs until 20 May". */
  private static boolean sameWeek(PartialDate a, PartialDate b) {
    return a != null && b != null && a.precision() == PartialDate.Precision.DAY && b.precision() == PartialDate.Precision.DAY
        && Math.abs(a.firstDay().toEpochDay() - b.firstDay().toEpochDay()) <= 7;
  }

  /**
   * Whether two mentions may be one occasion as far as their people go: unless, for one country, both name people
   * of it and none in common (the foreign ministers' meeting is not the presidents' visit). People of different
   * sides never conflict: the visitor in one sentence, the host who received him in the next.
   */
  private static boolean samePeople(EventFinder.Draft a, EventFinder.Draft b, Map<String, String> countries) {
    if (a.type() != EventType.CONSULT || b.type() != EventType.CONSULT) {
      return true; // one ceremony signs several documents, by several ministers
    }
    for (String side : a.actors()) {
      List<String> pa = a.people().stream().filter(n -> side.equals(countries.get(n))).toList();
      List<String> pb = b.people().stream().filter(n -> side.equals(countries.get(n))).toList();
      if (!pa.isEmpty() && !pb.isEmpty() && pa.stream().noneMatch(pb::contains)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameSides(EventFinder.Draft a, EventFinder.Draft b) {
    return new LinkedHashSet<>(a.actors()).equals(new LinkedHashSet<>(b.actors()));
  }

  private static boolean datesFit(PartialDate a, PartialDate b) {
    return a == null || b == null ? a == b : a.compatibleWith(b);
  }

  private static EventFinder.Draft fold(EventFinder.Draft first, EventFinder.Draft second) {
    // The mention that dates the occasion leads: its sentence is the evidence, its reasons the event's.
    boolean swap = ownDate(second) && !ownDate(first);
    EventFinder.Draft a = swap ? second : first;
    EventFinder.Draft b = swap ? first : second;
    PartialDate date = a.date();
    boolean aOwn = ownDate(a);
    boolean bOwn = ownDate(b);
    if (date == null || (bOwn && !aOwn && b.date() != null)
        || (bOwn == aOwn && b.date() != null && b.date().precision().ordinal() > date.precision().ordinal())) {
      date = b.date(); // a date the text gives beats one assumed from the publication date
    }
    LinkedHashSet<Sector> sectors = new LinkedHashSet<>(a.sectors());
    sectors.addAll(b.sectors());
    if (sectors.size() > 1) {
      sectors.remove(Sector.DIPLOMACY);
    }
    LinkedHashSet<String> people = new LinkedHashSet<>(a.people());
    people.addAll(b.people());
    Map<String, String> why = new LinkedHashMap<>(a.why());
    why.put("merged", "also stated in sentence " + (b.sentence() + 1));
    return new EventFinder.Draft(a.type(), a.mode(), a.actors(), a.directed(), date,
        a.location() != null ? a.location() : b.location(), new ArrayList<>(sectors), a.status(), new ArrayList<>(people),
        a.evidence(), Math.max(a.confidence(), b.confidence()), why, a.sentence());
  }
}
