package org.attache.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.model.EventType;
import org.attache.store.EventQuery;
import org.attache.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverExportTest {
  static Selection sel;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** PLOVER modes by type (manual draft 2.0); AGREE, SUPPORT, CONCEDE, COOPERATE and AID have none. */
  private static final Map<String, Set<String>> MODES = Map.ofEntries(
      Map.entry("CONSULT", Set.of("visit", "third-party", "multilateral", "phone")),
      Map.entry("RETREAT", Set.of("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
      Map.entry("REQUEST", Set.of("assist", "change", "yield", "meet")),
      Map.entry("REJECT", Set.of("assist", "change", "yield", "meet")),
      Map.entry("ACCUSE", Set.of("disapprove", "investigate", "allege")),
      Map.entry("THREATEN", Set.of("restrict", "arrest", "relations", "expel", "territory", "violence")),
      Map.entry("SANCTION", Set.of("convict", "expel", "withdraw", "discontinue")));

  @TempDir static Path tmp;
  static Fixture f;
  static List<JsonNode> records = new ArrayList<>();

  @BeforeAll
  static void export() throws IOException {
    Path db = tmp.resolve("attache.db");
    f = Fixture.store(db);
    try (Store s = Store.openSqlite(db)) {
      sel = Selection.load(s, EventQuery.all());
    }
    String out = TabularExportTest.writeWith(Exporter.create(), sel, Exporter.Format.PLOVER);
    for (String line : out.split("\n")) {
      records.add(JSON.readTree(line));
    }
  }

  private static JsonNode record(String suffix) {
    String id = Fixture.row(sel, suffix).id();
    return records.stream().filter(r -> r.get("id").asText().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void everyRecordHasExactlyThePloverFieldsWithValidValues() {
    assertThat(records).hasSize(f.events.size());
    for (JsonNode r : records) {
      List<String> names = new ArrayList<>();
      r.fieldNames().forEachRemaining(names::add);
      assertThat(names).as("fields of %s", r.get("id")).containsExactlyElementsOf(Plover.FIELDS);
      assertThat(Arrays.stream(EventType.values()).map(Enum::name)).contains(r.get("event").asText());
      String mode = r.get("mode").asText();
      if (!mode.isEmpty()) {
        assertThat(MODES.getOrDefault(r.get("event").asText(), Set.of())).as("mode of %s", r.get("id")).contains(mode);
      }
      r.get("context").forEach(c -> assertThat(Plover.CONTEXTS).contains(c.asText()));
      assertThat(r.get("quad_code").asInt()).isBetween(1, 4);
      assertThat(r.get("event_scale").asDouble()).isBetween(-10.0, 10.0);
      assertThat(r.get("actor").size()).isPositive();
      for (Iterator<JsonNode> it = r.get("actor").elements(); it.hasNext(); ) {
        assertThat(it.next().get("code").asText()).isNotBlank();
      }
      JsonNode ti = r.get("text_info");
      String text = f.articleOf(ti.get("article_id").asText()).text();
      assertThat(text.substring(ti.get("start").asInt(), ti.get("end").asInt())).isEqualTo(r.get("event_text").asText());
      assertThat(r.get("cite_info").get("citation").asText()).endsWith(".txt");
      assertThat(r.get("cite_info").has("url")).isTrue();
      assertThat(r.get("cite_info").has("title")).isTrue();
    }
  }

  @Test
  void signingIsSupportAndInvitationAndPlannedVisitAreAgreeAsPloverCodesThem() {
    assertThat(record("h2").get("event").asText()).isEqualTo("SUPPORT");
    assertThat(record("h2").get("event_scale").asDouble()).isEqualTo(8.0); // CAMEO 057 Sign formal agreement
    assertThat(record("h4").get("event").asText()).isEqualTo("AGREE");
    assertThat(record("h5").get("event").asText()).isEqualTo("AGREE");
    assertThat(record("h5").get("mode").asText()).isEmpty();
    assertThat(record("h1").get("event").asText()).isEqualTo("CONSULT");
    assertThat(record("h1").get("mode").asText()).isEqualTo("visit");
    assertThat(record("h1").get("context").toString()).contains("military");
  }

  @Test
  void directedEventsHaveARecipientAndUndirectedOnesListBothSidesAsActor() {
    assertThat(record("h1").get("actor").get(0).get("code").asText()).isEqualTo("BLR");
    assertThat(record("h1").get("recipient").get(0).get("code").asText()).isEqualTo("ZWE");
    assertThat(record("h2").get("actor")).hasSize(2);
    assertThat(record("h2").get("recipient")).isEmpty();
  }

  @Test
  void partialDatesSpanFromTheirFirstToTheirLastDay() {
    assertThat(record("h3").get("date").asText()).isEqualTo("2025-12-01");
    assertThat(record("h3").get("enddate").asText()).isEqualTo("2025-12-31");
    assertThat(record("h5").get("enddate").asText()).isEqualTo("2026-12-31");
    assertThat(record("h1").get("date").asText()).isEqualTo(record("h1").get("enddate").asText());
    assertThat(record("s1").get("date").isNull()).isTrue();
  }

  @Test
  void perSourceWritesOneRecordPerReportWithItsOwnId() throws IOException {
    EventRow one = new EventRow("merged", EventType.CONSULT, "visit", List.of("BLR", "ZWE"), true, null, "Harare", List.of(),
        org.attache.model.Status.OCCURRED, List.of(), 0.5, List.of(
            Source.of("merged-1", f.harare, new org.attache.model.Span(0, 5), f.harare.text().substring(0, 5)),
            Source.of("merged-2", f.islamabad, new org.attache.model.Span(6, 10), f.islamabad.text().substring(6, 10))));
    java.io.StringWriter w = new java.io.StringWriter();
    Exporter.create().write(new Selection(List.of(one), List.of(), List.of()),
        new Exporter.Options(Exporter.Format.PLOVER, Exporter.Table.EVENTS, true, false, java.time.LocalDate.of(2026, 1, 1)), w);
    String[] lines = w.toString().split("\n");
    assertThat(lines).hasSize(2);
    assertThat(JSON.readTree(lines[0]).get("id").asText()).isEqualTo("merged-s1");
    assertThat(JSON.readTree(lines[1]).get("id").asText()).isEqualTo("merged-s2");
    assertThat(JSON.readTree(lines[1]).get("text_info").get("article_id").asText()).isEqualTo(f.islamabad.id());
  }

  @Test
  void citesTheArticleUrlAndTitle() {
    JsonNode ci = record("h1").get("cite_info");
    assertThat(ci.get("url").asText()).isEqualTo("https://www.example-wire.org/2025/12/harare");
    assertThat(ci.get("title").asText()).isEqualTo("Belarus and Zimbabwe sign defence pact");
    assertThat(record("h1").get("coded_date").asText()).isEqualTo("2026-01-01");
  }
}
