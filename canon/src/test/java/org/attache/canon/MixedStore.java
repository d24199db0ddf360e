package org.attache.canon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.attache.merge.View;
import org.attache.model.Article;
import org.attache.model.ArticleFingerprint;
import org.attache.model.CanonicalEvent;
import org.attache.model.CanonicalPerson;
import org.attache.model.Correction;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Person;
import org.attache.model.Sector;
import org.attache.model.Span;
import org.attache.model.Status;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * A generated store with what makes merging hard, for tests that the canonical view stays what it was: occasions
 * reported by several articles at several date precisions, undated and planned reports, articles with no date,
 * sides in both orders, places that agree and contradict, people under spelling variants, initials, surnames alone
 * and misspellings, near and exact copies of stories (one copied many times), boilerplate shared by every article of
 * a site, stored and missing fingerprints, and corrections of every kind. The sentences are generated here.
 */
final class MixedStore {
  private MixedStore() {}

  private record Who(String name, String country, String role, List<String> variants) {}

  private static final List<Who> PEOPLE = List.of(
      new Who("Alexander Lukashenko", "BLR", "President", List.of("Aleksandr Lukashenko", "A. Lukashenko",
          "Lukashenko", "Alyaksandr Lukashenka")),
      new Who("Emmerson Mnangagwa", "ZWE", "President", List.of("Mnangagwa", "E. Mnangagwa")),
      new Who("Maxim Ryzhenkov", "BLR", "Minister of Foreign Affairs", List.of("Maksim Ryzhenkov", "Ryzhenkov")),
      new Who("Viktor Khrenin", "BLR", "Minister of Defence", List.of("Viktar Khrenin", "Khrenin")),
      new Who("Shehbaz Sharif", "PAK", "Prime Minister", List.of("Sharif")),
      new Who("Nawaz Sharif", "PAK", "Former Prime Minister", List.of("Sharif")),
      new Who("Ishaq Dar", "PAK", "Minister of Foreign Affairs", List.of("Dar")),
      new Who("Xi Jinping", "CHN", "President", List.of("Xi")),
      new Who("Wang Yi", "CHN", "Minister of Foreign Affairs", List.of("Wang")),
      new Who("Vladimir Putin", "RUS", "President", List.of("Putin", "V. Putin")),
      new Who("Sergei Lavrov", "RUS", "Minister of Foreign Affairs", List.of("Sergey Lavrov", "Lavrov")),
      new Who("Choe Son Hui", "PRK", "Minister of Foreign Affairs", List.of("Choe")),
      new Who("Igor Petrishenko", "BLR", "Deputy Prime Minister", List.of("Ihar Petrishenko", "Petrishenko")),
      new Who("Frederick Shava", "ZWE", "Minister of Foreign Affairs", List.of("Shava")),
      new Who("Pavel Pantusher", "BLR", "Ambassador", List.of("Pavel Pantus", "Pantusher")),
      new Who("Roman Golovchenko", "BLR", "Prime Minister", List.of("Golovchenko", "Raman Halouchanka")));

  private static final Map<String, String> COUNTRY_NAMES = Map.of("BLR", "Belarus", "ZWE", "Zimbabwe", "PAK",
      "Pakistan", "CHN", "China", "RUS", "Russia", "PRK", "North Korea");
  private static final Map<String, String> CAPITALS = Map.of("BLR", "Minsk", "ZWE", "Harare", "PAK", "Islamabad",
      "CHN", "Beijing", "RUS", "Moscow", "PRK", "Pyongyang");
  private static final List<String> PARTNERS = List.of("ZWE", "PAK", "CHN", "RUS", "PRK");
  private static final List<String> TOPICS = List.of("tractor assembly", "potash deliveries", "grain supplies",
      "military training", "vaccine production", "railway wagons", "mining equipment", "student exchanges",
      "customs procedures", "power lines", "dairy exports", "air defence");
  private static final List<String> SITES = List.of("Harare Morning Ledger", "Minsk Evening Courier",
      "Islamabad Business Wire", "Steppe Observer", "Danube Digest");

  /** A real-world occasion that articles report. */
  private record Occasion(int n, EventType type, String mode, String a, String b, PartialDate date, String city,
      String topic, List<Who> people) {}

  /** A story: the sentences of an article with the events and people they state, before it is stored. */
  private static final class Story {
    final StringBuilder text = new StringBuilder();
    final List<String> evidence = new ArrayList<>();
    final List<Event> events = new ArrayList<>(); // spans relative to the story
    final List<Person> people = new ArrayList<>(); // one per name used
    @Nullable PartialDate pub;
  }

