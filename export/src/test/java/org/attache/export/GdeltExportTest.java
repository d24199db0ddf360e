package org.attache.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.attache.store.EventQuery;
import org.attache.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltExportTest {
  @TempDir static Path tmp;
  static Fixture f;
  static Selection sel;
  static Exporter exporter;

  @BeforeAll
  static void fillStore() {
    Path db = tmp.resolve("attache.db");
    f = Fixture.store(db);
    try (Store s = Store.openSqlite(db)) {
      sel = Selection.load(s, EventQuery.all());
    }
    exporter = Exporter.create();
  }

  private static List<CSVRecord> rows(boolean header) throws IOException {
    StringWriter w = new StringWriter();
    exporter.write(sel, new Exporter.Options(Exporter.Format.GDELT, Exporter.Table.EVENTS, false, header, LocalDate.now()), w);
    CSVFormat fmt = header ? CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get() : CSVFormat.TDF;
    try (CSVParser p = fmt.parse(new StringReader(w.toString()))) {
      return p.getRecords();
    }
  }

  private static CSVRecord row(List<CSVRecord> rows, String suffix) {
    long id = Gdelt.numericId(Fixture.row(sel, suffix).id());
    return rows.stream().filter(r -> r.get("GLOBALEVENTID").equals(Long.toString(id))).findFirst().orElseThrow();
  }

  @Test
  void withoutHeaderEveryRowHasTheSixtyOneGdeltColumns() throws IOException {
    List<CSVRecord> rows = rows(false);
    assertThat(rows).hasSize(f.events.size());
    assertThat(Gdelt.COLUMNS).hasSize(61).startsWith("GLOBALEVENTID", "SQLDATE").endsWith("DATEADDED", "SOURCEURL");
    rows.forEach(r -> assertThat(r.size()).isEqualTo(61));
    rows.forEach(r -> assertThat(Long.parseLong(r.get(0))).isPositive());
  }

  @Test
  void aVisitIsCameo042WithItsGoldsteinDatePlaceAndUrl() throws IOException {
    CSVRecord r = row(rows(true), "h1");
    assertThat(r.get("SQLDATE")).isEqualTo("20251215");
    assertThat(r.get("MonthYear")).isEqualTo("202512");
    assertThat(r.get("Actor1Code")).isEqualTo("BLR");
    assertThat(r.get("Actor1Name")).isEqualTo("BELARUS");
    assertThat(r.get("Actor2CountryCode")).isEqualTo("ZWE");
    assertThat(r.get("EventCode")).isEqualTo("042");
    assertThat(r.get("EventRootCode")).isEqualTo("04");
    assertThat(r.get("QuadClass")).isEqualTo("1");
    assertThat(r.get("GoldsteinScale")).isEqualTo("1.9");
    assertThat(r.get("NumArticles")).isEqualTo("1");
    assertThat(r.get("ActionGeo_Type")).isEqualTo("4");
    assertThat(r.get("ActionGeo_FullName")).isEqualTo("Harare, Zimbabwe");
    assertThat(Double.parseDouble(r.get("ActionGeo_Lat"))).isBetween(-18.0, -17.7);
    assertThat(r.get("DATEADDED")).isEqualTo("20251217000000");
    assertThat(r.get("SOURCEURL")).isEqualTo("https://www.example-wire.org/2025/12/harare");
  }

  @Test
  void signingAndSanctionsGetTheirCameoCodesAndUndatedEventsAnEmptyDate() throws IOException {
    List<CSVRecord> rows = rows(true);
    assertThat(row(rows, "h2").get("EventCode")).isEqualTo("057");
    assertThat(row(rows, "h2").get("GoldsteinScale")).isEqualTo("8.0");
    CSVRecord s = row(rows, "s1");
    assertThat(s.get("EventCode")).isEqualTo("163");
    assertThat(s.get("QuadClass")).isEqualTo("4");
    assertThat(s.get("SQLDATE")).isEmpty();
    assertThat(s.get("Actor1Code")).isEqualTo("EU");
    assertThat(s.get("Actor1CountryCode")).isEmpty();
    assertThat(s.get("SOURCEURL")).isEqualTo("/news/sanctions.txt");
    assertThat(row(rows, "h3").get("SQLDATE")).isEqualTo("20251201"); // month precision: first day
  }
}
