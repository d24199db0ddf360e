package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Span;
import org.attache.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerBenchTest {
  @TempDir Path dir;

  private static Event event(EventType type, String mode, boolean directed, String... actors) {
    return new Event("a-e1", "a", type, mode, List.of(actors), directed, null, null, List.of(), Status.OCCURRED,
        List.of(), new Span(0, 1), "x", 0.5, Map.of());
  }

  @Test
  void readsTheCameoTableByLongestPrefix() throws Exception {
    Path t = Files.writeString(dir.resolve("c2p.txt"), "# header\n04: CONSULT\n042: CONSULT, visit, # Make a visit\n"
        + "057: SUPPORT,  , diplomatic # Sign formal agreement\n16: SANCTION\n");
    PeerEvents.CameoTable table = PeerEvents.CameoTable.read(t);
    assertThat(table.plover("0421")).isEqualTo("CONSULT");
    assertThat(table.plover("057")).isEqualTo("SUPPORT");
    assertThat(table.plover("163")).isEqualTo("SANCTION");
    assertThat(table.plover("99")).isNull();
  }

  @Test
  void scoresTypeActorsAndDirectionInPloverTerms() throws Exception {
    Path t = Files.writeString(dir.resolve("c2p.txt"), "04: CONSULT\n057: SUPPORT\n");
    Path recs = Files.writeString(dir.resolve("p.jsonl"), """
        {"id": "1", "date": "20080804", "text": "A", "expected": [{"source": "USA", "target": "CHNGOV", "cameo": "042"}], "flags": {"evaluate": "true"}}
        {"id": "2", "date": "20080804", "text": "B", "expected": [{"source": "BLR", "target": "ZWE", "cameo": "057"}], "flags": {"evaluate": "true"}}
        {"id": "3", "date": "20080804", "text": "C", "expected": [], "expect_no_event": true, "flags": {"evaluate": "true"}}
        {"id": "4", "date": "20080804", "text": "D", "expected": [{"source": "USA", "target": "CHN", "cameo": "042"}], "flags": {"evaluate": "false"}}
        """);
    List<PeerEvents.Case> cases = PeerEvents.readPetrarch(recs, PeerEvents.CameoTable.read(t));
    assertThat(cases).extracting(PeerEvents.Case::id).containsExactly("1", "2", "3");
    assertThat(cases.get(0).targets()).isEqualTo(Set.of("CHN"));
    assertThat(cases.get(0).date()).isEqualTo(PartialDate.parse("2008-08-04"));

    Map<String, List<Event>> system = Map.of(
        "1", List.of(event(EventType.CONSULT, "visit", true, "CHN", "USA")), // right type and actors, wrong way round
        "2", List.of(event(EventType.AGREE, "sign", false, "ZWE", "BLR")), // a signing is SUPPORT in PLOVER
        "3", List.of(event(EventType.ACCUSE, "accuse", true, "USA", "RUS")));
    PeerEvents.Score s = PeerEvents.score("t", cases, c -> system.getOrDefault(c.id(), List.of()));
    assertThat(s.cases()).isEqualTo(2);
    assertThat(s.typeRight()).isEqualTo(2);
    assertThat(s.actorsRight()).isEqualTo(2);
    assertThat(s.directedRight()).isEqualTo(1);
    assertThat(s.falseAlarms()).isEqualTo(1);
    assertThat(s.noEventCases()).isEqualTo(1);
  }

  @Test
  void scoresTimeExpressionsByOverlapValueAndCalendarDate() throws Exception {
    Path recs = Files.writeString(dir.resolve("t.jsonl"), """
        {"id": "d#p1", "doc": "d", "dct": "2013-03-22", "text": "It ended on Friday and starts next month.", "expected": [{"text": "Friday", "value": "2013-03-22", "type": "DATE", "start": 12, "end": 18}, {"text": "next month", "value": "2013-04", "type": "DATE", "start": 30, "end": 40}, {"text": "a month", "value": "P1M", "type": "DURATION", "start": 0, "end": 2}]}
        """);
    List<PeerTimex.Case> cases = PeerTimex.read(recs);
    PeerTimex.Score s = PeerTimex.score(cases, c -> List.of(
        new PeerTimex.Timex(12, 18, "Friday", "DATE", "2013-03-22", "2013-03-22"),
        new PeerTimex.Timex(35, 40, "month", "DATE", "2013-04", "2013-05")));
    assertThat(s.gold()).isEqualTo(3);
    assertThat(s.found()).isEqualTo(2);
    assertThat(s.valueRight()).isEqualTo(2);
    assertThat(s.calendarGold()).isEqualTo(2);
    assertThat(s.calendarRight()).isEqualTo(1);
  }
}
