package org.attache.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attache.model.Event;
import org.attache.store.EventQuery;
import org.attache.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path tmp;
  static Fixture f;
  static Selection all;
  static Exporter exporter;

  @BeforeAll
  static void fillStore() {
    Path db = tmp.resolve("attache.db");
    f = Fixture.store(db);
    try (Store s = Store.openSqlite(db)) {
      all = Selection.load(s, EventQuery.all());
    }
    exporter = Exporter.create();
  }

  static String write(Selection sel, Exporter.Format format, Exporter.Table table, boolean perSource) {
    StringWriter w = new StringWriter();
    exporter.write(sel, new Exporter.Options(format, table, perSource, false, java.time.LocalDate.of(2026, 1, 1)), w);
    return w.toString();
  }

  static String writeWith(Exporter ex, Selection sel, Exporter.Format format) {
    StringWriter w = new StringWriter();
    ex.write(sel, new Exporter.Options(format, Exporter.Table.EVENTS, false, false, java.time.LocalDate.of(2026, 1, 1)), w);
    return w.toString();
  }

  static List<CSVRecord> csv(String text) throws IOException {
    try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
      return new ArrayList<>(p.getRecords());
    }
  }

  @Test
  void eventsCsvParsesBackWithEveryColumnAndAwkwardTextIntact() throws IOException {
    String text = write(all, Exporter.Format.CSV, Exporter.Table.EVENTS, false);
    List<CSVRecord> rows = csv(text);
    assertThat(rows).hasSize(f.events.size());
    assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(Tabular.EVENT_COLUMNS);
    for (CSVRecord r : rows) {
      Event e = f.eventOf(all.events().stream().filter(x -> x.id().equals(r.get("id"))).findFirst().orElseThrow());
      assertThat(r.get("type")).isEqualTo(e.type().name());
      assertThat(r.get("actors")).isEqualTo(String.join(";", e.actors()));
      assertThat(r.get("evidence")).isEqualTo(e.evidenceText());
      assertThat(r.get("date")).isEqualTo(e.date() == null ? "" : e.date().toString());
      assertThat(r.get("source_count")).isEqualTo("1");
      assertThat(r.get("article_ids")).isEqualTo(e.articleId());
    }
    CSVRecord sanction = rows.stream().filter(r -> r.get("type").equals("SANCTION")).findFirst().orElseThrow();
    assertThat(sanction.get("evidence")).contains("\"targeting\"", ";", "\t");
    assertThat(sanction.get("sectors")).isEqualTo("economy;trade");
  }

  @Test
  void perSourceCsvHasOneRowPerReportWithOffsetsIntoTheArticleText() throws IOException {
    List<CSVRecord> rows = csv(write(all, Exporter.Format.CSV, Exporter.Table.EVENTS, true));
    assertThat(rows).hasSize(all.events().stream().mapToInt(e -> e.sources().size()).sum());
    assertThat(rows.get(0).getParser().getHeaderNames()).containsExactlyElementsOf(Tabular.SOURCE_COLUMNS);
    for (CSVRecord r : rows) {
      String text = f.articleOf(r.get("article_id")).text();
      int start = Integer.parseInt(r.get("evidence_start"));
      int end = Integer.parseInt(r.get("evidence_end"));
      assertThat(text.substring(start, end)).isEqualTo(r.get("evidence"));
    }
    assertThat(rows).anySatisfy(r -> {
      assertThat(r.get("url")).isEqualTo("https://www.example-wire.org/2025/12/harare");
      assertThat(r.get("title")).isEqualTo("Belarus and Zimbabwe sign defence pact");
      assertThat(r.get("pub_date")).isEqualTo("2025-12-17");
    });
  }

  @Test
  void eventsJsonlCarryTheirSourcesAsAnArray() throws IOException {
    String[] lines = write(all, Exporter.Format.JSONL, Exporter.Table.EVENTS, false).split("\n");
    assertThat(lines).hasSize(f.events.size());
    for (String line : lines) {
      JsonNode o = JSON.readTree(line);
      assertThat(o.get("actors").isArray()).isTrue();
      JsonNode src = o.get("sources");
      assertThat(src.size()).isEqualTo(1);
      String text = f.articleOf(src.get(0).get("article_id").asText()).text();
      assertThat(text.substring(src.get(0).get("start").asInt(), src.get(0).get("end").asInt()))
          .isEqualTo(src.get(0).get("evidence").asText()).isEqualTo(o.get("evidence").asText());
    }
  }

  @Test
  void filteredSelectionKeepsOnlyThePeopleAndArticlesOfItsEvents() throws IOException {
    Selection pak;
    try (Store s = Store.openSqlite(tmp.resolve("attache.db"))) {
      pak = Selection.load(s, EventQuery.all().withPair("PAK", "BLR"));
    }
    assertThat(pak.events()).extracting(EventRow::id).containsExactly(Fixture.row(all, "i1").id());
    List<CSVRecord> people = csv(write(pak, Exporter.Format.CSV, Exporter.Table.PEOPLE, false));
    assertThat(people).extracting(r -> r.get("name")).containsExactly("Alexander Lukashenko");
    assertThat(people.get(0).get("role")).isEqualTo("President");
    List<CSVRecord> articles = csv(write(pak, Exporter.Format.CSV, Exporter.Table.ARTICLES, false));
    assertThat(articles).extracting(r -> r.get("id")).containsExactly(f.islamabad.id());
    assertThat(articles.get(0).get("text")).isEqualTo(Fixture.ISLAMABAD);
    assertThat(csv(write(all, Exporter.Format.CSV, Exporter.Table.ARTICLES, false))).hasSize(3);
  }

  @Test
  void peopleJsonlListsAliasesAndMentionCounts() throws IOException {
    List<JsonNode> people = new ArrayList<>();
    for (String line : write(all, Exporter.Format.JSONL, Exporter.Table.PEOPLE, false).split("\n")) {
      people.add(JSON.readTree(line));
    }
    JsonNode khrenin = people.stream().filter(p -> p.get("name").asText().equals("Viktor Khrenin")).findFirst().orElseThrow();
    assertThat(khrenin.get("aliases").get(0).asText()).isEqualTo("Khrenin");
    assertThat(khrenin.get("mention_count").asInt()).isEqualTo(1);
    assertThat(khrenin.get("country").asText()).isEqualTo("BLR");
  }

  @Test
  void optionsThatDoNotGoTogetherFailNamingThem() {
    assertThatThrownBy(() -> new Exporter.Options(Exporter.Format.PLOVER, Exporter.Table.PEOPLE, false, false,
        java.time.LocalDate.now())).hasMessageContaining("--what people").hasMessageContaining("plover");
    assertThatThrownBy(() -> new Exporter.Options(Exporter.Format.GRAPHML, Exporter.Table.EVENTS, true, false,
        java.time.LocalDate.now())).hasMessageContaining("--per-source");
    assertThatThrownBy(() -> Exporter.Format.parse("xlsx")).hasMessageContaining("'xlsx'");
    assertThat(Exporter.Format.parse("cameo")).isEqualTo(Exporter.Format.GDELT);
    assertThatThrownBy(() -> exporter.write(all, Exporter.Options.of(Exporter.Format.PARQUET), new StringWriter()))
        .hasMessageContaining("-o FILE");
  }
}
