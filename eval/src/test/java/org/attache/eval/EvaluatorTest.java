package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.eval.Fixtures.article;
import static org.attache.eval.Fixtures.gold;
import static org.attache.eval.Fixtures.labelled;
import static org.attache.eval.Fixtures.optional;
import static org.attache.eval.Fixtures.output;
import static org.attache.eval.Fixtures.person;
import static org.attache.eval.Fixtures.system;
import static org.attache.model.EventType.AGREE;
import static org.attache.model.EventType.AID;
import static org.attache.model.EventType.CONSULT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import org.attache.eval.Report.Counts;
import org.attache.model.Event;
import org.attache.model.Sector;
import org.attache.model.Status;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static Report one(List<GoldEvent> gold, Event... system) {
    return Evaluator.score(List.of(article("a.txt", gold)), List.of(output("a.txt", system)));
  }

  @Test
  void directedEventsWithActorsInAnotherOrderDoNotMatch() {
    Report r = one(List.of(gold("e1", AID, true, null, "RUS", "BLR")), system("s1", AID, true, null, "BLR", "RUS"));

    assertThat(r.events()).isEqualTo(new Counts(1, 1, 0));
    assertThat(r.articles().getFirst().missed()).hasSize(1);
    assertThat(r.articles().getFirst().spurious()).hasSize(1);
  }

  @Test
  void undirectedEventsMatchWhateverTheActorOrder() {
    Report r = one(List.of(gold("e1", AGREE, false, null, "BLR", "ZWE")),
        system("s1", AGREE, false, null, "ZWE", "BLR"));

    assertThat(r.events()).isEqualTo(new Counts(1, 1, 1));
    assertThat(r.direction().total()).isZero();
    assertThat(r.direction().value()).isNull();
  }

  @Test
  void aDirectedGoldMatchesAnUndirectedSystemEventButItsDirectionIsWrong() {
    Report r = one(List.of(gold("e1", CONSULT, true, null, "BLR", "ZWE")),
        system("s1", CONSULT, false, null, "ZWE", "BLR"));

    assertThat(r.events()).isEqualTo(new Counts(1, 1, 1));
    assertThat(r.direction().value()).isEqualTo(0.0);
  }

  @Test
  void directionIsRightWhenBothAreDirectedTheSameWay() {
    Report r = one(List.of(gold("e1", CONSULT, true, null, "BLR", "ZWE")),
        system("s1", CONSULT, true, null, "blr", "zwe"));

    assertThat(r.events().matched()).isEqualTo(1);
    assertThat(r.direction().value()).isEqualTo(1.0);
  }

  @Test
  void aDifferentTypeOrActorSetIsNoMatch() {
    Report r = one(List.of(gold("e1", AGREE, false, null, "BLR", "ZWE")),
        system("s1", CONSULT, false, null, "BLR", "ZWE"), system("s2", AGREE, false, null, "BLR", "ZWE", "RUS"));

    assertThat(r.events()).isEqualTo(new Counts(1, 2, 0));
  }

  @ParameterizedTest(name = "gold {0}, system {1}: dated right = {2}")
  @CsvSource(nullValues = "null", value = {
      "2025, 2025, true", "2025, 2025-12, true", "2025, 2025-12-17, true", "2025, 2024-12-31, false",
      "2025-12, 2025-12-17, true", "2025-12, 2025-12, true", "2025-12, 2025, false", "2025-12, 2025-11-30, false",
      "2025-12-17, 2025-12-17, true", "2025-12-17, 2025-12-18, false", "2025-12-17, 2025-12, false",
      "null, 2025-12-17, true", "null, null, true", "2025, null, false", "2025-12-17, null, false"})
  void isDatedRightWhenTheSystemDateAgreesAtTheGoldPrecision(@Nullable String goldDate, @Nullable String systemDate,
      boolean right) {
    Report r = one(List.of(gold("e1", AGREE, false, goldDate, "BLR", "ZWE")),
        system("s1", AGREE, false, systemDate, "BLR", "ZWE"));

    assertThat(r.events()).isEqualTo(new Counts(1, 1, right ? 1 : 0));
    assertThat(r.location().total()).as("a match either way").isEqualTo(1);
    assertThat(r.dateExact()).isEqualTo(goldDate == null ? new Report.Ratio(0, 0) : new Report.Ratio(right ? 1 : 0, 1));
  }

  @Test
  void anOptionalGoldEventIsNeitherRequiredNorCountedAgainstTheSystem() {
    List<GoldEvent> gold = List.of(gold("e1", AGREE, false, null, "BLR", "ZWE"),
        optional(gold("e2", CONSULT, true, "2025-12", "BLR", "ZWE")));

    Report found = one(gold, system("s1", AGREE, false, null, "BLR", "ZWE"),
        system("s2", CONSULT, true, "2024", "BLR", "ZWE"));
    Report notFound = one(gold, system("s1", AGREE, false, null, "BLR", "ZWE"));

    assertThat(found.events()).isEqualTo(new Counts(1, 1, 1));
    assertThat(found.articles().getFirst().spurious()).isEmpty();
    assertThat(found.dateExact().total()).as("optional matches are not scored").isZero();
    assertThat(notFound.events()).isEqualTo(new Counts(1, 1, 1));
    assertThat(notFound.articles().getFirst().missed()).isEmpty();
  }

  @Test
  void anOptionalGoldEventNeverTakesASystemEventARequiredOneCouldTake() {
    List<GoldEvent> gold = List.of(optional(gold("e1", AGREE, false, "2025-12", "BLR", "ZWE")),
        gold("e2", AGREE, false, "2025-12", "BLR", "ZWE"));

    Report r = one(gold, system("s1", AGREE, false, "2025-12", "BLR", "ZWE"));

    assertThat(r.events()).isEqualTo(new Counts(1, 1, 1));
  }

  @Test
  void aWronglyDatedMatchTakesTheSystemEventButDoesNotCount() {
    List<GoldEvent> gold = List.of(gold("e1", AGREE, false, "2025-12", "BLR", "ZWE"),
        gold("e2", AGREE, false, "2025-12", "BLR", "ZWE"));

    Report r = one(gold, system("s1", AGREE, false, "2025-11", "BLR", "ZWE"));

    assertThat(r.events()).isEqualTo(new Counts(2, 1, 0));
    assertThat(r.dateExact()).isEqualTo(new Report.Ratio(0, 1));
    Report.ArticleErrors errors = r.articles().getFirst();
    assertThat(errors.wronglyDated()).extracting(w -> w.gold().id(), w -> w.system().id())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("e1", "s1"));
    assertThat(errors.missed()).extracting(GoldEvent::id).containsExactly("e2");
    assertThat(errors.spurious()).isEmpty();
    assertThat(r.details()).contains("wrong date AGREE BLR–ZWE gold 2025-12 system 2025-11");
  }

  @Test
  void aMatchInAnotherPlaceIsListedWithBothPlaces() {
    GoldEvent g = gold("e1", AGREE, false, "2025-12", "BLR", "ZWE");
    g = new GoldEvent(g.id(), g.type(), g.mode(), g.actors(), g.directed(), g.date(), "Harare", g.sectors(),
        g.status(), g.people(), g.evidence(), false, null);

    Report r = one(List.of(g), system("s1", AGREE, false, "2025-12", "BLR", "ZWE"));

    assertThat(r.location()).isEqualTo(new Report.Ratio(0, 1));
    assertThat(r.articles().getFirst().wronglyPlaced()).extracting(w -> w.system().id()).containsExactly("s1");
    assertThat(r.details()).contains("wrong place AGREE BLR–ZWE gold Harare system (no place)");
  }

  @Test
  void prefersTheCandidateWhoseDateIsRight() {
    Report r = one(List.of(gold("e1", AGREE, false, "2025-12", "BLR", "ZWE")),
        system("s1", AGREE, false, "2025-11", "BLR", "ZWE"), system("s2", AGREE, false, "2025-12-03", "BLR", "ZWE"));

    assertThat(r.events()).isEqualTo(new Counts(1, 2, 1));
    assertThat(r.articles().getFirst().spurious()).extracting(Event::id).containsExactly("s1");
  }

  @Test
  void anUndatedGoldEventLeavesTheOnlyRightlyDatedCandidateToTheGoldEventThatNeedsIt() {
    List<GoldEvent> gold = List.of(gold("e1", AGREE, false, null, "BLR", "ZWE"),
        gold("e2", AGREE, false, "2025-12", "BLR", "ZWE"));

    Report r = one(gold, system("s1", AGREE, false, "2025-12", "BLR", "ZWE"),
        system("s2", AGREE, false, "2024", "BLR", "ZWE"));

    assertThat(r.events()).isEqualTo(new Counts(2, 2, 2));
  }

  @Test
  void amongCandidatesDatedRightTakesTheOneThatAgreesOnMoreFields() {
    GoldEvent g = new GoldEvent("e1", AGREE, "sign", List.of("BLR", "ZWE"), false, Fixtures.date("2025-12"),
        "Harare", List.of(Sector.MILITARY), Status.OCCURRED, List.of(), "x", false, null);
    Event far = Fixtures.withDetails(system("s1", AGREE, false, "2025-12-01", "BLR", "ZWE"), "Minsk",
        Status.PLANNED, List.of());
    Event close = Fixtures.withDetails(system("s2", AGREE, false, "2025-12", "BLR", "ZWE"), "Harare",
        Status.OCCURRED, List.of(Sector.MILITARY));

    Report r = one(List.of(g), far, close);

    assertThat(r.events()).isEqualTo(new Counts(1, 2, 1));
    assertThat(r.articles().getFirst().spurious()).extracting(Event::id).containsExactly("s1");
    assertThat(r.location().value()).isEqualTo(1.0);
  }

  @Test
  void scoresLocationStatusAndSectorsOverAllRequiredMatches() {
    GoldEvent g1 = new GoldEvent("e1", AGREE, "sign", List.of("BLR", "ZWE"), false, null, "Harare",
        List.of(Sector.MILITARY, Sector.HEALTH), Status.OCCURRED, List.of(), "x", false, null);
    GoldEvent g2 = new GoldEvent("e2", CONSULT, "visit", List.of("BLR", "ZWE"), true, Fixtures.date("2025"), null,
        List.of(), Status.PLANNED, List.of(), "y", false, null);
    Event s1 = Fixtures.withDetails(system("s1", AGREE, false, null, "BLR", "ZWE"), " harare ", Status.OCCURRED,
        List.of(Sector.MILITARY, Sector.EDUCATION));
    Event s2 = Fixtures.withDetails(system("s2", CONSULT, true, "2024", "BLR", "ZWE"), "Minsk", Status.OCCURRED,
        List.of());

    Report r = one(List.of(g1, g2), s1, s2);

    assertThat(r.location()).isEqualTo(new Report.Ratio(1, 2));
    assertThat(r.status()).isEqualTo(new Report.Ratio(1, 2));
    assertThat(r.sectorsJaccard().value()).isEqualTo((1.0 / 3 + 1.0) / 2);
    assertThat(r.direction()).isEqualTo(new Report.Ratio(1, 1));
    assertThat(r.events()).isEqualTo(new Counts(2, 2, 1));
  }

  @Test
  void countsEachTypeSeparatelyInNameOrder() {
    Report r = one(List.of(gold("e1", CONSULT, false, null, "BLR", "ZWE"), gold("e2", AGREE, false, null, "BLR",
        "ZWE")), system("s1", AGREE, false, null, "BLR", "ZWE"), system("s2", AID, true, null, "BLR", "ZWE"));

    assertThat(r.byType()).containsExactly(Map.entry("AGREE", new Counts(1, 1, 1)),
        Map.entry("AID", new Counts(0, 1, 0)), Map.entry("CONSULT", new Counts(1, 0, 0)));
    assertThat(r.events()).isEqualTo(new Counts(2, 2, 1));
  }

  @Test
  void aGoldArticleWithoutSystemOutputCountsAsNothingFound() {
    Report r = Evaluator.score(List.of(article("a.txt", List.of(gold("e1", AGREE, false, null, "BLR", "ZWE")))),
        List.of());

    assertThat(r.events()).isEqualTo(new Counts(1, 0, 0));
    assertThat(r.events().precision()).isNull();
    assertThat(r.events().recall()).isEqualTo(0.0);
    assertThat(r.events().f1()).isEqualTo(0.0);
  }

  @Test
  void rejectsSystemOutputForAFileWithoutGold() {
    assertThatThrownBy(() -> Evaluator.score(List.of(article("a.txt", List.of())), List.of(output("b.txt"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b.txt");
    assertThatThrownBy(() -> Evaluator.score(List.of(article("a.txt", List.of())),
        List.of(output("a.txt"), output("a.txt")))).hasMessageContaining("a.txt occurs twice");
  }

  @Test
  void matchesPeopleByAnyNameOrAliasWithinTheSameCountry() {
    GoldArticle gold = new GoldArticle("a.txt", null, List.of(), List.of(
        new GoldPerson("Viktor Khrenin", "BLR", "Minister of Defence", List.of("Khrenin")),
        new GoldPerson("Oppah Muchinguri-Kashiri", "ZWE", "Minister of Defence", List.of()),
        new GoldPerson("Emmerson Mnangagwa", "ZWE", "President", List.of("Mnangagwa")),
        new GoldPerson("Robert Mugabe", null, null, List.of())));
    SystemArticle system = new SystemArticle("a.txt", List.of(), List.of(
        person("khrenin", "BLR", "Defense Minister"),
        person("Khrenin", "BLR", "Defense Minister"),
        person("Oppah", "ZWE", null, "Oppah  Muchinguri-Kashiri"),
        person("Mnangagwa", "BLR", "President"),
        person("Robert Mugabe", null, null)));

    Report r = Evaluator.score(List.of(gold), List.of(system));

    assertThat(r.people()).isEqualTo(new Report.PeopleCounts(4, 5, 3, 2));
    assertThat(r.people().precision()).isEqualTo(3.0 / 5);
    assertThat(r.people().recall()).isEqualTo(3.0 / 4);
    assertThat(r.people().role()).isEqualTo(2.0 / 3);
    assertThat(r.articles().getFirst().peopleMissed()).extracting(GoldPerson::name)
        .containsExactly("Emmerson Mnangagwa");
    assertThat(r.articles().getFirst().peopleSpurious()).extracting(p -> p.name() + "/" + p.country())
        .containsExactly("Khrenin/BLR", "Mnangagwa/BLR");
  }

  @Test
  void scoresLinksBetweenArticlesPairwise() {
    Report r = threeArticlesWithLinks();

    // gold links a1-b1, a1-c1, b1-c1 (optional e3 not counted); system links a1-b1 (s1), a2-c2 (s3)
    assertThat(r.links()).isEqualTo(new Counts(3, 2, 1));
    assertThat(r.links().precision()).isEqualTo(0.5);
    assertThat(r.links().recall()).isEqualTo(1.0 / 3);
    assertThat(r.links().f1()).isEqualTo(0.4);
  }

  @Test
  void listsEveryFalseAndMissedLinkWithBothEndsAndWhy() {
    Report r = threeArticlesWithLinks();

    assertThat(r.linkErrors()).extracting(l -> (l.missed() ? "missed " : "false ") + l.a().file() + "/"
        + l.a().gold().id() + "-" + l.b().file() + "/" + l.b().gold().id() + ": " + l.why())
        .containsExactly("false a.txt/e2-c.txt/e2: gold same_as null and null",
            "missed a.txt/e1-c.txt/e1: matched by different system events s1 and s2",
            "missed b.txt/e1-c.txt/e1: matched by different system events s1 and s2");
    String details = r.details((x, y) -> "kept apart: " + x.id() + " " + y.id());
    assertThat(details).contains("== false link: gold same_as null and null\n  a.txt e2 gold   CONSULT BLR–ZWE")
        .contains("system s3 CONSULT BLR–ZWE")
        .contains("== missed link: matched by different system events s1 and s2")
        .contains("  merge: kept apart: s1 s2");
    assertThat(r.details()).doesNotContain("merge:");
  }

  private static Report threeArticlesWithLinks() {
    GoldArticle a = article("a.txt", List.of(labelled(gold("e1", AGREE, false, null, "BLR", "ZWE"), "X"),
        gold("e2", CONSULT, false, null, "BLR", "ZWE"),
        labelled(optional(gold("e3", AID, true, null, "BLR", "ZWE")), "Y")));
    GoldArticle b = article("b.txt", List.of(labelled(gold("e1", AGREE, false, null, "BLR", "ZWE"), "X"),
        labelled(optional(gold("e3", AID, true, null, "BLR", "ZWE")), "Y")));
    GoldArticle c = article("c.txt", List.of(labelled(gold("e1", AGREE, false, null, "BLR", "ZWE"), "X"),
        gold("e2", CONSULT, false, null, "BLR", "ZWE")));
    List<SystemArticle> system = List.of(
        output("a.txt", system("s1", AGREE, false, null, "BLR", "ZWE"), system("s3", CONSULT, false, null, "BLR",
            "ZWE"), system("s4", AID, true, null, "BLR", "ZWE")),
        output("b.txt", system("s1", AGREE, false, null, "BLR", "ZWE"), system("s4", AID, true, null, "BLR", "ZWE")),
        output("c.txt", system("s2", AGREE, false, null, "BLR", "ZWE"), system("s3", CONSULT, false, null, "BLR",
            "ZWE")));

    return Evaluator.score(List.of(a, b, c), system);
  }

  @Test
  void aWronglyDatedMatchMakesNoSystemLink() {
    GoldArticle a = article("a.txt", List.of(labelled(gold("e1", AGREE, false, "2025-12", "BLR", "ZWE"), "X")));
    GoldArticle b = article("b.txt", List.of(labelled(gold("e1", AGREE, false, "2025-12", "BLR", "ZWE"), "X")));

    Report r = Evaluator.score(List.of(a, b), List.of(output("a.txt", system("s1", AGREE, false, "2025-12",
        "BLR", "ZWE")), output("b.txt", system("s1", AGREE, false, "2024", "BLR", "ZWE"))));

    assertThat(r.links()).isEqualTo(new Counts(1, 0, 0));
    assertThat(r.linkErrors()).singleElement().satisfies(l -> {
      assertThat(l.missed()).isTrue();
      assertThat(l.why()).isEqualTo("b.txt e1 matched but not dated right");
      assertThat(l.b().system()).isNotNull();
      assertThat(l.b().datedRight()).isFalse();
    });
  }

  @Test
  void aMissedLinkWithAnUnmatchedEndSaysWhichEnd() {
    GoldArticle a = article("a.txt", List.of(labelled(gold("e1", AGREE, false, null, "BLR", "ZWE"), "X")));
    GoldArticle b = article("b.txt", List.of(labelled(gold("e7", AGREE, false, null, "BLR", "ZWE"), "X")));

    Report r = Evaluator.score(List.of(a, b), List.of(output("a.txt", system("s1", AGREE, false, null, "BLR",
        "ZWE")), output("b.txt")));

    assertThat(r.linkErrors()).singleElement().satisfies(l -> {
      assertThat(l.why()).isEqualTo("b.txt e7 unmatched");
      assertThat(l.b().system()).isNull();
    });
    assertThat(r.details()).contains("== missed link: b.txt e7 unmatched");
  }

  @Test
  void scoresSeveralSetsAsOneCorpusKeepingEqualFileNamesApart() {
    SequencedMap<String, List<GoldArticle>> gold = new LinkedHashMap<>();
    gold.put("one", List.of(article("a.txt", List.of(labelled(gold("e1", AGREE, false, null, "BLR", "ZWE"), "X")))));
    gold.put("two", List.of(article("a.txt", List.of(labelled(gold("e1", AGREE, false, null, "BLR", "ZWE"), "X"),
        gold("e2", AID, true, null, "BLR", "ZWE")))));

    Report r = Evaluator.scoreSets(gold, Map.of(
        "one", List.of(output("a.txt", system("s1", AGREE, false, null, "BLR", "ZWE"))),
        "two", List.of(output("a.txt", system("s1", AGREE, false, null, "BLR", "ZWE")))));

    assertThat(r.events()).isEqualTo(new Counts(3, 2, 2));
    assertThat(r.links()).isEqualTo(new Counts(1, 1, 1));
    assertThat(r.articles()).extracting(Report.ArticleErrors::set).containsExactly("one", "two");
    assertThat(r.details()).contains("== two/a.txt").doesNotContain("== one/a.txt");
    assertThatThrownBy(() -> Evaluator.scoreSets(gold, Map.of("three", List.of())))
        .hasMessageContaining("three");
  }
}