  /** Fills an empty store; returns how many articles it holds. */
  static int fill(Store store, long seed) {
    Random r = new Random(seed);
    List<Occasion> occasions = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      String b = PARTNERS.get(r.nextInt(PARTNERS.size()));
      EventType type = List.of(EventType.CONSULT, EventType.CONSULT, EventType.AGREE, EventType.COOPERATE,
          EventType.AID, EventType.REQUEST, EventType.SUPPORT).get(r.nextInt(7));
      String mode = switch (type) {
        case CONSULT -> r.nextBoolean() ? "visit" : "meet";
        case AGREE -> r.nextBoolean() ? "sign" : "agree";
        case COOPERATE -> r.nextBoolean() ? "military" : "economic";
        case REQUEST -> "invite";
        default -> "";
      };
      PartialDate date = PartialDate.of(java.time.LocalDate.of(2022, 1, 1).plusDays(r.nextInt(3 * 365)));
      String city = r.nextInt(3) == 0 ? CAPITALS.get(b) : CAPITALS.get("BLR");
      List<Who> people = new ArrayList<>();
      for (Who w : PEOPLE) {
        if ((w.country().equals("BLR") || w.country().equals(b)) && r.nextInt(4) == 0 && people.size() < 3) {
          people.add(w);
        }
      }
      occasions.add(new Occasion(i, type, mode, "BLR", b, date, city, TOPICS.get(r.nextInt(TOPICS.size())), people));
    }
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < 260; i++) {
      stories.add(story(r, occasions, i));
    }
    int stored = 0;
    int copy = 0;
    for (int i = 0; i < stories.size(); i++) {
      Story s = stories.get(i);
      int site = r.nextInt(SITES.size());
      Article a = store(store, s, site, s.pub, "story-" + i);
      stored++;
      if (r.nextInt(3) > 0) {
        store.putFingerprint(Canon.fingerprint(a)); // the others' are computed when the view is built
      }
      // Re-posts: most stories none, some a few, one many times (more than a bucket of the copy finder holds).
      int reposts = i == 7 ? 24 : r.nextInt(8) == 0 ? 1 + r.nextInt(3) : 0;
      for (int k = 0; k < reposts; k++) {
        PartialDate pub = s.pub == null || r.nextInt(6) == 0 ? null
            : PartialDate.of(s.pub.firstDay().plusDays(r.nextInt(3)));
        Article c = store(store, s, (site + 1 + k) % SITES.size(), pub, "copy-" + (copy++) + "-of-" + i);
        stored++;
        if (r.nextBoolean()) {
          store.putFingerprint(Canon.fingerprint(c));
        }
      }
    }
    // Two unrelated articles whose stored fingerprints say they are one text: the stored fingerprint counts.
    Article x = store(store, stories.get(3), 0, stories.get(3).pub, "forged-a");
    Article y = store(store, stories.get(5), 1, stories.get(5).pub, "forged-b");
    store.putFingerprint(new ArticleFingerprint(x.id(), "same-body", 0, List.of()));
    store.putFingerprint(new ArticleFingerprint(y.id(), "same-body", 0, List.of()));
    // An article with nothing found in it.
    store(store, new Story(), 2, null, "empty");
    return stored + 3;
  }

  /** Adds corrections of every kind, chosen from {@code view} by position. */
  static void correct(Store store, View view) {
    List<CanonicalEvent> events = view.events();
    List<CanonicalPerson> people = view.people();
    store.addCorrection(Correction.Kind.EVENT_REJECT, events.get(events.size() / 3).id(), Map.of(), "not an event");
    store.addCorrection(Correction.Kind.EVENT_FIX, events.get(events.size() / 2).id(),
        Map.of("date", "2023-05", "location", "Minsk"), "checked");
    store.addCorrection(Correction.Kind.EVENT_FIX, events.get(events.size() / 5).id(), Map.of("status", "planned"), "");
    CanonicalPerson split = people.stream().filter(p -> p.aliases().size() >= 2).findFirst().orElseThrow();
    store.addCorrection(Correction.Kind.PERSON_SPLIT, split.id(), Map.of("name", split.aliases().getFirst()), "two men");
    store.addCorrection(Correction.Kind.PERSON_MERGE, people.get(0).id(), Map.of("other", people.get(1).id()), "one");
  }

  private static Story story(Random r, List<Occasion> occasions, int n) {
    Story s = new Story();
    Occasion main = occasions.get(r.nextInt(occasions.size()));
    int kind = r.nextInt(10);
    if (kind == 0) {
      s.pub = null; // no publication date
    } else if (kind == 1) {
      s.pub = PartialDate.of(main.date().firstDay().minusDays(3 + r.nextInt(20))); // announces it
    } else {
      s.pub = PartialDate.of(main.date().firstDay().plusDays(r.nextInt(5)));
    }
    boolean planned = s.pub != null && s.pub.firstDay().isBefore(main.date().firstDay());
    sentence(s, r, "Officials of " + COUNTRY_NAMES.get(main.a()) + " and " + COUNTRY_NAMES.get(main.b())
        + " spoke about " + main.topic() + " in story " + n + ".");
    report(s, r, main, planned);
    if (r.nextInt(3) == 0) {
      Occasion other = occasions.get(r.nextInt(occasions.size()));
      sentence(s, r, "Earlier, the two sides had looked at " + other.topic() + ".");
      report(s, r, other, false);
    }
    if (r.nextInt(4) == 0) {
      // The same occasion once more in the same article, in other words.
      report(s, r, main, planned);
    }
    if (r.nextInt(5) == 0) {
      Who w = PEOPLE.get(r.nextInt(PEOPLE.size()));
      sentence(s, r, "Also present was " + name(s, r, w, true) + ", who said nothing.");
    }
    sentence(s, r, "Analysts expect trade in " + TOPICS.get(r.nextInt(TOPICS.size())) + " to grow by " + r.nextInt(40)
        + " percent.");
    return s;
  }

  private static void report(Story s, Random r, Occasion o, boolean planned) {
    int precision = r.nextInt(10);
    PartialDate date = precision < 5 ? o.date() : precision < 7 ? o.date().truncate(PartialDate.Precision.MONTH)
        : precision < 8 ? o.date().truncate(PartialDate.Precision.YEAR) : null;
    if (r.nextInt(25) == 0 && date != null && date.precision() == PartialDate.Precision.DAY) {
      date = PartialDate.of(date.firstDay().plusDays(1)); // a report a day off
    }
    int place = r.nextInt(10);
    String location = place < 5 ? o.city() : place < 7 ? null : place < 9 ? COUNTRY_NAMES.get(o.b())
        : CAPITALS.get(PARTNERS.get(r.nextInt(PARTNERS.size())));
    boolean flip = r.nextInt(4) == 0;
    boolean directed = o.type() == EventType.CONSULT || o.type() == EventType.REQUEST || r.nextInt(3) == 0;
    List<String> actors = flip ? List.of(o.b(), o.a()) : List.of(o.a(), o.b());
    String mode = r.nextInt(6) == 0 ? "" : o.mode();
    List<String> names = new ArrayList<>();
    for (Who w : o.people()) {
      if (r.nextInt(3) > 0) {
        names.add(name(s, r, w, r.nextInt(5) > 0));
      }
    }
    String when = date == null ? "recently" : "on " + date;
    String where = location == null ? "" : " in " + location;
    String who = names.isEmpty() ? "Delegations" : String.join(" and ", names);
    String verb = switch (o.type()) {
      case CONSULT -> o.mode().equals("visit") ? "paid a visit" : "met their counterparts";
      case AGREE -> "put their names to an accord";
      case COOPERATE -> "stepped up joint work";
      case AID -> "handed over aid";
      case REQUEST -> "sent an invitation";
      default -> "voiced support";
    };
    String text = who + " of " + COUNTRY_NAMES.get(actors.get(0)) + " " + (planned ? "are to " : "")
        + verb + " with " + COUNTRY_NAMES.get(actors.get(1)) + where + " " + when + " on " + o.topic()
        + " (occasion " + o.n() + ", report " + r.nextInt(1000) + ").";
    int start = s.text.length();
    sentence(s, r, text);
    int n = s.events.size() + 1;
    s.events.add(new Event("e" + n, "?", o.type(), mode, actors, directed, date, location,
        List.of(Sector.DIPLOMACY, Sector.values()[r.nextInt(Sector.values().length)]).stream().distinct().toList(),
        planned ? Status.PLANNED : Status.OCCURRED, names, new Span(start, start + text.length()), text,
        0.5 + r.nextInt(50) / 100.0, Map.of("type", "generated")));
  }

  /** A name for {@code w} as this story uses it, and the story's person record for it. */
  private static String name(Story s, Random r, Who w, boolean withCountry) {
    String name = r.nextInt(3) == 0 ? w.variants().get(r.nextInt(w.variants().size())) : w.name();
    int start = s.text.length(); // the name will be mentioned in the sentence being written: spans are fixed later
    String country = withCountry ? w.country() : null;
    String role = r.nextInt(4) == 0 ? null : r.nextInt(3) == 0 ? "the " + w.role() : w.role();
    for (Person p : s.people) {
      if (p.name().equals(name)) {
        return name;
      }
    }
    List<String> aliases = name.equals(w.name()) && r.nextBoolean() ? List.of(w.variants().getLast()) : List.of();
    s.people.add(new Person("p" + (s.people.size() + 1), "?", name, country, role, aliases, List.of(new Span(start,
        start))));
    return name;
  }

  private static void sentence(Story s, Random r, String text) {
    if (!s.text.isEmpty()) {
      s.text.append(r.nextInt(4) == 0 ? "\n\n" : " ");
    }
    s.text.append(text);
  }

  /** Stores {@code s} as published by {@code site}, with that site's boilerplate around it. */
  private static Article store(Store store, Story s, int site, @Nullable PartialDate pub, String name) {
    String head = SITES.get(site) + " | News | World | Business | Sport\nShare this story with your friends. Follow "
        + SITES.get(site) + " for more.\n";
    String foot = "\nRead more from " + SITES.get(site) + ": subscribe to our daily newsletter, follow us on every "
        + "network, and send your tips to the newsroom. All rights reserved by " + SITES.get(site)
        + ". Cookies help us deliver our services; by using them you agree to our use of cookies. (" + name + ")";
    String body = s.text.toString();
    String text = head + body + foot;
    int off = head.length();
    String hash = sha256(text);
    String id = hash.substring(0, 16);
    Article a = new Article(id, "gen/" + name + ".txt", text, new Span(0, text.length()), pub,
        pub == null ? Article.PubDateSource.NONE : Article.PubDateSource.OPTION, null, "Story " + name, hash);
    List<Event> events = new ArrayList<>();
    for (Event e : s.events) {
      Span span = new Span(e.evidence().start() + off, e.evidence().end() + off);
      events.add(new Event(id + "-" + e.id(), id, e.type(), e.mode(), e.actors(), e.directed(), e.date(), e.location(),
          e.sectors(), e.status(), e.people(), span, span.of(text), e.confidence(), e.why()));
    }
    List<Person> people = new ArrayList<>();
    for (Person p : s.people) {
      int at = body.indexOf(p.name());
      List<Span> mentions = at < 0 ? List.of() : List.of(new Span(at + off, at + off + p.name().length()));
      people.add(new Person(id + "-" + p.id(), id, p.name(), p.country(), p.role(), p.aliases(), mentions));
    }
    store.putArticle(a, people, events);
    return a;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The view as text: a line for each canonical event and person with every field, and every membership. */
  static String describe(View v) {
    StringBuilder out = new StringBuilder();
    for (CanonicalEvent e : v.events()) {
      out.append("event ").append(e.id()).append(' ').append(e.type()).append(" mode=").append(e.mode())
          .append(" actors=").append(e.actors()).append(e.directed() ? " directed" : "").append(" date=")
          .append(e.date()).append(" location=").append(e.location()).append(" sectors=").append(e.sectors())
          .append(" status=").append(e.status()).append(" people=").append(e.people()).append(" confidence=")
          .append(e.confidence()).append(" rejected=").append(e.rejected()).append('\n');
      e.sources().forEach(src -> out.append("  source ").append(src.eventId()).append(" copyOf=")
          .append(src.copyOf()).append(" date=").append(src.date()).append('\n'));
      e.notes().forEach(n -> out.append("  note ").append(n).append('\n'));
    }
    for (CanonicalPerson p : v.people()) {
      out.append("person ").append(p.id()).append(' ').append(p.name()).append(" country=").append(p.country())
          .append(" aliases=").append(p.aliases()).append(" members=").append(p.members()).append(" articles=")
          .append(p.articleIds().size()).append('\n');
      p.roles().forEach(role -> out.append("  role ").append(role).append('\n'));
    }
    new java.util.TreeMap<>(v.eventIdOf()).forEach((k, c) -> out.append("member ").append(k).append(" -> ")
        .append(c).append('\n'));
    new java.util.TreeMap<>(v.personIdOf()).forEach((k, c) -> out.append("member ").append(k).append(" -> ")
        .append(c).append('\n'));
    return out.toString();
  }
}
