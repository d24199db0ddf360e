package org.attache.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.merge.Fixtures.article;
import static org.attache.model.EventType.AGREE;
import static org.attache.model.EventType.CONSULT;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.attache.model.CanonicalEvent;
import org.attache.model.Correction;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Status;
import org.junit.jupiter.api.Test;

class EventsTest {
  private static Fixtures.A[] corpus() {
    return new Fixtures.A[] {
        article("a1", "2023-01-31").person("Alexander Lukashenko", "BLR", "President")
            .event(CONSULT, "visit", "BLR>ZWE", "2023-01-30", "Harare", "Lukashenko arrived in Harare on Monday",
                "Alexander Lukashenko")
            .event(AGREE, "sign", "BLR-ZWE", "2023-01-31", "Harare", "the two sides signed eleven documents"),
        article("b2", "2023-02-02").person("Aleksandr Lukashenko", "BLR", "President")
            .event(CONSULT, "visit", "BLR>ZWE", "2023-01", null, "the state visit of the Belarusian leader",
                "Aleksandr Lukashenko"),
        article("c3", "2024-06-01")
            .event(CONSULT, "visit", "BLR>ZWE", "2023", null, "the visit to Zimbabwe last year"),
        article("d4", "2023-05-20")
            .event(CONSULT, "visit", "BLR>ZWE", "2023-05-18", "Harare", "a Belarusian delegation came to Harare"),
        article("e5", "2023-01-31")
            .event(CONSULT, "visit", "ZWE>BLR", "2023-01-30", "Harare", "Lukashenko and Mnangagwa held talks"),
        article("f6", "2023-05-19")
            .event(CONSULT, "meet", "BLR-ZWE", "2023-05-18", null, "the ministers met on Thursday")};
  }

  private static CanonicalEvent of(View v, String perArticleEventId) {
    String id = v.eventIdOf().get(perArticleEventId);
    return v.event(id).orElseThrow();
  }

  @Test
  void reportsOfOneVisitMergeKeepingTheMostPreciseDateAndEverySource() {
    View v = Fixtures.merge(corpus());
    CanonicalEvent visit = of(v, "a1-e1");
    assertThat(visit.sources()).extracting(s -> s.eventId()).containsExactly("a1-e1", "e5-e1", "b2-e1");
    assertThat(visit.date()).isEqualTo(PartialDate.parse("2023-01-30"));
    assertThat(visit.notes()).anySatisfy(n -> assertThat(n).startsWith("date: sources give 2023-01-30 (2), 2023-01 (1); kept 2023-01-30"));
    assertThat(visit.location()).isEqualTo("Harare");
    assertThat(visit.people()).containsExactly("Alexander Lukashenko");
  }

  @Test
  void distinctVisitsOnOtherDatesStayApart() {
    View v = Fixtures.merge(corpus());
    assertThat(of(v, "d4-e1").id()).isNotEqualTo(of(v, "a1-e1").id());
    // "last year" (2023) fits both the January and the May visit equally: it stays on its own.
    assertThat(of(v, "c3-e1").sources()).hasSize(1);
  }

  @Test
  void differentTypesNeverMerge() {
    View v = Fixtures.merge(corpus());
    assertThat(of(v, "a1-e2").id()).isNotEqualTo(of(v, "a1-e1").id());
    assertThat(of(v, "a1-e2").type()).isEqualTo(AGREE);
  }

  @Test
  void aReportGivingTheSidesTheOtherWayRoundJoinsTheVisitOnTheSameDay() {
    View v = Fixtures.merge(corpus());
    assertThat(of(v, "e5-e1").id()).isEqualTo(of(v, "a1-e1").id());
    assertThat(of(v, "a1-e1").directed()).isTrue();
    assertThat(of(v, "a1-e1").actors()).containsExactly("BLR", "ZWE");
  }

  @Test
  void aMeetingAndAVisitAreDifferentOccasions() {
    View v = Fixtures.merge(corpus());
    assertThat(of(v, "f6-e1").id()).isNotEqualTo(of(v, "d4-e1").id());
  }

