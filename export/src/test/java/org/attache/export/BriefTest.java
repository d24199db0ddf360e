package org.attache.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.attache.geo.Gazetteer;
import org.attache.model.Event;
import org.attache.model.PartialDate;
import org.attache.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefTest {
  private static final Pattern TIMELINE_LINE = Pattern.compile("^- E(\\d+) · (\\S+) — (\\S+)(?: (\\S+))?, .*?: “(.*)”((?: \\[\\d+])+)$");
  @TempDir static Path tmp;
  static Fixture f;
  static Path db;
  static Gazetteer gaz;

  @BeforeAll
  static void fillStore() {
    db = tmp.resolve("attache.db");
    f = Fixture.store(db);
    gaz = Gazetteer.load();
  }

  private static Brief brief(String a, String b, PartialDate since, PartialDate until, LocalDate asOf) {
    try (Store s = Store.openSqlite(db)) {
      return Brief.build(s, new Brief.Request(a, b, since, until, asOf), gaz);
    }
  }

  private static String section(String md, String title) {
    int start = md.indexOf("## " + title + "\n");
    assertThat(start).as("section %s", title).isNotNegative();
    int end = md.indexOf("\n## ", start + 3);
    return md.substring(start, end < 0 ? md.length() : end);
  }

  @Test
  void everyTimelineLineQuotesItsEvidenceAndCitesItsArticle() {
    String md = brief("BLR", "ZWE", null, null, LocalDate.of(2025, 12, 31)).markdown();
    List<String> lines = section(md, "Timeline").lines().filter(l -> l.startsWith("- ")).toList();
    assertThat(lines).hasSize(5);
    for (String line : lines) {
      Matcher m = TIMELINE_LINE.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      String type = m.group(3);
      String evidence = m.group(5);
      Event e = f.events.stream().filter(x -> x.evidenceText().equals(evidence)).findFirst().orElseThrow();
      assertThat(e.type().name()).isEqualTo(type);
      assertThat(m.group(2)).isEqualTo(e.date() == null ? "undated" : e.date().toString());
      assertThat(m.group(6).strip()).isEqualTo("[1]");
    }
    assertThat(lines.get(0)).as("same-month events in the order of their canonical ids")
        .startsWith("- E1 · 2025-12 — REQUEST invite, Belarus → Zimbabwe");
    assertThat(section(md, "Sources")).contains("- [1] Belarus and Zimbabwe sign defence pact — example-wire.org, published"
        + " 2025-12-17, https://www.example-wire.org/2025/12/harare");
  }

  @Test
  void summaryCountsTypesAndSectorsAndNamesFirstLastContactAndTheMostSeniorVisit() {
    String md = brief("ZWE", "BLR", null, null, LocalDate.of(2025, 12, 31)).markdown();
    String summary = section(md, "Summary");
    assertThat(summary).contains("The store holds 5 events between Zimbabwe (ZWE) and Belarus (BLR), reported in 1 article (E1–E5).");
    assertThat(summary).contains("By type: CONSULT 2 (E3, E5), AGREE 1 (E4), SUPPORT 1 (E2), REQUEST 1 (E1).");
    assertThat(summary).contains("By sector: military 2 (E3, E4), diplomacy 1 (E1).");
    assertThat(summary).contains("The first contact on record that took place by 2025-12-31 is dated 2025-12: REQUEST invite, Belarus → Zimbabwe, in Minsk (E1)");
    assertThat(summary).contains("the last is dated 2025-12-16: AGREE sign, Belarus – Zimbabwe, in Harare (E4)");
    assertThat(summary).contains("The most senior visit: Viktor Khrenin (Minister of Defence, BLR), Belarus → Zimbabwe, 2025-12-15, Harare (E3).");
    assertThat(summary).contains("Of these events, 1 is planned (E5).");
    String earlier = section(brief("ZWE", "BLR", null, null, LocalDate.of(2025, 12, 15)).markdown(), "Summary");
    assertThat(earlier).as("an event after the as-of day is no contact that took place")
        .contains("the last is dated 2025-12-15: CONSULT visit, Belarus → Zimbabwe, in Harare (E3)");
  }

  @Test
  void listsKeyPeopleWithRolesAndThePlannedVisitUntilItsYearIsOver() {
    String md = brief("BLR", "ZWE", null, null, LocalDate.of(2025, 12, 31)).markdown();
    assertThat(section(md, "Key people")).contains("- Viktor Khrenin — Minister of Defence, Belarus; in 3 events (E1, E3, E4)",
        "- Oppah Muchinguri-Kashiri — Minister of Defence, Zimbabwe; in 4 events (E1, E2, E4, E5)");
    assertThat(section(md, "Planned, not yet happened")).contains("- E5 · 2026 — CONSULT visit, Zimbabwe → Belarus, Minsk (planned)");
    String later = brief("BLR", "ZWE", null, null, LocalDate.of(2027, 1, 1)).markdown();
    assertThat(section(later, "Planned, not yet happened")).contains("No planned event dated on or after 2027-01-01")
        .doesNotContain("E5 ·");
  }

  @Test
  void chartIsValidSvgWithOneBarPerPlaceableQuarterAndSaysWhatItLeavesOut() throws Exception {
    String md = brief("BLR", "ZWE", null, null, LocalDate.of(2025, 12, 31)).markdown();
    String chart = section(md, "Events per quarter");
    assertThat(chart).contains("Not drawn: 1 dated only to the year.");
    String svg = chart.substring(chart.indexOf("<svg"), chart.indexOf("</svg>") + 6);
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    var rects = doc.getElementsByTagName("rect");
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      var t = ((org.w3c.dom.Element) rects.item(i)).getElementsByTagName("title");
      if (t.getLength() > 0) {
        titles.add(t.item(0).getTextContent());
      }
    }
    assertThat(titles).containsExactly("2025 Q4: 1 AGREE", "2025 Q4: 1 CONSULT", "2025 Q4: 1 SUPPORT", "2025 Q4: 1 REQUEST");
  }

  @Test
  void periodFiltersAndAnEmptyPairSayWhatTheDataSays() {
    String md = brief("BLR", "ZWE", PartialDate.parse("2025-12-16"), PartialDate.parse("2025-12"), LocalDate.of(2025, 12, 31)).markdown();
    assertThat(md).startsWith("# Belarus – Zimbabwe relations, 2025-12-16 to 2025-12\n");
    assertThat(section(md, "Timeline").lines().filter(l -> l.startsWith("- "))).hasSize(1);
    assertThat(section(md, "Summary")).contains("The store holds 1 event between Belarus (BLR) and Zimbabwe (ZWE), reported in 1 article (E1).");
    String none = brief("BLR", "CHN", null, null, LocalDate.of(2025, 12, 31)).markdown();
    assertThat(section(none, "Summary")).contains("The store holds no events between Belarus (BLR) and China (CHN).");
    assertThat(none).contains("No events on record.");
    assertThatThrownBy(() -> new Brief.Request("BLR", "blr", null, null, LocalDate.now())).hasMessageContaining("both BLR");
  }

  @Test
  void htmlLinksReferencesToTheTimelineAndSourcesAndEscapesText() {
    String html = brief("EU", "BLR", null, null, LocalDate.of(2025, 12, 31)).html();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<li id=\"ev-1\">", "<a href=\"#src-1\">[1]</a>",
        "<li id=\"src-1\">", "&quot;targeting&quot;", "<a href=\"#ev-1\">E1</a>");
    assertThat(html).contains("sanctions.txt (no title or outlet recorded), published on an unknown date");
  }

  @Test
  void markdownEscapesMarkupInQuotedText() {
    assertThat(Brief.md("a *b* [c] <d> _e_")).isEqualTo("a \\*b\\* \\[c\\] \\<d\\> \\_e\\_");
  }
}
