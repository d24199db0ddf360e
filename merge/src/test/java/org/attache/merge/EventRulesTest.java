package org.attache.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.merge.Fixtures.article;
import static org.attache.model.EventType.AGREE;
import static org.attache.model.EventType.CONSULT;
import static org.attache.model.EventType.COOPERATE;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.attache.model.CanonicalEvent;
import org.attache.model.PartialDate;
import org.junit.jupiter.api.Test;

/** The rules that keep reports of different occasions apart, and those that let a weakly dated report join. */
class EventRulesTest {
  private static CanonicalEvent of(View v, String perArticleEventId) {
    return v.event(v.eventIdOf().get(perArticleEventId)).orElseThrow();
  }

  private static boolean together(View v, String a, String b) {
    return v.eventIdOf().get(a).equals(v.eventIdOf().get(b));
  }

  @Test
  void aPlanReportedAfterTheEventHappenedIsALaterOccasion() {
    View v = Fixtures.merge(
        article("a1", "2023-01-31")
            .event(CONSULT, "visit", "BLR>ZWE", "2023-01-30", "Harare", "the president landed in Harare on Monday"),
        article("a2", "2023-01-20")
            .event(CONSULT, "visit", "BLR>ZWE", "2023-01", null, "he is expected later this month").planned(),
        article("a3", "2023-03-01")
            .event(CONSULT, "visit", "BLR>ZWE", "2023", null, "he means to come back this year").planned(),
        article("a4", "2023-02-10")
            .event(CONSULT, "visit", "BLR>ZWE", null, null, "another trip is being prepared").planned());
    assertThat(together(v, "a2-e1", "a1-e1")).as("announced before it happened").isTrue();
    assertThat(of(v, "a3-e1").sources()).as("planned after it happened, though 2023 fits").hasSize(1);
    assertThat(of(v, "a4-e1").sources()).as("planned after it happened, though published near it").hasSize(1);
    assertThat(of(v, "a1-e1").status().label()).isEqualTo("occurred");
  }

  @Test
  void anUndatedVisitPlannedInAnArticleWithNoDateStaysApartButAPlannedDealMayBeTheDeal() {
    View v = Fixtures.merge(
        article("a1", "2023-01-31").person("Alexander Lukashenko", "BLR", "President")
            .event(CONSULT, "visit", "BLR>ZWE", "2023-01-30", "Harare", "Lukashenko flew to Harare",
                "Alexander Lukashenko"),
        article("a2", null).person("Alexander Lukashenko", "BLR", "President")
            .event(CONSULT, "visit", "BLR>ZWE", null, null, "Lukashenko was asked to come to Harare",
                "Alexander Lukashenko").planned(),
        article("k1", "2023-03-13").person("William Ruto", "KEN", "President")
            .event(AGREE, "sign", "KEN-BLR", "2023-03-13", null, "Ruto's deal for Belarusian tractors", "William Ruto"),
        article("k2", null).person("William Ruto", "KEN", "President")
            .event(AGREE, "sign", "KEN-BLR", null, null, "Ruto set out to buy tractors from Minsk", "William Ruto")
            .planned(),
        article("k3", null).event(AGREE, "sign", "KEN-BLR", null, null, "a purchase is being prepared").planned());
    assertThat(of(v, "a2-e1").sources()).as("an invitation is mostly to the next visit").hasSize(1);
    assertThat(together(v, "k2-e1", "k1-e1")).as("the plan names the deal's own president").isTrue();
    assertThat(of(v, "k3-e1").sources()).as("nobody in common").hasSize(1);
  }

  @Test
  void aYearAloneDoesNotPlaceAnArticleWithNoDate() {
    View v = Fixtures.merge(
        article("a1", "2025-12-17").person("Viktor Khrenin", "BLR", "Minister of Defence")
            .person("Oppah Muchinguri", "ZWE", "Minister of Defence")
            .event(AGREE, "sign", "BLR-ZWE", "2025-12", null, "the heads of the two ministries signed a plan"),
        article("a2", null).person("Viktor Khrenin", "BLR", "Minister of Defence")
            .person("Oppah Muchinguri", "ZWE", "Minister of Defence")
            .event(CONSULT, "meet", "BLR-ZWE", "2023", "Minsk", "they had first met in Minsk in 2023")
            .event(AGREE, "sign", "BLR-ZWE", null, null, "Khrenin and Muchinguri signed an agreement",
                "Viktor Khrenin", "Oppah Muchinguri"));
    assertThat(EventMerger.anchor(Fixtures.sources(article("a2", null)
        .event(CONSULT, "meet", "BLR-ZWE", "2023", "Minsk", "a meeting in 2023")).getFirst())).isNull();
    assertThat(together(v, "a2-e2", "a1-e1")).as("both its people are named in the other article").isTrue();
  }

