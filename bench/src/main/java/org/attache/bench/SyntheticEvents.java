package org.attache.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Sector;
import org.attache.model.Span;
import org.attache.model.Status;
import org.attache.store.Store;

/**
 * A generator of synthetic stored articles, each with one extracted event, for the query benchmark. Sides
 * are drawn from 80 country codes with a skew (a few busy ones, a long tail), as in real news; people are
 * invented names; every article's source is {@code synthetic/NNNNNNN.txt} and its text ends with
 * {@link SyntheticArticles#MARK}. The same seed gives the same articles.
 */
final class SyntheticEvents {
  static final List<String> CODES = List.of("BLR", "RUS", "CHN", "USA", "UKR", "POL", "PAK", "IRN", "PRK", "ZWE",
      "KAZ", "TUR", "IND", "DEU", "FRA", "GBR", "VNM", "CUB", "VEN", "SRB", "UZB", "ARM", "AZE", "GEO", "LTU", "LVA",
      "EST", "MDA", "KGZ", "TJK", "TKM", "MNG", "SYR", "EGY", "ETH", "KEN", "NGA", "ZAF", "BRA", "ARG", "MEX", "NIC",
      "BOL", "ECU", "IDN", "MYS", "THA", "LAO", "KHM", "MMR", "BGD", "LKA", "AFG", "IRQ", "SAU", "ARE", "QAT", "OMN",
      "JOR", "ISR", "DZA", "MAR", "TUN", "LBY", "SDN", "UGA", "TZA", "MOZ", "AGO", "ZMB", "NAM", "GHA", "CIV", "SEN",
      "MLI", "ITA", "ESP", "HUN", "JPN", "KOR");

  private static final EventType[] TYPES = EventType.values();
  private static final String[] MODES = {"visit", "meet", "sign", "call", "supply", "invite", "talks", "pledge"};
  private static final String[] SYLLABLES = {"ka", "lo", "ren", "mi", "sha", "to", "vel", "na", "dor", "pa", "ri",
      "zan", "ko", "bel", "tu", "mar", "si", "gor", "an", "le", "vi", "da", "chen", "ho", "ly", "nek", "os", "ul"};
  private static final String[] FIRST = {"Anton", "Irina", "Pavel", "Tendai", "Rudo", "Imran", "Sadia", "Li", "Zhao",
      "Oleg", "Nadia", "Hamid", "Leila", "Luis", "Marta", "Yerlan", "Aigerim", "Nguyen", "Tran", "Raul", "Wanjiru",
      "Otieno", "Farid", "Elena", "Sergei", "Amina", "Kofi", "Maria", "Jonas", "Ana"};
  private static final String[] PLACES = {"Minsk", "Moscow", "Beijing", "Harare", "Islamabad", "Tehran", "Pyongyang",
      "Astana", "Hanoi", "Havana", "Caracas", "Nairobi", "Ankara", "New Delhi", "Tashkent", "Baku", "Yerevan", "Cairo"};
  private static final String[] TOPICS = {"grain supplies", "tractor assembly", "air defence", "student exchanges",
      "potash exports", "oil refining", "railway wagons", "vaccine production", "customs procedures", "nuclear energy",
      "textile trade", "mining licences", "satellite launches", "visa-free travel", "dairy exports", "water projects"};

  private final Random r;
  private final double[] cumulative;
  private final MessageDigest sha;

  SyntheticEvents(long seed) {
    r = new Random(seed);
    cumulative = new double[CODES.size()];
    double sum = 0;
    for (int i = 0; i < CODES.size(); i++) {
      sum += 1.0 / Math.pow(i + 1, 0.9); // Zipf-like: a few sides in most of the news
      cumulative[i] = sum;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= sum;
    }
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A side drawn with the skew. */
  String code() {
    double x = r.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (x <= cumulative[i]) {
        return CODES.get(i);
      }
    }
    return CODES.getLast();
  }

  /** Two different sides drawn with the skew. */
  String[] pair() {
    String a = code();
    String b;
    do {
      b = code();
    } while (b.equals(a));
    return new String[] {a, b};
  }

  /** An invented surname; there are a few thousand. */
  String surname(int n) {
    return cap(SYLLABLES[n % SYLLABLES.length] + SYLLABLES[(n / SYLLABLES.length) % SYLLABLES.length]
        + SYLLABLES[(n / (SYLLABLES.length * SYLLABLES.length)) % SYLLABLES.length] + "v");
  }

  int surnameIndex() {
    return r.nextInt(SYLLABLES.length * SYLLABLES.length * 5);
  }

  static String topic(Random r) {
    return TOPICS[r.nextInt(TOPICS.length)];
  }

  /** Article number {@code n} (0-based) with its one event. */
  Store.Extracted next(int n) {
    String[] sides = pair();
    String a = sides[0];
    String b = sides[1];
    String person = FIRST[r.nextInt(FIRST.length)] + " " + surname(surnameIndex());
    String place = PLACES[r.nextInt(PLACES.length)];
    String topic = topic(r);
    LocalDate day = LocalDate.of(1995 + r.nextInt(31), 1 + r.nextInt(12), 1 + r.nextInt(28));
    String mode = MODES[r.nextInt(MODES.length)];
    String evidence = person + ", speaking for " + a + ", held talks with the " + b + " delegation in " + place
        + " on " + day + " about " + topic + " and " + topic(r) + ".";
    String lead = "Officials of " + a + " and " + b + " reported progress on " + topic + ". ";
    StringBuilder text = new StringBuilder(lead).append(evidence).append(' ');
    text.append("The talks also touched on ").append(topic(r)).append(", with follow-up meetings expected in ")
        .append(PLACES[r.nextInt(PLACES.length)]).append(". Analysts said trade between the two had grown by ")
        .append(2 + r.nextInt(30)).append(" percent.\n\n").append(SyntheticArticles.MARK).append('\n');
    String body = text.toString();
    String hash = HexFormat.of().formatHex(sha.digest(body.getBytes(StandardCharsets.UTF_8)));
    String id = hash.substring(0, 16);
    PartialDate pub = PartialDate.parse(day.plusDays(1).toString());
    Article article = new Article(id, String.format("synthetic/%07d.txt", n + 1), body, new Span(0, body.length()), pub,
        Article.PubDateSource.MANIFEST, null, "Talks on " + topic, hash);
    Span span = new Span(lead.length(), lead.length() + evidence.length());
    PartialDate date = switch (r.nextInt(10)) {
      case 0 -> null;
      case 1 -> PartialDate.parse(String.valueOf(day.getYear()));
      case 2, 3 -> PartialDate.parse(day.toString().substring(0, 7));
      default -> PartialDate.parse(day.toString());
    };
    Status status = r.nextInt(5) == 0 ? Status.PLANNED : Status.OCCURRED;
    List<Sector> sectors = new ArrayList<>(List.of(Sector.values()[r.nextInt(Sector.values().length)]));
    List<String> actors = r.nextInt(12) == 0 ? List.of(a, b, code().equals(a) ? "UN" : "EU") : List.of(a, b);
    Event event = new Event(id + "-e1", id, TYPES[r.nextInt(TYPES.length)], mode, actors, r.nextBoolean(), date, place,
        sectors, status, List.of(person), span, evidence, 0.5 + r.nextInt(50) / 100.0,
        Map.of("type", "synthetic", "date", "synthetic"));
    return new Store.Extracted(article, List.of(), List.of(event));
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
