package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.store.EventQuery;
import org.attache.store.PersonQuery;
import org.attache.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canonical view end to end: a wire story, its exact and near-duplicate re-posts and a story of another
 * occasion between the same countries are ingested; copies are grouped, curations are made, and a re-run with
 * a newer extractor keeps the curations and records what changed. Tests run in order: later ones build on the
 * curations of earlier ones.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CanonicalCliTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "articles");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static Path db;
  private static Path in;
  private static Cli.Result firstIngest;

  @BeforeAll
  static void ingestAStoryItsCopiesAndAnotherOccasion() throws IOException {
    in = Files.createDirectory(tmp.resolve("in"));
    String story = Files.readString(EXAMPLES.resolve("01-khrenin-harare-2025-12.txt"));
    Files.writeString(in.resolve("a-wire.txt"), story);
    // The same text with other line breaks and spacing: an exact copy once case, spacing and punctuation are folded.
    Files.writeString(in.resolve("b-exact-repost.txt"), story.replace("\n\n", "\n").replace(". ", ".  "));
    // The same story inside another site's boilerplate.
    String body = story.substring(story.indexOf("HARARE"));
    Files.writeString(in.resolve("c-near-repost.txt"), " date 2025-12-18 Home | Africa | Defence\nShare this story. "
        + "Subscribe to our newsletter for the latest news.\n" + body
        + "\nYou Might Also Like\nHarvest season begins early in Mashonaland\nComments (0)\nRate this: 4 stars\n"
        + "We use cookies to improve your experience. Accept all cookies.\n");
    Files.copy(EXAMPLES.resolve("05-milex-minsk-2023-05.txt"), in.resolve("d-other-occasion.txt"));
    db = tmp.resolve("canon.db");
    firstIngest = Cli.run("ingest", "--db", db.toString(), "--threads", "2", in.toString());
    assertThat(firstIngest.code()).as("%s", firstIngest).isZero();
  }

  private static List<JsonNode> events(String... more) {
    List<String> args = new ArrayList<>(List.of("events", "--db", db.toString(), "--format", "jsonl"));
    args.addAll(List.of(more));
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).as("%s", r).isZero();
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.lines()) {
      try {
        out.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new AssertionError(line, e);
      }
    }
    return out;
  }

  private static Set<String> files(JsonNode e) {
    Set<String> out = new HashSet<>();
    e.get("sources").forEach(s -> out.add(Path.of(s.get("file").asText()).getFileName().toString()));
    return out;
  }

  private static JsonNode find(List<JsonNode> events, String type, String date) {
    return events.stream().filter(e -> e.get("type").asText().equals(type) && date.equals(e.get("date").asText()))
        .findFirst().orElseThrow(() -> new AssertionError("no " + type + " on " + date + " in " + events));
  }

  @Test
  @Order(1)
  void copiesAreGroupedAndTheirEventsCountOnceWithEverySource() {
    List<JsonNode> canonical = events();
    List<JsonNode> wire = canonical.stream().filter(e -> files(e).contains("a-wire.txt")).toList();
    assertThat(wire).as("events of the wire story").hasSizeGreaterThan(2);
    for (JsonNode e : wire) {
      assertThat(files(e)).as("sources of %s", e).contains("b-exact-repost.txt", "c-near-repost.txt");
      int copies = 0;
      for (JsonNode s : e.get("sources")) {
        copies += s.get("copy_of").isNull() ? 0 : 1;
      }
      assertThat(copies).as("copies among the sources of %s", e).isEqualTo(2);
    }
    List<JsonNode> perArticle = events("--per-article");
    assertThat(perArticle.size()).isGreaterThanOrEqualTo(canonical.size() + 2 * wire.size());
  }

  @Test
  @Order(2)
  void anotherOccasionBetweenTheSameCountriesStaysApart() {
    List<JsonNode> canonical = events("--pair", "BLR-ZWE");
    // The wire story (December 2025) recalls occasions of 2023 that the other story reports or recalls too:
    // Lukashenko's state visit of January 2023, the ministers' meeting at MILEX and what they agreed in Minsk
    // in May 2023. Those are shared; nothing of 2025 is.
    JsonNode milex = find(canonical, "CONSULT", "2023-05-17");
    assertThat(files(milex)).contains("d-other-occasion.txt", "a-wire.txt");
    JsonNode visit = find(canonical, "CONSULT", "2025-12-15");
    assertThat(files(visit)).contains("a-wire.txt").doesNotContain("d-other-occasion.txt");
    for (JsonNode e : canonical) {
      boolean sharedBackground = e.get("date").asText().startsWith("2023");
      assertThat(files(e).containsAll(Set.of("d-other-occasion.txt", "a-wire.txt")) && !sharedBackground).as("%s", e).isFalse();
    }
  }

  @Test
  @Order(3)
  void timelineShowsEachOccasionOnceWithItsOtherSources() {
    Cli.Result canonical = Cli.run("timeline", "--db", db.toString(), "BLR", "ZWE");
    Cli.Result perArticle = Cli.run("timeline", "--db", db.toString(), "BLR", "ZWE", "--per-article");
    assertThat(canonical.code()).as("%s", canonical).isZero();
    assertThat(canonical.lines().length).isLessThan(perArticle.lines().length);
    assertThat(canonical.out()).contains("2 more sources");
  }

  private static String visitId() {
    return find(events(), "CONSULT", "2025-12-15").get("id").asText();
  }

  @Test
  @Order(4)
  void curatorsFixRejectMergeAndSplit() {
    String visit = visitId();
    Cli.Result fix = Cli.run("events", "fix", visit, "--db", db.toString(), "--date", "2025-12-14", "--status", "planned",
        "--why", "the programme says Sunday");
    assertThat(fix.code()).as("%s", fix).isZero();
    String milex = find(events(), "CONSULT", "2023-05-17").get("id").asText();
    Cli.Result reject = Cli.run("events", "reject", milex, "--db", db.toString(), "--why", "a side meeting");
    assertThat(reject.code()).as("%s", reject).isZero();
    Cli.Result merge = Cli.run("people", "merge", "Viktor Khrenin", "Oppah Muchinguri-Kashiri", "--db", db.toString(),
        "--why", "test of merging");
    assertThat(merge.code()).as("%s", merge).isZero();
    assertThat(Cli.run("people", "--db", db.toString(), "--name", "Khrenin").out()).contains("Muchinguri-Kashiri");
    Cli.Result split = Cli.run("people", "split", "Khrenin", "--name", "Oppah Muchinguri-Kashiri", "--db",
        db.toString(), "--why", "two people after all");
    assertThat(split.code()).as("%s", split).isZero();
    assertThat(Cli.run("people", "--db", db.toString(), "--name", "Khrenin").out()).doesNotContain("Muchinguri");
    assertThat(Cli.run("people", "--db", db.toString(), "--name", "Muchinguri").out()).contains("1 people");
    Cli.Result again = Cli.run("people", "merge", "Khrenin", "Muchinguri-Kashiri", "--db", db.toString());
    assertThat(again.code()).as("%s", again).isZero();
    assertCurated(visit, milex);
  }

  private static void assertCurated(String visit, String milex) {
    JsonNode fixed = events().stream().filter(e -> e.get("id").asText().equals(visit)).findFirst().orElseThrow();
    assertThat(fixed.get("date").asText()).isEqualTo("2025-12-14");
    assertThat(fixed.get("status").asText()).isEqualTo("planned");
    assertThat(fixed.get("notes").toString()).contains("the programme says Sunday");
    assertThat(events()).noneMatch(e -> e.get("id").asText().equals(milex));
    assertThat(events("--rejected")).anyMatch(e -> e.get("id").asText().equals(milex)
        && e.get("rejected").asText().equals("a side meeting"));
    Cli.Result people = Cli.run("people", "--db", db.toString(), "--name", "Khrenin");
    assertThat(people.out()).contains("Muchinguri-Kashiri").endsWith("1 people" + System.lineSeparator());
  }

  @Test
  @Order(5)
  void curationErrorsNameTheValue() {
    Cli.Result r = Cli.run("events", "reject", "Enope", "--db", db.toString(), "--why", "x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'Enope'");
    Cli.Result nothing = Cli.run("events", "fix", visitIdOrAny(), "--db", db.toString());
    assertThat(nothing.code()).isEqualTo(2);
    assertThat(nothing.err()).contains("nothing to fix");
    Cli.Result badType = Cli.run("events", "fix", visitIdOrAny(), "--db", db.toString(), "--type", "VISIT");
    assertThat(badType.err()).contains("--type 'VISIT'");
    Cli.Result who = Cli.run("people", "merge", "Nobody Atall", "Khrenin", "--db", db.toString());
    assertThat(who.code()).isEqualTo(2);
    assertThat(who.err()).contains("'Nobody Atall'");
  }

  private static String visitIdOrAny() {
    return events().getFirst().get("id").asText();
  }

  @Test
  @Order(6)
  void aRerunWithANewerExtractorRecordsChangesAndKeepsCurations() {
    String visit = events().stream().filter(e -> e.get("notes").toString().contains("Sunday")).findFirst()
        .orElseThrow().get("id").asText();
    String milex = events("--rejected").stream().filter(e -> e.has("rejected")).findFirst().orElseThrow()
        .get("id").asText();
    String wireId;
    try (Store s = Store.openSqlite(db)) {
      // As if an older extractor had made the stored extractions, and had missed one event of the wire story.
      Article wire = s.articles().stream().filter(a -> a.fileName().equals("a-wire.txt")).findFirst().orElseThrow();
      wireId = wire.id();
      List<Event> events = s.events(EventQuery.all().withArticleId(wire.id()));
      s.replaceExtraction(wire.id(), s.people(PersonQuery.all().withArticleId(wire.id())),
          events.subList(0, events.size() - 1));
      for (Article a : s.articles()) {
        s.setExtractorVersion(a.id(), "older");
      }
    }
    Cli.Result again = Cli.run("ingest", "--db", db.toString(), "--threads", "2", in.toString());
    assertThat(again.code()).as("%s", again).isZero();
    assertThat(again.out()).contains("re-read 4 stored article(s)");
    Cli.Result changes = Cli.run("changes", "--db", db.toString());
    assertThat(changes.out()).contains("added").contains("a-wire.txt").contains("older →")
        .endsWith("1 change(s)" + System.lineSeparator());
    try (Store s = Store.openSqlite(db)) {
      assertThat(s.changes()).singleElement().satisfies(c -> assertThat(c.articleId()).isEqualTo(wireId));
    }
    assertCurated(visit, milex);
    // Reading the same files again with the same extractor changes nothing.
    Cli.Result third = Cli.run("ingest", "--db", db.toString(), "--threads", "2", in.toString());
    assertThat(third.out()).doesNotContain("re-read");
    assertThat(firstIngest.out()).contains("4 new");
  }
}