  @Test
  void anUndatedReportJoinsTheOneEventAroundItsPublicationDate() {
    View v = Fixtures.merge(
        article("a1", "2024-06-20").event(AGREE, "sign", "RUS-PRK", "2024-06-19", "Pyongyang", "signed a pact"),
        article("a2", "2024-06-21").event(AGREE, "sign", "RUS-PRK", null, null, "the pact they signed"),
        article("a3", "2026-01-10").event(AGREE, "sign", "RUS-PRK", null, null, "a new pact"));
    assertThat(of(v, "a2-e1").id()).isEqualTo(of(v, "a1-e1").id());
    assertThat(of(v, "a3-e1").sources()).hasSize(1);
  }

  @Test
  void anUndatedReportWithNoPublicationDateJoinsOnlyTheOneEventSharingItsPeople() {
    View v = Fixtures.merge(
        article("a1", "2025-12-17").person("Viktor Khrenin", "BLR", "Minister of Defence")
            .person("Oppah Muchinguri", "ZWE", "Minister of Defence")
            .event(AGREE, "sign", "BLR-ZWE", "2025-12", null, "the ministers signed an agreement", "Viktor Khrenin"),
        article("a2", "2023-03-01").event(AGREE, "sign", "BLR-ZWE", "2023-02", null, "signed ten documents"),
        article("a3", null).person("Khrenin", "BLR", null)
            .event(AGREE, "sign", "BLR-ZWE", null, null, "Khrenin signed the agreement", "Khrenin"),
        article("a4", null).event(AGREE, "sign", "BLR-ZWE", null, null, "an agreement was signed"));
    assertThat(of(v, "a3-e1").id()).isEqualTo(of(v, "a1-e1").id());
    assertThat(of(v, "a4-e1").sources()).as("nothing ties it to one of the two").hasSize(1);
  }

  @Test
  void oppositeDirectionsAndDifferentCitiesStayApart() {
    View v = Fixtures.merge(
        article("a1", "2023-05-01").event(CONSULT, "visit", "BLR>ZWE", "2023-05", "Harare", "went to Harare"),
        article("a2", "2023-05-02").event(CONSULT, "visit", "ZWE>BLR", "2023-05", "Minsk", "came to Minsk"),
        article("a3", "2023-05-03").event(CONSULT, "visit", "BLR-ZWE", "2023-05", "Minsk", "talks in Minsk"));
    assertThat(v.events()).hasSize(2);
    assertThat(of(v, "a3-e1").id()).isEqualTo(of(v, "a2-e1").id());
  }

  @Test
  void disjointPeopleOfOneCountryAreDifferentMeetings() {
    View v = Fixtures.merge(
        article("a1", "2024-11-25").person("Ishaq Dar", "PAK", "Foreign Minister")
            .event(CONSULT, "meet", "BLR-PAK", "2024-11", null, "Dar met the Belarusian minister", "Ishaq Dar"),
        article("a2", "2024-11-26").person("Shehbaz Sharif", "PAK", "Prime Minister")
            .event(CONSULT, "meet", "BLR-PAK", "2024-11", null, "Sharif received the guests", "Shehbaz Sharif"));
    assertThat(v.events()).hasSize(2);
  }

  @Test
  void copiesCountOnceWithEveryCopyAsASource() {
    View v = Fixtures.merge(
        article("copy", "2023-05-02").copyOf("orig")
            .event(AGREE, "sign", "BLR-PAK", null, null, "They signed a memorandum.")
            .event(CONSULT, "visit", "BLR>PAK", "2023-05-01", null, "The minister arrived yesterday."),
        article("orig", "2023-05-01").event(AGREE, "sign", "BLR-PAK", null, null, "they signed a memorandum")
            .event(CONSULT, "visit", "BLR>PAK", "2023-04-30", null, "the minister arrived yesterday"),
        article("other", "2023-05-02").event(AGREE, "sign", "BLR-PAK", null, null, "a memorandum was signed"));
    assertThat(v.events()).hasSize(3);
    CanonicalEvent visit = of(v, "copy-e2");
    assertThat(visit.sources()).as("a copy published a day later reads 'yesterday' a day later").hasSize(2);
    assertThat(visit.date()).isEqualTo(PartialDate.parse("2023-04-30"));
    CanonicalEvent e = of(v, "orig-e1");
    assertThat(e.sources()).extracting(s -> s.articleId()).containsExactly("orig", "copy");
    assertThat(e.sources().get(1).copyOf()).isEqualTo("orig");
    assertThat(e.independentSources()).isEqualTo(1);
  }

