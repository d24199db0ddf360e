package org.attache.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.attache.model.Article;
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
 * A real SQLite store with three made-up articles (our own sentences) and hand-coded events and people: a
 * Belarus–Zimbabwe visit with a signing, an invitation, a planned visit and praise; a Pakistan visit; and an
 * undated EU sanction with awkward characters in its evidence.
 */
final class Fixture {
  static final String HARARE = " date 2025-12-17 Belarusian Defence Minister Viktor Khrenin arrived in Harare on Monday."
      + " The two countries signed an agreement on military cooperation on Tuesday."
      + " Zimbabwe's defence minister Oppah Muchinguri-Kashiri praised Minsk for its support."
      + " Khrenin invited her to visit Minsk next year.";
  static final String ISLAMABAD = " date 2024-11-25 President Alexander Lukashenko began a state visit to Islamabad on Monday.";
  static final String SANCTIONS = "The European Union imposed sanctions on Belarus, \"targeting\" potash, oil; and\ttobacco, "
      + "a diplomat said.\nMore sanctions may follow.";

  final Article harare;
  final Article islamabad;
  final Article sanctions;
  final List<Event> events = new ArrayList<>();

  private Fixture() {
    harare = article("/news/harare.txt", HARARE, PartialDate.parse("2025-12-17"), "https://www.example-wire.org/2025/12/harare",
        "Belarus and Zimbabwe sign defence pact");
    islamabad = article("/news/islamabad.txt", ISLAMABAD, PartialDate.parse("2024-11-25"), null, null);
    sanctions = article("/news/sanctions.txt", SANCTIONS, null, null, null);
  }

  /** Fills a new store at {@code db} and returns the fixture; the store is closed again. */
  static Fixture store(Path db) {
    Fixture f = new Fixture();
    Article h = f.harare;
    List<Event> he = List.of(
        event("h1", h, "arrived in Harare on Monday", EventType.CONSULT, "visit", true, "2025-12-15", "Harare",
            List.of(Sector.MILITARY), Status.OCCURRED, List.of("Viktor Khrenin"), "BLR", "ZWE"),
        event("h2", h, "signed an agreement on military cooperation on Tuesday", EventType.AGREE, "sign", false, "2025-12-16",
            "Harare", List.of(Sector.MILITARY), Status.OCCURRED, List.of("Viktor Khrenin", "Oppah Muchinguri-Kashiri"), "BLR", "ZWE"),
        event("h3", h, "praised Minsk for its support", EventType.SUPPORT, "praise", true, "2025-12", null, List.of(),
            Status.OCCURRED, List.of("Oppah Muchinguri-Kashiri"), "ZWE", "BLR"),
        event("h4", h, "Khrenin invited her to visit Minsk next year", EventType.REQUEST, "invite", true, "2025-12", "Minsk",
            List.of(Sector.DIPLOMACY), Status.OCCURRED, List.of("Viktor Khrenin", "Oppah Muchinguri-Kashiri"), "BLR", "ZWE"),
        event("h5", h, "visit Minsk next year", EventType.CONSULT, "visit", true, "2026", "Minsk", List.of(), Status.PLANNED,
            List.of("Oppah Muchinguri-Kashiri"), "ZWE", "BLR"));
    List<Person> hp = List.of(
        person("hp1", h, "Viktor Khrenin", "BLR", "Minister of Defence", "Khrenin"),
        person("hp2", h, "Oppah Muchinguri-Kashiri", "ZWE", "Minister of Defence"));
    Article i = f.islamabad;
    List<Event> ie = List.of(event("i1", i, "began a state visit to Islamabad on Monday", EventType.CONSULT, "visit", true,
        "2024-11-25", "Islamabad", List.of(Sector.DIPLOMACY), Status.OCCURRED, List.of("Alexander Lukashenko"), "BLR", "PAK"));
    List<Person> ip = List.of(person("ip1", i, "Alexander Lukashenko", "BLR", "President"));
    Article s = f.sanctions;
    List<Event> se = List.of(event("s1", s, SANCTIONS.substring(0, SANCTIONS.indexOf('\n')), EventType.SANCTION, "", true, null,
        null, List.of(Sector.ECONOMY, Sector.TRADE), Status.OCCURRED, List.of(), "EU", "BLR"));
    try (Store st = Store.openSqlite(db)) {
      st.putArticle(h, hp, he);
      st.putArticle(i, ip, ie);
      st.putArticle(s, List.of(), se);
    }
    f.events.addAll(he);
    f.events.addAll(ie);
    f.events.addAll(se);
    return f;
  }

  Article articleOf(String articleId) {
    return List.of(harare, islamabad, sanctions).stream().filter(a -> a.id().equals(articleId)).findFirst().orElseThrow();
  }

  static Article article(String source, String text, @Nullable PartialDate pub, @Nullable String url, @Nullable String title) {
    String hash = sha256(text);
    int body = text.startsWith(" date ") ? text.indexOf(' ', 6) + 1 : 0;
    return new Article(hash.substring(0, 16), source, text, new Span(body, text.length()), pub,
        pub == null ? Article.PubDateSource.NONE : Article.PubDateSource.DATE_LINE, url, title, hash);
  }

  static Event event(String id, Article a, String evidence, EventType type, String mode, boolean directed, @Nullable String date,
      @Nullable String location, List<Sector> sectors, Status status, List<String> people, String... actors) {
    int start = a.text().indexOf(evidence);
    if (start < 0) {
      throw new AssertionError("'" + evidence + "' is not in " + a.source());
    }
    return new Event(a.id() + "-" + id, a.id(), type, mode, List.of(actors), directed, date == null ? null : PartialDate.parse(date),
        location, sectors, status, people, new Span(start, start + evidence.length()), evidence, 0.75, Map.of("type", "fixture"));
  }

  static Person person(String id, Article a, String name, String country, String role, String... aliases) {
    List<Span> mentions = new ArrayList<>();
    for (int i = a.text().indexOf(name); i >= 0; i = a.text().indexOf(name, i + 1)) {
      mentions.add(new Span(i, i + name.length()));
    }
    return new Person(a.id() + "-" + id, a.id(), name, country, role, List.of(aliases), mentions);
  }

  /** The row of {@code sel} (a canonical event) that per-article event {@code <article>-<suffix>} was merged into. */
  static EventRow row(Selection sel, String suffix) {
    return sel.events().stream().filter(r -> r.sources().stream().anyMatch(s -> s.eventId().endsWith("-" + suffix)))
        .findFirst().orElseThrow(() -> new AssertionError("no row with a source event ending -" + suffix));
  }

  /** The per-article event a row was taken from (its first source). */
  Event eventOf(EventRow row) {
    return events.stream().filter(e -> e.id().equals(row.primary().eventId())).findFirst().orElseThrow();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
