package org.attache.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.attache.geo.Gazetteer;
import org.attache.model.Article;
import org.attache.server.AttacheServer;
import org.attache.server.ServerConfig;
import org.attache.store.EventQuery;
import org.attache.store.PersonQuery;
import org.attache.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety and reads under writes, with real processes killed by SIGKILL.
 *
 * <p>A few hundred short articles of our own (plus a few bad inputs) are ingested once without interruption by
 * {@code attache ingest} in a separate JVM: the reference. Then (1) {@link ReplayWriter} processes, which make the
 * store calls of an ingest without loading the models, are killed at random moments while writing, at least
 * {@value #FAST_KILLS} times, each kill followed by checks of the store, and every store they finish is compared
 * with the reference; (2) real {@code attache ingest} processes are killed {@value #INGEST_KILLS} times at random
 * moments after their models loaded, and a last one resumes the store while a server in this JVM answers a steady
 * query load on it; the resumed store must equal the reference.
 */
class CrashAndLoadTest {
  static final int ARTICLES = 300;
  static final int FAST_KILLS = 20;
  static final int INGEST_KILLS = 20;
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  static Path articles;
  static Path reference;
  static Snapshot expected;
  static final Random random = new Random(Long.getLong("attache.crash.seed", System.nanoTime()));

  /** What a store holds, in the store's orders, without the times issues were recorded. */
  record Snapshot(List<Article> articles, List<?> events, List<?> people, List<?> issues) {
    static Snapshot of(Path db) {
      try (Store s = Store.openSqlite(db)) {
        // Issues in a stable order: a resumed store records them in the order its runs met them.
        return new Snapshot(s.articles(), s.events(EventQuery.all()), s.people(PersonQuery.all()), s.issues().stream()
            .sorted(java.util.Comparator.comparing((org.attache.model.ArticleIssue i) -> i.source())
                .thenComparing(i -> i.kind()).thenComparing(i -> i.message())).toList());
      }
    }
  }

  @BeforeAll
  static void writeArticlesAndIngestThemUninterrupted() throws Exception {
    articles = Files.createDirectory(tmp.resolve("articles"));
    String[] partners = {"Zimbabwe", "Pakistan", "China", "Russia", "Cuba", "Vietnam", "Iran", "Serbia", "Kenya", "Laos"};
    String[] cities = {"Harare", "Islamabad", "Beijing", "Moscow", "Havana", "Hanoi", "Tehran", "Belgrade", "Nairobi",
        "Vientiane"};
    String[] acts = {"signed an agreement on %s", "held talks on %s", "agreed to cooperate on %s", "discussed %s"};
    String[] topics = {"farm machinery", "trade", "education", "energy", "tractors", "medicine", "transport"};
    for (int i = 0; i < ARTICLES; i++) {
      int p = i % partners.length;
      String act = String.format(acts[i % acts.length], topics[i % topics.length]);
      Files.writeString(articles.resolve(String.format("article-%03d.txt", i)), String.format(
          " date 2024-%02d-%02d Belarus and %s %s in %s on Monday, report %d said.%n", 1 + i % 12, 1 + i % 28,
          partners[p], act, cities[p], i));
    }
    Files.write(articles.resolve("bad-empty.txt"), new byte[0]);
    Files.write(articles.resolve("bad-binary.pdf"), "%PDF-1.4 not an article".getBytes(UTF_8));
    Files.writeString(articles.resolve("bad-date.txt"), " date 2025-13-45 Belarus and Cuba held talks in Havana.\n");
    reference = tmp.resolve("reference.db");
    Process p = ingest(reference, "reference");
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(log("reference")).isZero();
    expected = Snapshot.of(reference);
    assertThat(expected.articles()).hasSize(ARTICLES + 1);
    assertThat(expected.events()).isNotEmpty();
    assertThat(expected.issues()).hasSize(3);
  }

  @Test
  void writersKilledAtRandomMomentsNeverLeaveAHalfWrittenArticle() throws Exception {
    Path db = tmp.resolve("fast.db");
    int kills = 0;
    int completed = 0;
    int rounds = 0;
    for (int attempt = 0; kills < FAST_KILLS && attempt < FAST_KILLS * 4; attempt++) {
      Process p = java(List.of(ReplayWriter.class.getName(), reference.toString(), db.toString(), articles.toString()),
          "fast-" + attempt);
      awaitLine(p, "fast-" + attempt, "writing", Duration.ofSeconds(60));
      Thread.sleep(random.nextInt(400));
      boolean killed = kill(p);
      if (killed) {
        kills++;
        checkStore(db);
      } else {
        assertThat(p.exitValue()).as(log("fast-" + attempt)).isZero();
        completed++;
        assertThat(Snapshot.of(db)).as("a store finished by resumed writers").isEqualTo(expected);
        deleteStore(db);
        rounds++;
      }
    }
    // The store the last kills left, resumed to the end.
    Process last = java(List.of(ReplayWriter.class.getName(), reference.toString(), db.toString(), articles.toString()),
        "fast-last");
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue()).as(log("fast-last")).isZero();
    assertThat(Snapshot.of(db)).as("the store resumed after the last kills").isEqualTo(expected);
    rounds++;
    System.out.printf("crash test: %d writer processes killed by SIGKILL, %d finished a store (%d resumed stores equal"
        + " to the reference)%n", kills, completed, rounds);
    assertThat(kills).isGreaterThanOrEqualTo(FAST_KILLS);
  }

  @Test
  void killedIngestsResumeToTheUninterruptedContentWhileTheServerAnswersQueries() throws Exception {
    Path db = tmp.resolve("resumed.db");
    Map<String, Integer> eventsPerArticle = new HashMap<>();
    try (Store ref = Store.openSqlite(reference)) {
      for (Article a : ref.articles()) {
        eventsPerArticle.put(a.id(), ref.events(EventQuery.all().withArticleId(a.id())).size());
      }
    }
    int kills = 0;
    for (int i = 0; kills < INGEST_KILLS && i < INGEST_KILLS * 3; i++) {
      Process p = ingest(db, "killed-" + i);
      awaitLine(p, "killed-" + i, "Models loaded", Duration.ofMinutes(5));
      // A random moment while it writes: after 1 to 10 more articles, so that twenty kills leave work for the resume.
      awaitArticles(p, db, storedArticles(db) + 1 + random.nextInt(ARTICLES / 30));
      if (kill(p)) {
        kills++;
        checkStore(db);
      } else {
        deleteStore(db); // finished before the kill: start over so that the next one has work left
      }
    }
    assertThat(kills).isEqualTo(INGEST_KILLS);
    int before;
    try (Store s = Store.openSqlite(db)) {
      before = s.stats().articles();
    }

    // The resumed ingest, under a steady, bounded query load on loopback.
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger queries = new AtomicInteger();
    ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Integer> seen = new ConcurrentLinkedQueue<>();
    List<Thread> clients = new ArrayList<>();
    Process resume;
    try (Store served = Store.openSqlite(db);
        AttacheServer server = AttacheServer.start(new ServerConfig("127.0.0.1", 0, null, 10_000,
            ServerConfig.DEFAULT_MAX_REQUEST_BYTES), served, Gazetteer.load())) {
      resume = ingest(db, "resume");
      // The load starts when the models are in, so that it runs while the ingest writes, and lasts until it ends.
      awaitLine(resume, "resume", "Models loaded", Duration.ofMinutes(5));
      for (int c = 0; c < 3; c++) {
        Thread t = new Thread(() -> queryLoad(server.uri(), eventsPerArticle, writing, queries, errors, seen), "load-" + c);
        t.start();
        clients.add(t);
      }
      assertThat(resume.waitFor(10, TimeUnit.MINUTES)).isTrue();
      writing.set(false);
      for (Thread t : clients) {
        t.join(60_000);
      }
    }
    assertThat(resume.exitValue()).as(log("resume")).isZero();
    System.out.printf("crash test: %d ingest processes killed by SIGKILL (%d of %d articles stored by then); the resumed"
        + " ingest ran under %d queries with %d errors%n", kills, before, ARTICLES + 1, queries.get(), errors.size());
    assertThat(errors).as("query errors").isEmpty();
    assertThat(queries.get()).isPositive();
    int fewest = seen.stream().mapToInt(Integer::intValue).min().orElse(-1);
    int most = seen.stream().mapToInt(Integer::intValue).max().orElse(-1);
    System.out.printf("crash test: the queries saw the store grow from %d to %d articles%n", fewest, most);
    assertThat(most).as("the queries ran while the ingest wrote").isGreaterThan(fewest);
    checkStore(db);
    assertThat(Snapshot.of(db)).isEqualTo(expected);
  }

  /**
   * Queries until {@code writing} ends (at most 5000 in all), checking each answer; adds the article counts
   * {@code /api/health} gave to {@code seen}.
   */
  private static void queryLoad(URI base, Map<String, Integer> eventsPerArticle, AtomicBoolean writing,
      AtomicInteger queries, ConcurrentLinkedQueue<String> errors, ConcurrentLinkedQueue<Integer> seen) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    int lastArticles = -1;
    int lastEvents = -1;
    List<String> ids = new ArrayList<>(eventsPerArticle.keySet());
    Random r = new Random();
    while (writing.get() && queries.get() < 5000) {
      try {
        int n = queries.incrementAndGet();
        String path = switch (n % 5) {
          case 0 -> "api/health";
          case 1 -> "api/articles/" + ids.get(r.nextInt(ids.size()));
          case 2 -> "api/events?limit=1000&country=BLR";
          case 3 -> "api/aggregates/pairs";
          default -> "api/search?q=Belarus";
        };
        HttpResponse<String> resp = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
            .build(), HttpResponse.BodyHandlers.ofString());
        if (path.startsWith("api/articles/") && resp.statusCode() == 404) {
          continue; // not stored yet
        }
        if (resp.statusCode() != 200) {
          errors.add(path + " -> " + resp.statusCode() + " " + resp.body());
          continue;
        }
        JsonNode body = JSON.readTree(resp.body());
        if (path.equals("api/health")) {
          int a = body.get("articles").asInt();
          int e = body.get("events").asInt();
          if (a < lastArticles || e < lastEvents) {
            errors.add("health went back: " + lastArticles + "/" + lastEvents + " then " + a + "/" + e);
          }
          lastArticles = a;
          lastEvents = e;
          seen.add(a);
        } else if (path.startsWith("api/articles/")) {
          String id = path.substring("api/articles/".length());
          int events = body.get("events").size();
          if (events != eventsPerArticle.get(id)) {
            errors.add("article " + id + " read with " + events + " of its " + eventsPerArticle.get(id) + " events");
          }
        }
        Thread.sleep(20);
      } catch (IOException e) {
        errors.add("I/O: " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** SQLite's own checks, and every article with all of its events and people or none. */
  private static void checkStore(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).as("integrity_check of %s", db).isEqualTo("ok");
      }
      try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
        assertThat(rs.next()).as("foreign_key_check of %s", db).isFalse();
      }
    }
    try (Store s = Store.openSqlite(db); Store ref = Store.openSqlite(reference)) {
      for (Article a : s.articles()) {
        assertThat(ref.article(a.id())).as("article %s", a.source()).contains(a);
        assertThat(s.events(EventQuery.all().withArticleId(a.id())))
            .as("events of %s after a kill", a.source()).isEqualTo(ref.events(EventQuery.all().withArticleId(a.id())));
        assertThat(s.people(PersonQuery.all().withArticleId(a.id())))
            .as("people of %s after a kill", a.source()).isEqualTo(ref.people(PersonQuery.all().withArticleId(a.id())));
      }
      assertThat(s.stats().events()).isEqualTo(s.events(EventQuery.all()).size());
    }
  }

  private static Process ingest(Path db, String name) throws IOException {
    return java(List.of(Main.class.getName(), "ingest", "--db", db.toString(), "--threads", "2", articles.toString()),
        name);
  }

  private static Process java(List<String> mainAndArgs, String name) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx2g", "-cp", cp));
    cmd.addAll(mainAndArgs);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(tmp.resolve(name + ".out").toFile())
        .redirectError(tmp.resolve(name + ".err").toFile());
    return pb.start();
  }

  private static void awaitLine(Process p, String name, String text, Duration within) throws Exception {
    long end = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < end) {
      for (String stream : List.of(".out", ".err")) {
        Path f = tmp.resolve(name + stream);
        if (Files.exists(f) && Files.readString(f, UTF_8).contains(text)) {
          return;
        }
      }
      if (!p.isAlive()) {
        return; // finished (or failed) before printing it: the caller sees the exit code
      }
      Thread.sleep(20);
    }
    p.destroyForcibly();
    throw new AssertionError(name + " printed no '" + text + "' within " + within + "\n" + log(name));
  }

  /** Waits until {@code db} holds at least {@code n} articles or {@code p} has ended. */
  private static int storedArticles(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException e) {
      return 0; // no table yet
    }
  }

  private static void awaitArticles(Process p, Path db, int n) throws Exception {
    long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (p.isAlive() && System.nanoTime() < end) {
      if (Files.exists(db)) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
            ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
          if (rs.next() && rs.getInt(1) >= n) {
            return;
          }
        } catch (SQLException e) {
          // not created yet, or busy: look again
        }
      }
      Thread.sleep(25);
    }
  }

  /** Sends SIGKILL; true when it was still running and died of it. */
  private static boolean kill(Process p) throws InterruptedException {
    p.destroyForcibly(); // SIGKILL on Unix
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue() == 128 + 9;
  }

  private static void deleteStore(Path db) throws IOException {
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(Path.of(db + suffix));
    }
  }

  private static String log(String name) {
    try {
      return "--- out:\n" + Files.readString(tmp.resolve(name + ".out")) + "\n--- err:\n"
          + Files.readString(tmp.resolve(name + ".err"));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
