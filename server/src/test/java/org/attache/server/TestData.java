package org.attache.server;

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
 * A small store like the demo's, written for these tests (the sentences are ours): Belarus with Zimbabwe,
 * Pakistan, China and Russia, events of several types and statuses in known places, people with roles, and one
 * article carrying script and image-handler payloads.
 */
final class TestData {
  static final String HARARE_TEXT = """
      Harare, 14 May 2024
      Belarus and Zimbabwe signed an agreement on farm machinery in Harare on 13 May 2024.
      Under the deal Belarus will deliver 200 tractors to Zimbabwe in September 2024.
      President Emmerson Mnangagwa may visit Minsk next year, officials said.
      Mnangagwa thanked President Alexander Lukashenko for the tractors.
      """;
  static final String ISLAMABAD_TEXT = """
      Islamabad, 30 November 2023
      Defence officials of Pakistan and Belarus held talks in Islamabad in November 2023.
      The two sides plan joint military training in 2024.
      Defence Minister Khawaja Asif led the Pakistani side.
      """;
  static final String BEIJING_TEXT = """
      Beijing, 20 March 2024
      China and Belarus signed a trade protocol in Beijing in March 2024.
      Russia voiced support for Belarus in Moscow in April 2024.
      Lukashenko, the Belarusian president, attended the signing.
      """;
  static final String XSS_TEXT = """
      Minsk, 2 June 2024
      A hostile page: <script>window.__xss = 1; document.title = 'owned';</script> and
      <img src="x" onerror="window.__xss = 2"> in the text.
      Belarus and Zimbabwe agreed to hold payload talks in Minsk in June 2024.
      """;

  final Article harare = article("harare-tractors.txt", HARARE_TEXT, "Belarus and Zimbabwe sign a tractor deal", "2024-05-14");
  final Article islamabad = article("islamabad-talks.txt", ISLAMABAD_TEXT, "Pakistan and Belarus hold defence talks", "2023-11-30");
  final Article beijing = article("beijing-protocol.txt", BEIJING_TEXT, "China and Belarus sign a trade protocol", "2024-03-20");
  final Article xss = article("hostile.txt", XSS_TEXT, "<b>Hostile</b> <img src=x onerror=\"window.__xss=3\">", "2024-06-02");

  final List<Event> harareEvents = List.of(
      event("ev-agree", harare, "Belarus and Zimbabwe signed an agreement on farm machinery in Harare on 13 May 2024.",
          EventType.AGREE, Status.OCCURRED, "2024-05-13", "Harare", List.of(Sector.AGRICULTURE), List.of(), "BLR", "ZWE"),
      event("ev-aid", harare, "Belarus will deliver 200 tractors to Zimbabwe in September 2024.", EventType.AID,
          Status.PLANNED, "2024-09", null, List.of(Sector.AGRICULTURE, Sector.TRADE), List.of(), "BLR", "ZWE"),
      event("ev-visit", harare, "President Emmerson Mnangagwa may visit Minsk next year", EventType.CONSULT,
          Status.POSSIBLE, "2025", "Minsk", List.of(Sector.DIPLOMACY), List.of("Emmerson Mnangagwa"), "ZWE", "BLR"));
  final List<Event> islamabadEvents = List.of(
      event("ev-talks", islamabad, "Defence officials of Pakistan and Belarus held talks in Islamabad in November 2023.",
          EventType.CONSULT, Status.OCCURRED, "2023-11", "Islamabad", List.of(Sector.MILITARY), List.of("Khawaja Asif"),
          "PAK", "BLR"),
      event("ev-training", islamabad, "The two sides plan joint military training in 2024.", EventType.COOPERATE,
          Status.PLANNED, "2024", null, List.of(Sector.MILITARY), List.of(), "PAK", "BLR"));
  final List<Event> beijingEvents = List.of(
      event("ev-protocol", beijing, "China and Belarus signed a trade protocol in Beijing in March 2024.", EventType.AGREE,
          Status.OCCURRED, "2024-03", "Beijing", List.of(Sector.TRADE), List.of("Alexander Lukashenko"), "CHN", "BLR"),
      event("ev-support", beijing, "Russia voiced support for Belarus in Moscow in April 2024.", EventType.SUPPORT,
          Status.OCCURRED, "2024-04", "Moscow", List.of(), List.of(), "RUS", "BLR"));
  final List<Event> xssEvents = List.of(
      event("ev-xss", xss, "Belarus and Zimbabwe agreed to hold payload talks in Minsk in June 2024.", EventType.AGREE,
          Status.OCCURRED, "2024-06", "Minsk", List.of(), List.of(), "BLR", "ZWE"));

  final Person mnangagwa = person("p-mnangagwa", harare, "Emmerson Mnangagwa", "ZWE", "President", "Mnangagwa");
  final Person lukashenkoHarare = person("p-lukashenko-1", harare, "Alexander Lukashenko", "BLR", "President");
  final Person asif = person("p-asif", islamabad, "Khawaja Asif", "PAK", "Minister of Defence");
  final Person lukashenkoBeijing = person("p-lukashenko-2", beijing, "Alexander Lukashenko", "BLR", "President of Belarus",
      "Lukashenko");

  /** A new store in {@code dir} holding all of the above. */
  Store store(Path dir) {
    Store s = Store.openSqlite(dir.resolve("attache.db"));
    s.putArticle(harare, List.of(mnangagwa, lukashenkoHarare), harareEvents);
    s.putArticle(islamabad, List.of(asif), islamabadEvents);
    s.putArticle(beijing, List.of(lukashenkoBeijing), beijingEvents);
    s.putArticle(xss, List.of(), xssEvents);
    return s;
  }

  static Article article(String source, String text, String title, String date) {
    String hash = sha256(text);
    int body = text.indexOf('\n') + 1;
    return new Article(hash.substring(0, 16), "/news/" + source, text, new Span(body, text.length()),
        PartialDate.parse(date), Article.PubDateSource.DATE_LINE, "https://example.org/" + source, title, hash);
  }

  static Event event(String id, Article a, String evidence, EventType type, Status status, @Nullable String date,
      @Nullable String location, List<Sector> sectors, List<String> people, String... actors) {
    int start = a.text().indexOf(evidence);
    if (start < 0) {
      throw new AssertionError("'" + evidence + "' is not in " + a.source());
    }
    return new Event(id, a.id(), type, "", List.of(actors), false, date == null ? null : PartialDate.parse(date),
        location, sectors, status, people, new Span(start, start + evidence.length()), evidence, 0.8,
        Map.of("type", "test fixture"));
  }

  static Person person(String id, Article a, String name, String country, String role, String... aliases) {
    List<Span> mentions = new ArrayList<>();
    for (String n : concat(name, aliases)) {
      for (int i = a.text().indexOf(n); i >= 0; i = a.text().indexOf(n, i + 1)) {
        Span s = new Span(i, i + n.length());
        if (mentions.stream().noneMatch(m -> m.overlaps(s))) {
          mentions.add(s);
        }
      }
    }
    mentions.sort(null);
    return new Person(id, a.id(), name, country, role, List.of(aliases), mentions);
  }

  private static List<String> concat(String first, String... rest) {
    List<String> out = new ArrayList<>(List.of(first));
    out.addAll(List.of(rest));
    return out;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