  @Test
  void cooperationOfAnotherKindIsAnotherActivityButAnAgreementMaySignOrAgree() {
    View v = Fixtures.merge(
        article("a1", "2024-03-02")
            .event(COOPERATE, "military", "BLR-ZWE", "2024-03", null, "officers will train at the academy")
            .event(AGREE, "sign", "BLR-ZWE", "2024-03-01", null, "a supply contract was signed"),
        article("a2", "2024-03-03")
            .event(COOPERATE, "economic", "BLR-ZWE", "2024-03", null, "a tractor plant will open")
            .event(AGREE, "verbal", "BLR-ZWE", "2024-03-01", null, "the sides agreed on the supply"));
    assertThat(together(v, "a1-e1", "a2-e1")).isFalse();
    assertThat(together(v, "a1-e2", "a2-e2")).isTrue();
  }

  @Test
  void aCityContradictsAnotherCountryButNotItsOwn() {
    View v = Fixtures.merge(
        article("a1", "2023-05-20").event(CONSULT, "visit", "BLR>ZWE", "2023-05", "Harare", "talks in Harare"),
        article("a2", "2023-05-21").event(CONSULT, "visit", "BLR>ZWE", "2023-05", "Belarus", "talks in Belarus"),
        article("a3", "2023-05-22").event(CONSULT, "visit", "BLR>ZWE", "2023-05", "Zimbabwe", "talks in Zimbabwe"));
    assertThat(together(v, "a1-e1", "a2-e1")).isFalse();
    assertThat(together(v, "a1-e1", "a3-e1")).isTrue();
  }

  @Test
  void anUndatedGuessNeedsTheSidesInTheSameOrder() {
    View v = Fixtures.merge(
        article("a1", "2025-12-17").person("Viktor Khrenin", "BLR", "Minister of Defence")
            .person("Oppah Muchinguri", "ZWE", "Minister of Defence")
            .event(CONSULT, "visit", "BLR>ZWE", "2025-12", null, "the minister came to Harare", "Viktor Khrenin"),
        article("a2", null).person("Viktor Khrenin", "BLR", "Minister of Defence")
            .person("Oppah Muchinguri", "ZWE", "Minister of Defence")
            .event(CONSULT, "visit", "ZWE>BLR", null, null, "she went to Minsk once"));
    assertThat(v.events()).hasSize(2);
  }

  @Test
  void anUndatedGuessPassesOverEventsOfPeopleItsArticleNeverNames() {
    View v = Fixtures.merge(
        article("a1", "2023-01-31").person("Alexander Lukashenko", "BLR", "President")
            .event(CONSULT, "visit", "BLR>ZWE", "2023-01-30", "Harare", "Lukashenko came to Harare",
                "Alexander Lukashenko"),
        article("a2", "2025-12-17").person("Viktor Khrenin", "BLR", "Minister of Defence")
            .person("Oppah Muchinguri", "ZWE", "Minister of Defence")
            .event(CONSULT, "visit", "BLR>ZWE", "2025-12", null, "the minister's visit went well"),
        article("a3", null).person("Viktor Khrenin", "BLR", "Minister of Defence")
            .person("Oppah Muchinguri", "ZWE", "Minister of Defence")
            .event(CONSULT, "visit", "BLR>ZWE", null, "Harare", "the delegation's stay in Harare"));
    assertThat(together(v, "a3-e1", "a2-e1")).isTrue();
    assertThat(of(v, "a1-e1").sources()).hasSize(1);
  }

  @Test
  void anArticleWithNoDateIsPlacedAtItsLatestNews() {
    View v = Fixtures.merge(
        article("a1", "2025-12-17").person("Viktor Khrenin", "BLR", "Minister of Defence")
            .person("Oppah Muchinguri", "ZWE", "Minister of Defence")
            .event(AGREE, "sign", "BLR-ZWE", "2025-12", null, "the ministers signed a plan", "Viktor Khrenin",
                "Oppah Muchinguri"),
        article("a2", "2023-02-05").person("Oppah Muchinguri", "ZWE", "Minister of Defence")
            .event(AGREE, "sign", "BLR-ZWE", "2023-01-25", null, "memoranda were signed in January", "Oppah Muchinguri"),
        article("a3", null).person("Oppah Muchinguri", "ZWE", "Minister of Defence")
            .event(CONSULT, "visit", "BLR>ZWE", "2023-01", "Zimbabwe", "the president's visit in January")
            .event(AGREE, "sign", "BLR-ZWE", null, null, "we signed memoranda", "Oppah Muchinguri"));
    assertThat(EventMerger.anchor(Fixtures.sources(article("x", null)
        .event(CONSULT, "visit", "BLR>ZWE", "2023-01", null, "a visit")
        .event(CONSULT, "visit", "BLR>ZWE", "2022-11-03", null, "an earlier visit")).getFirst()))
        .isEqualTo(PartialDate.parse("2023-01"));
    assertThat(together(v, "a3-e2", "a1-e1")).as("shares a minister, but is from 2023").isFalse();
    assertThat(together(v, "a3-e2", "a2-e1")).as("placed in 2023 and shares the report's own minister").isTrue();
  }

