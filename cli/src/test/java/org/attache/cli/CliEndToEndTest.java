package org.attache.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attache.model.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line end to end: one {@code ingest} of the bundled examples together with a folder of bad
 * inputs (the models load once for the class, once more for the re-ingest), then many cheap queries on
 * that store.
 */
class CliEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLES = Path.of("..", "examples", "articles");
  private static final Pattern SUMMARY = Pattern.compile(
      "read (\\d+) article\\(s\\): (\\d+) new, (\\d+) already stored, (\\d+) skipped, (\\d+) failed analysis");

  /** The example the extractor finds nothing in yet (see the report on it); every other one has events. */

  /** Bad input file name → the issue kind it must be recorded with. */
  private static final Map<String, String> BAD = Map.of(
      "a-empty.txt", "EMPTY",
      "b-blank.txt", "EMPTY",
      "c-nul.txt", "BINARY",
      "d-image.png", "BINARY",
      "e-too-large.txt", "TOO_LARGE",
      "f-invalid-utf8.txt", "INVALID_UTF8",
      "g-bad-date.txt", "BAD_DATE");

  /** The bad inputs that are still stored as articles (their issue is recorded as kept). */
  private static final Set<String> KEPT = Set.of("f-invalid-utf8.txt", "g-bad-date.txt");

  @TempDir static Path tmp;
  private static Path db;
  private static Path bad;
  private static Cli.Result firstIngest;
  private static Cli.Result secondIngest;
  private static List<JsonNode> all;

  @BeforeAll
  static void ingestExamplesAndBadInputsOnce() throws IOException {
    assertThat(EXAMPLES).as("examples folder seen from the cli module").isDirectory();
    bad = Files.createDirectory(tmp.resolve("bad"));
    writeBadInputs(bad);
    db = tmp.resolve("store").resolve("attache.db");
    String[] ingest = {"ingest", "--db", db.toString(), "--max-bytes", "20000", bad.toString(), EXAMPLES.toString()};
    firstIngest = Cli.run(ingest);
    assertThat(firstIngest.code()).as("%s", firstIngest).isZero();
    secondIngest = Cli.run(ingest);
    assertThat(secondIngest.code()).as("%s", secondIngest).isZero();
    all = jsonl();
  }

  private static void writeBadInputs(Path dir) throws IOException {
    Files.write(dir.resolve("a-empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("b-blank.txt"), "  \n\t\r\n   \n");
    Files.write(dir.resolve("c-nul.txt"), "Belarus and Zimbabwe\0\0 signed a treaty.\n".getBytes(UTF_8));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Files.write(dir.resolve("d-image.png"), png);
    StringBuilder big = new StringBuilder();
    for (int i = 0; big.length() < 30_000; i++) {
      big.append("Sentence ").append(i).append(" of a long report on grain prices in a quiet market town.\n");
    }
    Files.writeString(dir.resolve("e-too-large.txt"), big);
    ByteArrayOutputStream invalid = new ByteArrayOutputStream();
    invalid.writeBytes((" date 2024-03-12 MINSK, 12 March. Belarus and Vietnam signed an agreement on education "
        + "cooperation in Hanoi on Monday, the Belarusian foreign ministry").getBytes(UTF_8));
    invalid.write(0xFF);
    invalid.writeBytes(" said.\n".getBytes(UTF_8));
    Files.write(dir.resolve("f-invalid-utf8.txt"), invalid.toByteArray());
    Files.writeString(dir.resolve("g-bad-date.txt"),
        " date 2025-13-45 Belarus and Zimbabwe signed an agreement on trade in Harare on Monday.\n");
  }

  private static Cli.Result query(String... args) {
    List<String> full = new ArrayList<>(List.of(args));
    full.add(1, "--db");
    full.add(2, db.toString());
    return Cli.run(full.toArray(String[]::new));
  }

  private static List<JsonNode> jsonl(String... filters) {
    List<String> args = new ArrayList<>(List.of("events", "--format", "jsonl"));
    args.addAll(List.of(filters));
    Cli.Result r = query(args.toArray(String[]::new));
    assertThat(r.code()).as("%s", r).isZero();
    List<JsonNode> events = new ArrayList<>();
    for (String line : r.lines()) {
      try {
        events.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new AssertionError("events --format jsonl printed a line that is no JSON: " + line, e);
      }
    }
    return events;
  }

  private static List<String> ids(List<JsonNode> events) {
    return events.stream().map(e -> e.get("id").asText()).toList();
  }

  /** The ids of all events that meet {@code p}, in store order. */
  private static List<String> idsWhere(Predicate<JsonNode> p) {
    return ids(all.stream().filter(p).toList());
  }

  private static Set<String> actors(JsonNode e) {
    Set<String> s = new HashSet<>();
    e.get("actors").forEach(a -> s.add(a.asText()));
    return s;
  }

  private static String fileName(JsonNode e) {
    return Path.of(e.get("sources").get(0).get("file").asText()).getFileName().toString();
  }

  private static int[] summary(Cli.Result ingest) {
    Matcher m = SUMMARY.matcher(ingest.out());
    assertThat(m.find()).as("summary line in %s", ingest).isTrue();
    int[] n = new int[5];
    for (int i = 0; i < 5; i++) {
      n[i] = Integer.parseInt(m.group(i + 1));
    }
    return n;
  }

  // --- ingest and issues ---

  @Test
  void ingestStoresEveryReadableArticleAndSkipsTheUnreadableOnes() {
    // 12 examples + the invalid-UTF-8 and bad-date articles; 5 inputs skipped; nothing failed analysis.
    assertThat(summary(firstIngest)).containsExactly(14, 14, 0, 5, 0);
    assertThat(firstIngest.out()).contains("store now holds 14 article(s)").contains("7 recorded issue(s)");
  }

  @Test
  void reingestingTheSameInputsStoresNothingNew() {
    assertThat(summary(secondIngest)).containsExactly(14, 0, 14, 5, 0);
    assertThat(secondIngest.out()).contains("store now holds 14 article(s)").contains("7 recorded issue(s)");
  }

  @Test
  void issuesListsEachBadFileWithItsKindAndNothingElse() {
    Cli.Result r = query("issues");
    assertThat(r.code()).as("%s", r).isZero();
    List<String> lines = List.of(r.lines());
    assertThat(lines).last().isEqualTo(BAD.size() + " issue(s)");
    List<String> issueLines = lines.subList(0, lines.size() - 1);
    assertThat(issueLines).hasSize(BAD.size());
    for (Map.Entry<String, String> b : BAD.entrySet()) {
      String file = bad.resolve(b.getKey()).toString();
      assertThat(issueLines).as("issue for %s", b.getKey())
          .filteredOn(l -> l.contains(file + ": "))
          .singleElement()
          .satisfies(l -> assertThat(l.split("\\s+")[0]).isEqualTo(b.getValue()))
          .satisfies(l -> assertThat(l.split("\\s+")[1]).isEqualTo(KEPT.contains(b.getKey()) ? "kept" : "skipped"));
    }
  }

  @Test
  void issueMessagesSayWhatWasFound() {
    String issues = query("issues").out();
    assertThat(issues)
        .contains("e-too-large.txt: " + sizeOf("e-too-large.txt") + " bytes, over the cap of 20000 bytes")
        .contains("d-image.png: binary content: PNG signature")
        .contains("c-nul.txt: binary content: NUL byte at byte 20")
        .containsPattern("f-invalid-utf8\\.txt: 1 malformed UTF-8 sequence replaced with U\\+FFFD, the first at byte \\d+")
        .contains("g-bad-date.txt: date line 'date 2025-13-45' is no real date");
  }

  private static long sizeOf(String badFile) {
    try {
      return Files.size(bad.resolve(badFile));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void eventsOfTheExamplesAfterTheBadInputsAreStored() throws IOException {
    Set<String> withEvents = new HashSet<>();
    all.forEach(e -> e.get("sources").forEach(src -> withEvents.add(Path.of(src.get("file").asText()).getFileName().toString())));
    List<String> examples;
    try (Stream<Path> s = Files.list(EXAMPLES)) {
      examples = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
    }
    assertThat(examples).hasSize(12);
    assertThat(withEvents).containsAll(examples.stream().toList());
    // The kept bad inputs went through analysis like any other article.
    assertThat(withEvents).contains("g-bad-date.txt", "f-invalid-utf8.txt");
  }

  // --- formats ---

  @Test
  void jsonlLinesHaveExactlyTheDocumentedKeys() {
    assertThat(all).isNotEmpty();
    for (JsonNode e : all) {
      Set<String> keys = new LinkedHashSet<>();
      e.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).as("keys of %s", e).containsExactlyInAnyOrder("type", "mode", "actors", "directed", "date",
          "location", "sectors", "status", "people", "evidence", "id", "confidence", "why", "sources", "notes");
      assertThat(e.get("sources")).as("sources of %s", e).isNotEmpty();
      assertThat(e.get("why").has("type") && e.get("why").has("actors") && e.get("why").has("date"))
          .as("why of %s names the rule behind type, actors and date", e).isTrue();
      for (JsonNode src : e.get("sources")) {
        Set<String> srcKeys = new LinkedHashSet<>();
        src.fieldNames().forEachRemaining(srcKeys::add);
        assertThat(srcKeys).containsExactlyInAnyOrder("file", "url", "start", "end", "copy_of");
      }
      assertThat(e.get("actors").isArray() && e.get("sectors").isArray() && e.get("people").isArray()).isTrue();
      assertThat(e.get("status").asText()).isIn("occurred", "planned", "possible");
      assertThat(e.get("confidence").asDouble()).isBetween(0.0, 1.0);
    }
    assertThat(ids(all)).doesNotHaveDuplicates();
  }

  @Test
  void jsonlEvidenceIsTheSourceFileTextBetweenStartAndEnd() throws IOException {
    Map<String, String> texts = new HashMap<>();
    for (JsonNode e : all) {
      JsonNode src = e.get("sources").get(0);
      String file = src.get("file").asText();
      String text = texts.get(file);
      if (text == null) {
        text = new String(Files.readAllBytes(Path.of(file)), UTF_8);
        if (text.startsWith("\uFEFF")) {
          text = text.substring(1);
        }
        texts.put(file, text);
      }
      int start = src.get("start").asInt();
      int end = src.get("end").asInt();
      assertThat(start).as("start of %s", e).isBetween(0, end);
      assertThat(end).as("end of %s", e).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(start, end)).as("evidence of %s", e).isEqualTo(e.get("evidence").asText());
    }
    // The invalid byte became U+FFFD in the stored text, and offsets still agree with the decoded file.
    assertThat(all).filteredOn(e -> fileName(e).equals("f-invalid-utf8.txt"))
        .anySatisfy(e -> assertThat(e.get("evidence").asText()).contains("\uFFFD"));
  }

  @Test
  void csvHasTheSameEventsAsJsonl() throws IOException {
    Cli.Result r = query("events", "--format", "csv");
    assertThat(r.code()).as("%s", r).isZero();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser p = CSVParser.parse(new StringReader(r.out()), format)) {
      assertThat(p.getHeaderNames()).containsExactly("id", "type", "mode", "actors", "directed", "date", "location",
          "sectors", "status", "people", "evidence", "confidence", "file", "url", "start", "end", "sources");
      List<CSVRecord> rows = p.getRecords();
      assertThat(rows).hasSize(all.size());
      for (int i = 0; i < rows.size(); i++) {
        CSVRecord row = rows.get(i);
        JsonNode e = all.get(i);
        assertThat(row.get("id")).isEqualTo(e.get("id").asText());
        assertThat(row.get("type")).isEqualTo(e.get("type").asText());
        assertThat(row.get("actors")).isEqualTo(String.join(";", toArray(e.get("actors"))));
        assertThat(row.get("date")).isEqualTo(e.get("date").isNull() ? "" : e.get("date").asText());
        assertThat(row.get("evidence")).isEqualTo(e.get("evidence").asText());
        assertThat(row.get("start")).isEqualTo(e.get("sources").get(0).get("start").asText());
        assertThat(row.get("end")).isEqualTo(e.get("sources").get(0).get("end").asText());
      }
    }
  }

  private static String[] toArray(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out.toArray(String[]::new);
  }

  @Test
  void tableCountsTheSameEventsAsJsonl() {
    Cli.Result r = query("events");
    assertThat(r.code()).as("%s", r).isZero();
    assertThat(r.lines()[0]).startsWith("id").contains("date").contains("type").contains("sources").contains("evidence");
    assertThat(List.of(r.lines())).last().isEqualTo(all.size() + " event(s)");
    assertThat(r.lines()).hasSize(all.size() + 2);
  }

  // --- filters ---

  @Test
  void pairFilterKeepsEventsWithBothSidesInEitherOrder() {
    List<String> expected = idsWhere(e -> actors(e).containsAll(Set.of("BLR", "ZWE")));
    assertThat(expected).hasSizeGreaterThan(5);
    assertThat(ids(jsonl("--pair", "BLR-ZWE"))).isEqualTo(expected);
    assertThat(ids(jsonl("--pair", "ZWE-BLR"))).isEqualTo(expected);
    assertThat(ids(jsonl("--pair", "zwe-blr"))).isEqualTo(expected);
  }

  @Test
  void countryFilterKeepsEventsWithThatSide() {
    List<String> expected = idsWhere(e -> actors(e).contains("PAK"));
    assertThat(expected).isNotEmpty();
    assertThat(ids(jsonl("--country", "PAK"))).isEqualTo(expected);
  }

  @Test
  void typeFilterKeepsThatTypeOnly() {
    List<String> expected = idsWhere(e -> e.get("type").asText().equals("AGREE"));
    assertThat(expected).isNotEmpty().hasSizeLessThan(all.size());
    assertThat(ids(jsonl("--type", "AGREE"))).isEqualTo(expected);
  }

  @Test
  void statusFilterKeepsThatStatusOnly() {
    List<String> expected = idsWhere(e -> e.get("status").asText().equals("planned"));
    assertThat(expected).isNotEmpty().hasSizeLessThan(all.size());
    assertThat(ids(jsonl("--status", "planned"))).isEqualTo(expected);
  }

  @Test
  void sinceAndUntilKeepDatedEventsStartingInThatRange() {
    LocalDate from = LocalDate.of(2024, 1, 1);
    LocalDate to = LocalDate.of(2024, 12, 31);
    List<String> expected = idsWhere(e -> {
      if (e.get("date").isNull()) {
        return false;
      }
      LocalDate d = PartialDate.parse(e.get("date").asText()).firstDay();
      return !d.isBefore(from) && !d.isAfter(to);
    });
    assertThat(expected).isNotEmpty().hasSizeLessThan(all.size());
    assertThat(ids(jsonl("--since", "2024", "--until", "2024-12"))).isEqualTo(expected);
  }

  @Test
  void filtersCombine() {
    List<String> expected = idsWhere(e -> actors(e).containsAll(Set.of("BLR", "ZWE")) && e.get("type").asText().equals("AGREE"));
    assertThat(expected).isNotEmpty();
    assertThat(ids(jsonl("--pair", "BLR-ZWE", "--type", "agree"))).isEqualTo(expected);
    assertThat(ids(jsonl("--pair", "BLR-ZWE", "--type", "agree", "--limit", "2"))).isEqualTo(expected.subList(0, 2));
  }

  @ParameterizedTest(name = "events {0} {1} exits 2")
  @CsvSource({
      "--type, FOO, FOO",
      "--pair, BLR, BLR",
      "--pair, BLR-ZWE-CHN, BLR-ZWE-CHN",
      "--limit, -1, -1",
      "--format, xml, xml",
      "--since, 2025-13, 13",
      "--until, May 2024, May 2024",
  })
  void badFilterValuesExitWith2NamingTheOption(String option, String value, String shown) {
    Cli.Result r = query("events", option, value);
    assertThat(r.code()).as("%s", r).isEqualTo(2);
    assertThat(r.out()).as("%s", r).isEmpty();
    assertThat(r.err()).as("%s", r).contains(option).contains(shown);
  }

  @ParameterizedTest(name = "events {0} {1} names option and value")
  @CsvSource({"--since, 2025-13", "--until, 2024-02-30", "--status, maybe"})
  void badFilterValuesAreNamedAsGiven(String option, String value) {
    Cli.Result r = query("events", option, value);
    assertThat(r.code()).as("%s", r).isEqualTo(2);
    assertThat(r.err()).as("%s", r).contains(option).contains(value);
  }

  @Test
  void aStoreThatIsNotThereIsAClearError() {
    Path missing = tmp.resolve("nowhere.db");
    Cli.Result r = Cli.run("events", "--db", missing.toString());
    assertThat(r.code()).as("%s", r).isEqualTo(2);
    assertThat(r.err()).contains("--db " + missing).contains("no store there");
    assertThat(missing).doesNotExist();
  }

  // --- timeline and people ---

  @Test
  void timelinePrintsThePairsEventsInDateOrder() {
    Cli.Result r = query("timeline", "BLR", "ZWE");
    assertThat(r.code()).as("%s", r).isZero();
    String[] lines = r.lines();
    int n = ids(jsonl("--pair", "BLR-ZWE")).size();
    assertThat(lines[0]).isEqualTo("Timeline BLR–ZWE: " + n + " event(s)");
    assertThat(lines).hasSize(1 + 2 * n);
    List<PartialDate> dates = new ArrayList<>();
    boolean undatedSeen = false;
    for (int i = 1; i < lines.length; i += 2) {
      String head = lines[i];
      assertThat(head).contains("BLR").contains("ZWE");
      assertThat(lines[i + 1]).startsWith("            “");
      String first = head.split("\\s+")[0];
      if (first.equals("undated")) {
        undatedSeen = true;
      } else {
        assertThat(undatedSeen).as("dated line after an undated one: %s", head).isFalse();
        dates.add(PartialDate.parse(first));
      }
    }
    assertThat(dates).hasSizeGreaterThan(3).isSorted();
  }

  @Test
  void peopleByCountryListsKhreninAsDefenceMinister() {
    Cli.Result r = query("people", "--country", "BLR");
    assertThat(r.code()).as("%s", r).isZero();
    List<String> rows = List.of(r.lines()).subList(1, r.lines().length - 1);
    assertThat(rows).isNotEmpty();
    assertThat(rows).allSatisfy(l -> assertThat(l.split("\\s{2,}")[1]).isEqualTo("BLR"));
    assertThat(rows).filteredOn(l -> l.startsWith("Viktor Khrenin "))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(l).contains("Defence"));
    assertThat(List.of(r.lines())).last().isEqualTo(rows.size() + " people");
  }
}
