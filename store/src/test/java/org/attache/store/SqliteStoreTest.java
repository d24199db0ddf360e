package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.store.Fixtures.article;
import static org.attache.store.Fixtures.event;
import static org.attache.store.Fixtures.person;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Person;
import org.attache.model.Sector;
import org.attache.model.Span;
import org.attache.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {
  /** Emoji (surrogate pairs), a replacement character, right-to-left text, a NUL and CRLF. */
  private static final String HOSTILE_TEXT = "PARIS, 17 May 2024 \u2014 France and Germany signed a pact \uD83E\uDD1D"
      + " in the \u00C9lys\u00E9e.\r\nBroken byte: \uFFFD. \u0627\u0644\u0631\u064A\u0627\u0636 said"
      + " Fran\u00E7ois M\u00FCller; NUL\u0000here. \uD83C\uDDEB\uD83C\uDDF7";

  @TempDir Path dir;

  private Store open() {
    return Store.openSqlite(dir.resolve("attache.db"));
  }

  private static Article fullArticle() {
    String text = HOSTILE_TEXT;
    String hash = Fixtures.sha256(text);
    return new Article(hash.substring(0, 16), "/news/fr/\u00E9lys\u00E9e 1.txt", text, new Span(20, text.length()),
        PartialDate.parse("2024-05-17"), Article.PubDateSource.DATE_LINE, "https://example.org/a?b=\u00E9",
        "Pact \uD83E\uDD1D", hash);
  }

  private static Event fullEvent(Article a) {
    String evidence = "France and Germany signed a pact \uD83E\uDD1D";
    int start = a.text().indexOf(evidence);
    return new Event("ev-1", a.id(), EventType.AGREE, "sign", List.of("FRA", "DEU", "EU"), true,
        PartialDate.parse("2024-05"), "\u00C9lys\u00E9e", List.of(Sector.TRADE, Sector.DIPLOMACY, Sector.ENERGY),
        Status.OCCURRED, List.of("Fran\u00E7ois M\u00FCller", "\u0627\u0644\u0631\u064A\u0627\u0636"),
        new Span(start, start + evidence.length()), evidence, 0.1 + 0.2,
        Map.of("type", "verb 'signed' \u2192 AGREE", "date", "date line", "actors", "subject and object"));
  }

  private static Event bareEvent(Article a) {
    return new Event("ev-2", a.id(), EventType.CONSULT, "", List.of("FRA"), false, null, null, List.of(),
        Status.POSSIBLE, List.of(), new Span(0, 0), "", 0.0, Map.of());
  }

  private static Person fullPerson(Article a) {
    String name = "Fran\u00E7ois M\u00FCller";
    int at = a.text().indexOf(name);
    return new Person("p-1", a.id(), name, "FRA", "Minister of Foreign Affairs", List.of("M\u00FCller", "Fran\u00E7ois"),
        List.of(new Span(at, at + name.length()), new Span(0, 5)));
  }

  @Test
  void readsBackArticlesPeopleAndEventsEqualToWhatWasStored() {
    Article a = fullArticle();
    Article bare = article("-", "");
    List<Person> people = List.of(fullPerson(a), new Person("p-2", a.id(), "\u0627\u0644\u0631\u064A\u0627\u0636",
        null, null, List.of(), List.of()));
    List<Event> events = List.of(fullEvent(a), bareEvent(a));
    try (Store store = open()) {
      assertThat(store.putArticle(a, people, events)).isTrue();
      assertThat(store.putArticle(bare, List.of(), List.of())).isTrue();

      Article back = store.article(a.id()).orElseThrow();
      assertThat(back).isEqualTo(a);
      assertThat(back.text().getBytes(StandardCharsets.UTF_16)).isEqualTo(a.text().getBytes(StandardCharsets.UTF_16));
      assertThat(store.article(bare.id())).contains(bare);
      assertThat(store.people(PersonQuery.all().withArticleId(a.id()))).containsExactlyElementsOf(people);
      assertThat(store.events(EventQuery.all().withArticleId(a.id()))).containsExactlyElementsOf(events);
      assertThat(store.stats()).isEqualTo(new Store.Stats(2, 2, 2, 0));
    }
  }

  @Test
  void keepsAnUnknownArticleEmpty() {
    try (Store store = open()) {
      assertThat(store.article("0123456789abcdef")).isEmpty();
      assertThat(store.containsArticle("0123456789abcdef")).isFalse();
    }
  }

  @Test
  void putsAnArticleOnlyOnceAndReturnsFalseTheSecondTime() {
    Article a = fullArticle();
    try (Store store = open()) {
      assertThat(store.putArticle(a, List.of(fullPerson(a)), List.of(fullEvent(a)))).isTrue();
      assertThat(store.putArticle(a, List.of(), List.of(bareEvent(a)))).isFalse();

      assertThat(store.containsArticle(a.id())).isTrue();
      assertThat(store.articles()).containsExactly(a);
      assertThat(store.events(EventQuery.all())).containsExactly(fullEvent(a));
      assertThat(store.stats()).isEqualTo(new Store.Stats(1, 1, 1, 0));
    }
  }

  @Test
  void rejectsAnEventOfAnotherArticleAndStoresNothingOfIt() {
    Article a = article("a.txt", "Japan protested.");
    Article b = article("b.txt", "Korea agreed.");
    Event ofB = event("e-b", b, "Korea agreed", EventType.AGREE, Status.OCCURRED, null, "KOR");
    try (Store store = open()) {
      assertThatThrownBy(() -> store.putArticle(a, List.of(), List.of(ofB)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("e-b").hasMessageContaining(b.id()).hasMessageContaining(a.id());
      assertThat(store.containsArticle(a.id())).isFalse();
      assertThat(store.stats()).isEqualTo(new Store.Stats(0, 0, 0, 0));
    }
  }

  @Test
  void rollsBackTheWholeArticleWhenAnEventIdIsAlreadyStored() {
    Article a = article("a.txt", "Japan protested.");
    Article b = article("b.txt", "Korea agreed. Korea sanctioned.");
    try (Store store = open()) {
      store.putArticle(a, List.of(), List.of(event("e-1", a, "Japan protested", EventType.PROTEST, Status.OCCURRED,
          null, "JPN")));
      List<Event> events = List.of(
          event("e-2", b, "Korea agreed", EventType.AGREE, Status.OCCURRED, null, "KOR"),
          event("e-1", b, "Korea sanctioned", EventType.SANCTION, Status.OCCURRED, null, "KOR"));

      assertThatThrownBy(() -> store.putArticle(b, List.of(person("p-1", b, "Korea", "KOR")), events))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(b.id());

      assertThat(store.containsArticle(b.id())).isFalse();
      assertThat(store.stats()).isEqualTo(new Store.Stats(1, 1, 0, 0));
      assertThat(store.events(EventQuery.all()).getFirst().articleId()).isEqualTo(a.id());
      assertThat(store.putArticle(b, List.of(), events.subList(0, 1))).isTrue();
    }
  }

  @Test
  void rejectsTheSameEventIdTwiceInOneArticle() {
    Article a = article("a.txt", "Japan protested.");
    Event e = event("e-1", a, "Japan protested", EventType.PROTEST, Status.OCCURRED, null, "JPN");
    try (Store store = open()) {
      assertThatThrownBy(() -> store.putArticle(a, List.of(), List.of(e, e)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e-1").hasMessageContaining("twice");
      assertThat(store.stats().articles()).isZero();
    }
  }

  @Test
  void rejectsEvidenceThatIsNotTheTextItsSpanCovers() {
    Article a = article("a.txt", "Japan protested.");
    Event shifted = new Event("e-1", a.id(), EventType.PROTEST, "", List.of("JPN"), false, null, null, List.of(),
        Status.OCCURRED, List.of(), new Span(1, 6), "Japan", 0.5, Map.of());
    Event past = new Event("e-2", a.id(), EventType.PROTEST, "", List.of("JPN"), false, null, null, List.of(),
        Status.OCCURRED, List.of(), new Span(10, 20), "protested.", 0.5, Map.of());
    try (Store store = open()) {
      assertThatThrownBy(() -> store.putArticle(a, List.of(), List.of(shifted)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Japan'").hasMessageContaining("'apan '");
      assertThatThrownBy(() -> store.putArticle(a, List.of(), List.of(past)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[10, 20)").hasMessageContaining("16 chars");
      assertThat(store.stats().articles()).isZero();
    }
  }

  @Test
  void rejectsTextWithAnUnpairedSurrogateInsteadOfCorruptingIt() {
    Article a = article("a.txt", "Broken \uD800 text");
    try (Store store = open()) {
      assertThatThrownBy(() -> store.putArticle(a, List.of(), List.of()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+D800").hasMessageContaining("offset 7");
      assertThat(store.containsArticle(a.id())).isFalse();
    }
  }

  @Test
  void replacesTheExtractionOfAStoredArticle() throws SQLException {
    Article a = article("a.txt", "Japan protested. Korea agreed.");
    try (Store store = open()) {
      store.putArticle(a, List.of(person("p-1", a, "Japan", "JPN")),
          List.of(fullEventLike("e-1", a), event("e-2", a, "Korea agreed", EventType.AGREE, Status.OCCURRED, null, "KOR")));
      Event again = event("e-3", a, "Korea agreed", EventType.AGREE, Status.PLANNED, "2025", "KOR", "JPN");

      store.replaceExtraction(a.id(), List.of(person("p-2", a, "Korea", "KOR")), List.of(again));

      assertThat(store.events(EventQuery.all())).containsExactly(again);
      assertThat(store.people(PersonQuery.all())).extracting(Person::id).containsExactly("p-2");
      assertThat(store.articles()).containsExactly(a);
    }
    assertThat(count("event_actors")).isEqualTo(2);
    assertThat(count("event_why")).isZero();
    assertThat(count("person_mentions")).isEqualTo(1);
  }

  private static Event fullEventLike(String id, Article a) {
    return new Event(id, a.id(), EventType.PROTEST, "protest", List.of("JPN", "KOR"), true, null, null,
        List.of(Sector.DIPLOMACY), Status.OCCURRED, List.of("Japan"), new Span(0, 5), "Japan", 1.0,
        Map.of("type", "protested"));
  }

  @Test
  void keepsTheOldExtractionWhenTheReplacementFails() {
    Article a = article("a.txt", "Japan protested. Korea agreed.");
    Article b = article("b.txt", "Chile objected.");
    Event old = event("e-1", a, "Japan protested", EventType.PROTEST, Status.OCCURRED, null, "JPN");
    Event ofB = event("e-b", b, "Chile objected", EventType.REJECT, Status.OCCURRED, null, "CHL");
    try (Store store = open()) {
      store.putArticle(a, List.of(), List.of(old));
      store.putArticle(b, List.of(), List.of(ofB));

      Event clash = event("e-b", a, "Korea agreed", EventType.AGREE, Status.OCCURRED, null, "KOR");
      assertThatThrownBy(() -> store.replaceExtraction(a.id(), List.of(), List.of(clash)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(a.id());

      assertThat(store.events(EventQuery.all())).containsExactlyInAnyOrder(old, ofB);
    }
  }

  @Test
  void refusesToReplaceTheExtractionOfAnArticleNotStored() {
    try (Store store = open()) {
      assertThatThrownBy(() -> store.replaceExtraction("feedfacefeedface", List.of(), List.of()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("feedfacefeedface");
    }
  }

  @Test
  void storesAnIssueOnceForTheSameSourceKindAndMessage() {
    ArticleIssue empty = new ArticleIssue("in/a.txt", ArticleIssue.Kind.EMPTY, "file is empty", true);
    ArticleIssue date = new ArticleIssue("in/a.txt", ArticleIssue.Kind.BAD_DATE, "date '2025-13' is not a date", false);
    try (Store store = open()) {
      store.putIssue(empty);
      store.putIssue(date);
      store.putIssue(empty);
      store.putIssue(new ArticleIssue("in/b.txt", ArticleIssue.Kind.EMPTY, "file is empty", true));

      assertThat(store.issues()).containsExactly(empty, date,
          new ArticleIssue("in/b.txt", ArticleIssue.Kind.EMPTY, "file is empty", true));
      assertThat(store.stats().issues()).isEqualTo(3);
    }
  }

  @Test
  void keepsEverythingWhenTheFileIsOpenedAgain() {
    Article a = fullArticle();
    ArticleIssue issue = new ArticleIssue("x.bin", ArticleIssue.Kind.BINARY, "NUL bytes at 0", true);
    try (Store store = open()) {
      store.putArticle(a, List.of(fullPerson(a)), List.of(fullEvent(a), bareEvent(a)));
      store.putIssue(issue);
    }
    try (Store store = open()) {
      assertThat(store.articles()).containsExactly(a);
      assertThat(store.people(PersonQuery.all())).containsExactly(fullPerson(a));
      assertThat(store.events(EventQuery.all())).containsExactly(fullEvent(a), bareEvent(a));
      assertThat(store.issues()).containsExactly(issue);
    }
  }

  @Test
  void listsArticlesBySource() {
    Article c = article("c.txt", "three");
    Article a = article("a.txt", "one");
    Article b = article("b.txt", "two");
    try (Store store = open()) {
      for (Article x : List.of(c, a, b)) {
        store.putArticle(x, List.of(), List.of());
      }
      assertThat(store.articles()).extracting(Article::source).containsExactly("a.txt", "b.txt", "c.txt");
    }
  }

  @Test
  void refusesAFileThatIsNotAnSqliteDatabaseNamingIt() throws IOException {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "These are not the tables you are looking for.\n".repeat(50));

    assertThatThrownBy(() -> Store.openSqlite(notes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(notes.toString()).hasMessageContaining("not an SQLite database");
    assertThat(Files.readString(notes)).startsWith("These are not");
  }

  @Test
  void refusesAFolder() {
    assertThatThrownBy(() -> Store.openSqlite(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(dir.toString());
  }

  @Test
  void createsTheFileAndItsMissingFolders() {
    Path file = dir.resolve("deep/er/store.db");
    try (Store store = Store.openSqlite(file)) {
      assertThat(store.stats()).isEqualTo(new Store.Stats(0, 0, 0, 0));
    }
    assertThat(file).isRegularFile();
  }

  @Test
  void putsTheDatabaseInWalMode() throws SQLException {
    try (Store store = open()) {
      store.putIssue(new ArticleIssue("a", ArticleIssue.Kind.EMPTY, "empty", true));
      assertThat(pragma("journal_mode")).isEqualTo("wal");
      assertThat(dir.resolve("attache.db-wal")).exists();
    }
  }

  @Test
  void enforcesForeignKeysOnItsConnection() throws SQLException {
    Article a = article("a.txt", "Japan protested.");
    try (Store store = open()) {
      store.putArticle(a, List.of(), List.of());
      // Proof by cascade: replacing leaves no child rows behind only when foreign keys are enforced.
      store.replaceExtraction(a.id(), List.of(), List.of(fullEventLike("e-1", a)));
      store.replaceExtraction(a.id(), List.of(), List.of());
    }
    assertThat(count("event_actors")).isZero();
    assertThat(count("event_sectors")).isZero();
  }

  @Test
  void seesWhatAnotherStoreOnTheSameFileWrote() {
    Article a = article("a.txt", "Japan protested.");
    try (Store first = open(); Store second = open()) {
      first.putArticle(a, List.of(), List.of());
      assertThat(second.containsArticle(a.id())).isTrue();
      assertThat(second.putArticle(a, List.of(), List.of())).isFalse();
    }
  }

  @Test
  void refusesCallsAfterClosing() {
    Store store = open();
    store.close();
    store.close();
    assertThatThrownBy(store::stats).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  private long count(String table) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("attache.db"));
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private String pragma(String name) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("attache.db"));
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