  @Test
  void anUndatedReportFromAnArticleWithNoDateNeedsItsOwnPersonOrPlaceInCommon() {
    View v = Fixtures.merge(
        article("a1", "2023-01-31").person("Alexander Lukashenko", "BLR", "President")
            .person("Oppah Muchinguri", "ZWE", "Minister of Defence")
            .event(CONSULT, "visit", "BLR>ZWE", "2023-01-30", "Harare", "Lukashenko came to Harare", "Alexander Lukashenko"),
        article("a2", null).person("Alexander Lukashenko", "BLR", "President")
            .person("Oppah Muchinguri", "ZWE", "Minister of Defence")
            .event(CONSULT, "meet", "BLR-ZWE", "2023-05", "Minsk", "they first met in Minsk in May 2023",
                "Oppah Muchinguri")
            .event(CONSULT, "visit", "BLR>ZWE", null, null, "a Belarusian delegation is visiting"));
    assertThat(together(v, "a2-e2", "a1-e1")).as("the articles share people, the reports none").isFalse();
  }

  @Test
  void aPersonTheEventNamesButItsArticleDoesNotListIsFoundByFullName() {
    View v = Fixtures.merge(
        article("a1", "2023-03-13").person("William Ruto", "KEN", "President")
            .event(AGREE, "verbal", "KEN-BLR", "2023-03-13", null, "Ruto's tractor deal", "William Ruto"),
        article("a2", null).event(AGREE, "sign", "KEN-BLR", null, null, "months after Ruto signed the deal",
            "William Ruto"));
    assertThat(together(v, "a2-e1", "a1-e1")).isTrue();
  }

  @Test
  void whyApartNamesTheRuleThatKeptTwoReportsApart() {
    List<Source> sources = Fixtures.sources(
        article("a1", "2023-05-20").event(CONSULT, "visit", "BLR>ZWE", "2023-05", "Harare", "talks in Harare"),
        article("a2", "2023-05-21").event(CONSULT, "visit", "BLR>ZWE", "2023-05", "Belarus", "talks in Belarus"),
        article("a3", "2023-05-22").event(CONSULT, "visit", "BLR>ZWE", "2023-05", "Zimbabwe", "talks in Zimbabwe"));
    assertThat(Merger.whyApart(sources, List.of(), Map.of(), Fixtures.PLACES, "a2-e1", "a1-e1"))
        .contains("place Belarus contradicts Harare");
    assertThat(Merger.whyApart(sources, List.of(), Map.of(), Fixtures.PLACES, "a1-e1", "a3-e1")).isEqualTo("merged");
  }

  @Test
  void theseRulesDoNotDependOnTheOrderArticlesCameIn() {
    List<Source> sources = new ArrayList<>(Fixtures.sources(
        article("a1", "2025-12-17").person("Viktor Khrenin", "BLR", "Minister of Defence")
            .person("Oppah Muchinguri", "ZWE", "Minister of Defence")
            .event(CONSULT, "visit", "BLR>ZWE", "2025-12", null, "the minister's visit went well"),
        article("a2", "2023-01-31").person("Alexander Lukashenko", "BLR", "President")
            .event(CONSULT, "visit", "BLR>ZWE", "2023-01-30", "Harare", "Lukashenko came to Harare",
                "Alexander Lukashenko"),
        article("a3", null).person("Viktor Khrenin", "BLR", "Minister of Defence")
            .person("Oppah Muchinguri", "ZWE", "Minister of Defence")
            .event(CONSULT, "visit", "BLR>ZWE", null, "Harare", "the delegation's stay in Harare"),
        article("a4", "2023-02-10").event(CONSULT, "visit", "BLR>ZWE", null, null, "another trip").planned(),
        article("a5", null).event(CONSULT, "visit", "BLR>ZWE", "2023-01", "Zimbabwe", "the January visit")
            .event(AGREE, "sign", "BLR-ZWE", null, null, "we signed memoranda")));
    View first = Merger.merge(sources, List.of(), Map.of(), Fixtures.PLACES);
    Random random = new Random(7);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(sources, random);
      assertThat(Merger.merge(sources, List.of(), Map.of(), Fixtures.PLACES)).isEqualTo(first);
    }
  }
}