  @Test
  void idsAndEventsDoNotDependOnTheOrderArticlesCameIn() {
    List<Source> sources = new ArrayList<>(Fixtures.sources(corpus()));
    View first = Merger.merge(sources, List.of(), Map.of(), Fixtures::city);
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(sources, random);
      assertThat(Merger.merge(sources, List.of(), Map.of(), Fixtures::city)).isEqualTo(first);
    }
  }

  @Test
  void addingALaterReportKeepsTheIdsOfEarlierEvents() {
    Fixtures.A[] all = corpus();
    View fewer = Fixtures.merge(all[0], all[3]);
    View more = Fixtures.merge(all);
    assertThat(of(more, "a1-e1").id()).isEqualTo(of(fewer, "a1-e1").id());
    assertThat(of(more, "d4-e1").id()).isEqualTo(of(fewer, "d4-e1").id());
  }

  @Test
  void correctionsRejectAndFixEventsByCanonicalIdOrAnOldAlias() {
    View v = Fixtures.merge(corpus());
    String visit = of(v, "a1-e1").id();
    String may = of(v, "d4-e1").id();
    List<Correction> fixes = List.of(
        new Correction(1, Correction.Kind.EVENT_REJECT, "Eold", Map.of(), "duplicate of the January visit", "t"),
        new Correction(2, Correction.Kind.EVENT_FIX, visit, Map.of("date", "2023-01-31", "type", "COOPERATE",
            "status", "planned"), "checked the programme", "t"));
    View c = Merger.merge(Fixtures.sources(corpus()), fixes, Map.of("Eold", may), Fixtures::city);
    assertThat(c.event(may).orElseThrow().rejected()).isEqualTo("duplicate of the January visit");
    CanonicalEvent fixed = c.event(visit).orElseThrow();
    assertThat(fixed.type()).isEqualTo(EventType.COOPERATE);
    assertThat(fixed.date()).isEqualTo(PartialDate.parse("2023-01-31"));
    assertThat(fixed.status()).isEqualTo(Status.PLANNED);
    assertThat(fixed.notes()).anySatisfy(n -> assertThat(n).startsWith("curated #2").contains("checked the programme"));
  }

  @Test
  void twoEventsAnchoredOnOneSentenceGetDistinctIdsWhateverTheOrderOfInput() {
    // One sentence read as two visits (the extractor split it): both anchored on the same report text.
    Fixtures.A a = article("a1", "2023-03-02")
        .event(CONSULT, "visit", "BLR>ZWE", "2023-03-01", "Harare", "the delegations met in Harare and in Minsk")
        .event(CONSULT, "visit", "BLR>ZWE", "2023-02-20", "Minsk", "the delegations met in Harare and in Minsk");
    Fixtures.A b = article("b2", "2023-03-03")
        .event(CONSULT, "visit", "BLR>ZWE", "2023-03-01", "Harare", "a visit to Harare on Wednesday");
    View one = Fixtures.merge(a, b);
    View two = Fixtures.merge(b, a);
    assertThat(one.events()).hasSize(2);
    assertThat(one.events()).extracting(CanonicalEvent::id).doesNotHaveDuplicates();
    assertThat(two.events()).isEqualTo(one.events());
    assertThat(two.eventIdOf()).isEqualTo(one.eventIdOf());
    assertThat(of(one, "b2-e1").id()).isEqualTo(of(one, "a1-e1").id());
  }
}
