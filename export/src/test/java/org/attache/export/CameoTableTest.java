package org.attache.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.model.EventType;
import org.attache.model.Sector;
import org.attache.model.Status;
import org.junit.jupiter.api.Test;

class CameoTableTest {
  private static final CameoTable TABLE = CameoTable.load();

  private static EventRow row(EventType type, String mode, Status status, List<Sector> sectors) {
    var a = Fixture.article("/a.txt", "Belarus and Zimbabwe met.", null, null, null);
    return new EventRow("e", type, mode, List.of("BLR", "ZWE"), true, null, null, sectors, status, List.of(), 0.5,
        List.of(Source.of("e", a, new org.attache.model.Span(0, 7), "Belarus")));
  }

  private static String cameo(EventType type, String mode, Status status, Sector... sectors) {
    return TABLE.codeFor(Plover.code(row(type, mode, status, List.of(sectors)))).code();
  }

  @Test
  void loadsEveryCodeOfTheOfficialTableExceptTheDroppedRoots() {
    assertThat(TABLE.size()).isEqualTo(256);
    assertThat(TABLE.code("057").orElseThrow().plover()).isEqualTo(EventType.SUPPORT);
    assertThat(TABLE.code("036").orElseThrow().plover()).isEqualTo(EventType.AGREE);
    assertThat(TABLE.code("010")).isEmpty();
    assertThat(TABLE.code("042").orElseThrow().goldstein()).isEqualTo(1.9);
  }

  @Test
  void readingTheTableInReverseGivesACodeWithTheSamePloverCodingForEveryCode() {
    for (String code : List.of("030", "0312", "040", "041", "042", "044", "060", "062", "071", "072", "073", "1121", "138")) {
      CameoTable.Code c = TABLE.code(code).orElseThrow();
      CameoTable.Code back = TABLE.reverse(new Plover.Coding(c.plover(), c.mode(), c.contexts(), "same", ""));
      assertThat(back.plover()).as(code).isEqualTo(c.plover());
      assertThat(back.mode()).as(code).isEqualTo(c.mode());
      assertThat(back.contexts()).as(code).containsAll(c.contexts());
    }
  }

  @Test
  void attacheCodingsGetTheCameoCodesAnAnalystWouldGive() {
    assertThat(cameo(EventType.CONSULT, "visit", Status.OCCURRED)).isEqualTo("042");
    assertThat(cameo(EventType.CONSULT, "call", Status.OCCURRED)).isEqualTo("041");
    assertThat(cameo(EventType.CONSULT, "meet", Status.OCCURRED)).isEqualTo("040");
    assertThat(cameo(EventType.CONSULT, "visit", Status.PLANNED)).isEqualTo("036");
    assertThat(cameo(EventType.AGREE, "sign", Status.OCCURRED, Sector.MILITARY)).isEqualTo("057");
    assertThat(cameo(EventType.AGREE, "verbal", Status.OCCURRED)).isEqualTo("030");
    assertThat(cameo(EventType.AGREE, "verbal", Status.OCCURRED, Sector.MILITARY)).isEqualTo("0312");
    assertThat(cameo(EventType.REQUEST, "invite", Status.OCCURRED)).isEqualTo("036");
    assertThat(cameo(EventType.SUPPORT, "praise", Status.OCCURRED)).isEqualTo("051");
    assertThat(cameo(EventType.COOPERATE, "military", Status.OCCURRED)).isEqualTo("062");
    assertThat(cameo(EventType.COOPERATE, "economic", Status.OCCURRED, Sector.AGRICULTURE)).isEqualTo("061");
    assertThat(cameo(EventType.AID, "humanitarian", Status.OCCURRED)).isEqualTo("073");
    assertThat(cameo(EventType.SANCTION, "", Status.OCCURRED, Sector.ECONOMY)).isEqualTo("163");
  }

  @Test
  void quadClassFollowsTheCameoRoot() {
    assertThat(TABLE.code("042").orElseThrow().quadClass()).isEqualTo(1);
    assertThat(TABLE.code("062").orElseThrow().quadClass()).isEqualTo(2);
    assertThat(TABLE.code("1121").orElseThrow().quadClass()).isEqualTo(3);
    assertThat(TABLE.code("163").orElseThrow().quadClass()).isEqualTo(4);
  }
}
