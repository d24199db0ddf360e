package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache export} and {@code attache brief} end to end on the bundled examples (one ingest, so one model
 * load, for the class), with the golden brief of Belarus–Zimbabwe. Regenerate the golden file with
 * {@code -Dattache.regenerate=true}, then review the diff against examples/articles before committing it.
 */
class ExportAndBriefCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLES = Path.of("..", "examples", "articles");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "org", "attache", "cli", "brief-BLR-ZWE.md");

  @TempDir static Path tmp;
  private static Path db;
  private static List<JsonNode> pairEvents;

  @BeforeAll
  static void ingestExamplesOnce() throws IOException {
    db = tmp.resolve("attache.db");
    Cli.Result r = Cli.run("ingest", "--db", db.toString(), EXAMPLES.toString());
    assertThat(r.code()).as("%s", r).isZero();
    Cli.Result ev = run("events", "--pair", "BLR-ZWE", "--format", "jsonl");
    pairEvents = new ArrayList<>();
    for (String line : ev.lines()) {
      pairEvents.add(JSON.readTree(line));
    }
    assertThat(pairEvents).isNotEmpty();
  }

  private static Cli.Result run(String... args) {
    List<String> full = new ArrayList<>(List.of(args));
    full.add(1, "--db");
    full.add(2, db.toString());
    Cli.Result r = Cli.run(full.toArray(String[]::new));
    return r;
  }

  private static Cli.Result ok(String... args) {
    Cli.Result r = run(args);
    assertThat(r.code()).as("%s", r).isZero();
    return r;
  }

  @Test
  void briefOfBelarusAndZimbabweMatchesTheReviewedGoldenFile() throws IOException {
    String md = ok("brief", "BLR", "ZWE", "--as-of", "2025-12-31").out();
    if (Boolean.getBoolean("attache.regenerate")) {
      Files.writeString(GOLDEN, md, StandardCharsets.UTF_8);
    }
    assertThat(md).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    long timelineLines = md.lines().filter(l -> l.matches("- E\\d+ · .*")).count();
    assertThat(md.substring(md.indexOf("## Timeline"), md.indexOf("## Key people")).lines()
        .filter(l -> l.startsWith("- E")).count()).isEqualTo(pairEvents.size());
    assertThat(timelineLines).isGreaterThanOrEqualTo(pairEvents.size());
  }

  @Test
  void htmlBriefIsWrittenToAFileWithEveryEventAnchored() throws IOException {
    Path out = tmp.resolve("briefs").resolve("blr-zwe.html");
    Cli.Result r = ok("brief", "blr", "zwe", "--format", "html", "--as-of", "2025-12-31", "-o", out.toString());
    assertThat(r.err()).contains("wrote");
    String html = Files.readString(out);
    for (int i = 1; i <= pairEvents.size(); i++) {
      assertThat(html).contains("<li id=\"ev-" + i + "\">");
    }
    assertThat(html).contains("<svg", "</html>");
  }

  @Test
  void briefRejectsAnUnknownFormatAndABadDate() {
    assertThat(run("brief", "BLR", "ZWE", "--format", "docx").err()).contains("--format 'docx' is not one of md, html");
    assertThat(run("brief", "BLR", "ZWE", "--since", "2025-13").err()).contains("--since");
    assertThat(run("brief", "BLR", "ZWE", "--as-of", "tomorrow").code()).isEqualTo(2);
  }

  @Test
  void exportJsonlWritesTheCanonicalEventsOfTheFiltersWithEverySource() throws IOException {
    Cli.Result r = ok("export", "--pair", "BLR-ZWE", "--format", "jsonl");
    assertThat(r.lines()).hasSize(pairEvents.size());
    for (int i = 0; i < pairEvents.size(); i++) {
      JsonNode o = JSON.readTree(r.lines()[i]);
      JsonNode canonical = pairEvents.get(i);
      assertThat(o.get("id").asText()).isEqualTo(canonical.get("id").asText());
      assertThat(o.get("sources").size()).isEqualTo(canonical.get("sources").size());
      for (int j = 0; j < o.get("sources").size(); j++) {
        assertThat(o.get("sources").get(j).get("start").asInt()).isEqualTo(canonical.get("sources").get(j).get("start").asInt());
      }
      assertThat(o.get("actors").toString()).contains("BLR", "ZWE");
    }
    assertThat(java.util.Arrays.stream(r.lines()).map(l -> {
      try {
        return JSON.readTree(l).get("sources").size();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    })).as("the example articles report some events more than once").anyMatch(n -> n > 1);
    Cli.Result typed = ok("export", "--pair", "BLR-ZWE", "--type", "CONSULT", "--format", "jsonl");
    assertThat(typed.lines()).hasSize((int) pairEvents.stream().filter(e -> e.get("type").asText().equals("CONSULT")).count());
  }

  @Test
  void exportCsvPerSourceParsesBackWithCommonsCsv() throws IOException {
    Cli.Result r = ok("export", "--pair", "BLR-ZWE", "--format", "csv", "--per-source");
    try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(r.out()))) {
      List<CSVRecord> rows = p.getRecords();
      assertThat(rows).hasSize(pairEvents.stream().mapToInt(e -> e.get("sources").size()).sum());
      assertThat(p.getHeaderNames()).contains("event_id", "article_id", "evidence_start", "evidence_end", "evidence",
          "source_event_id");
    }
    Cli.Result people = ok("export", "--what", "people", "--format", "csv");
    assertThat(people.out()).startsWith("id,article_id,name,country,role").contains("Viktor Khrenin");
  }

  @Test
  void exportPloverGdeltAndGraphmlAreWellFormed() throws Exception {
    for (String line : ok("export", "--pair", "BLR-ZWE", "--format", "plover").lines()) {
      JsonNode o = JSON.readTree(line);
      assertThat(o.has("cite_info") && o.has("text_info") && o.has("event")).isTrue();
      assertThat(o.get("event").asText()).isNotEqualTo("REQUEST"); // invitations are AGREE in PLOVER
    }
    for (String line : ok("export", "--pair", "BLR-ZWE", "--format", "cameo").lines()) {
      assertThat(line.split("\t", -1)).hasSize(61);
    }
    String graphml = ok("export", "--format", "graphml").out();
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new java.io.ByteArrayInputStream(graphml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("node").getLength()).isPositive();
    assertThat(graphml).contains("a:BLR", "a:ZWE");
  }

  @Test
  void exportParquetNeedsAFileAndReadsBackInDuckDb() throws Exception {
    Cli.Result bad = run("export", "--format", "parquet");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("-o FILE");
    Path out = tmp.resolve("events.parquet");
    ok("export", "--pair", "BLR-ZWE", "--format", "parquet", "-o", out.toString());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT count(*) FROM read_parquet('" + out.toString().replace("'", "''") + "')")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(pairEvents.size());
    }
  }

  @Test
  void exportRejectsOptionsThatDoNotGoTogether() {
    assertThat(run("export", "--what", "people", "--format", "plover").err()).contains("--what people");
    assertThat(run("export", "--what", "votes").err()).contains("--what 'votes'");
    assertThat(run("export", "--format", "xlsx").err()).contains("format 'xlsx'");
  }
}
