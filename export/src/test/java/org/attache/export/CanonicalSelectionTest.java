package org.attache.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.Correction;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Sector;
import org.attache.model.Status;
import org.attache.store.EventQuery;
import org.attache.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports and briefs write canonical events: a visit reported by two articles is one row with two sources. */
class CanonicalSelectionTest {
  static final String FIRST = "Belarusian Defence Minister Viktor Khrenin arrived in Harare on Monday for talks.";
  static final String SECOND = "Viktor Khrenin, who heads Belarus's defence ministry, landed in Harare on 15 December.";

  @TempDir Path dir;

  private Path store() {
    Path db = dir.resolve("attache.db");
    Article a = Fixture.article("/news/first.txt", FIRST, PartialDate.parse("2025-12-16"), "https://first.example/a", "First");
    Article b = Fixture.article("/news/second.txt", SECOND, PartialDate.parse("2025-12-17"), null, "Second");
    try (Store s = Store.openSqlite(db)) {
      s.putArticle(a, List.of(Fixture.person("p1", a, "Viktor Khrenin", "BLR", "Minister of Defence")),
          List.of(Fixture.event("e1", a, "arrived in Harare on Monday", EventType.CONSULT, "visit", true, "2025-12-15",
              "Harare", List.of(Sector.MILITARY), Status.OCCURRED, List.of("Viktor Khrenin"), "BLR", "ZWE")));
      s.putArticle(b, List.of(Fixture.person("p1", b, "Viktor Khrenin", "BLR", "Minister of Defence")),
          List.of(Fixture.event("e1", b, "landed in Harare on 15 December", EventType.CONSULT, "visit", true, "2025-12-15",
              "Harare", List.of(Sector.MILITARY), Status.OCCURRED, List.of("Viktor Khrenin"), "BLR", "ZWE")));
    }
    return db;
  }

  @Test
  void aVisitReportedByTwoArticlesIsOneRowWithBothSourcesAndTheirEvidence() throws Exception {
    Path db = store();
    Selection sel;
    try (Store s = Store.openSqlite(db)) {
      sel = Selection.load(s, EventQuery.all());
    }
    assertThat(sel.events()).hasSize(1);
    EventRow row = sel.events().get(0);
    assertThat(row.id()).matches("E[0-9a-f]{12}");
    assertThat(row.sources()).extracting(Source::evidenceText)
        .containsExactly("arrived in Harare on Monday", "landed in Harare on 15 December");
    assertThat(row.sources()).extracting(Source::eventId).allMatch(id -> id.endsWith("-e1"));

    String jsonl = TabularExportTest.writeWith(Exporter.create(), sel, Exporter.Format.JSONL);
    JsonNode o = new ObjectMapper().readTree(jsonl.strip());
    assertThat(o.get("id").asText()).isEqualTo(row.id());
    assertThat(o.get("source_count").asInt()).isEqualTo(2);
    assertThat(o.get("sources")).hasSize(2);
    assertThat(o.get("sources").get(1).get("evidence").asText()).isEqualTo("landed in Harare on 15 December");

    java.io.StringWriter w = new java.io.StringWriter();
    Exporter.create().write(sel, new Exporter.Options(Exporter.Format.JSONL, Exporter.Table.EVENTS, true, false,
        LocalDate.of(2026, 1, 1)), w);
    String perSource = w.toString();
    List<String> lines = perSource.lines().toList();
    assertThat(lines).hasSize(2);
    for (int i = 0; i < 2; i++) {
      JsonNode r = new ObjectMapper().readTree(lines.get(i));
      assertThat(r.get("event_id").asText()).isEqualTo(row.id());
      assertThat(r.get("source_index").asInt()).isEqualTo(i);
      assertThat(r.get("source_event_id").asText()).isEqualTo(row.sources().get(i).eventId());
    }
  }

  @Test
  void theBriefCountsTheVisitOnceAndCitesBothArticles() {
    Path db = store();
    String md;
    try (Store s = Store.openSqlite(db)) {
      md = Brief.build(s, new Brief.Request("BLR", "ZWE", null, null, LocalDate.of(2025, 12, 31))).markdown();
    }
    assertThat(md).contains("The store holds 1 event between Belarus (BLR) and Zimbabwe (ZWE), reported in 2 articles");
    assertThat(md).contains("“arrived in Harare on Monday” [1] [2]");
  }

  @Test
  void aRejectedEventIsLeftOut() {
    Path db = store();
    try (Store s = Store.openSqlite(db)) {
      String id = Selection.load(s, EventQuery.all()).events().get(0).id();
      s.addCorrection(Correction.Kind.EVENT_REJECT, id, java.util.Map.of(), "not a visit");
      assertThat(Selection.load(s, EventQuery.all()).events()).isEmpty();
    }
  }

}
