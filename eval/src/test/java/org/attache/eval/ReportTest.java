package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.eval.Fixtures.article;
import static org.attache.eval.Fixtures.gold;
import static org.attache.eval.Fixtures.output;
import static org.attache.eval.Fixtures.system;
import static org.attache.model.EventType.AGREE;
import static org.attache.model.EventType.CONSULT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
  private static final List<String> PRF = List.of("precision", "recall", "f1");

  private static JsonNode parse(Report r) throws Exception {
    return new ObjectMapper().readTree(r.toJson());
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void writesExactlyTheAgreedKeysInTheAgreedOrder() throws Exception {
    Report r = Evaluator.score(List.of(article("a.txt", List.of(gold("e1", AGREE, false, "2025", "BLR", "ZWE")))),
        List.of(output("a.txt", system("s1", AGREE, false, "2025", "BLR", "ZWE"),
            system("s2", CONSULT, false, null, "BLR", "ZWE"))));

    JsonNode json = parse(r);

    assertThat(keys(json)).containsExactly("events", "date_exact", "location", "status", "direction",
        "sectors_jaccard", "people", "links", "by_type");
    assertThat(keys(json.get("events"))).containsExactly("precision", "recall", "f1", "gold", "system", "matched");
    assertThat(keys(json.get("people"))).containsExactly("precision", "recall", "role");
    assertThat(keys(json.get("links"))).containsExactlyElementsOf(PRF);
    assertThat(keys(json.get("by_type"))).containsExactly("AGREE", "CONSULT");
    assertThat(keys(json.get("by_type").get("AGREE"))).containsExactlyElementsOf(PRF);
    assertThat(json.get("events").get("precision").doubleValue()).isEqualTo(0.5);
    assertThat(json.get("events").get("recall").doubleValue()).isEqualTo(1.0);
    assertThat(json.get("events").get("gold").intValue()).isEqualTo(1);
    assertThat(json.get("events").get("system").intValue()).isEqualTo(2);
    assertThat(json.get("events").get("matched").intValue()).isEqualTo(1);
    assertThat(json.get("date_exact").doubleValue()).isEqualTo(1.0);
    assertThat(json.get("by_type").get("CONSULT").get("recall").isNull()).isTrue();
    assertThat(json.get("by_type").get("CONSULT").get("precision").doubleValue()).isEqualTo(0.0);
  }

  @Test
  void writesNullWhereThereIsNothingToScore() throws Exception {
    Report r = Evaluator.score(List.of(article("a.txt", List.of(gold("e1", AGREE, false, null, "BLR", "ZWE")))),
        List.of());

    JsonNode json = parse(r);

    assertThat(json.get("events").get("precision").isNull()).isTrue();
    assertThat(json.get("events").get("recall").doubleValue()).isEqualTo(0.0);
    for (String field : List.of("date_exact", "location", "status", "direction", "sectors_jaccard")) {
      assertThat(json.get(field).isNull()).as(field).isTrue();
    }
    for (String field : List.of("precision", "recall", "role")) {
      assertThat(json.get("people").get(field).isNull()).as(field).isTrue();
    }
    for (String field : PRF) {
      assertThat(json.get("links").get(field).isNull()).as(field).isTrue();
    }
  }

  @Test
  void anEmptyCorpusHasNoTypesAndOnlyNulls() throws Exception {
    JsonNode json = parse(Evaluator.score(List.of(), List.of()));

    assertThat(keys(json.get("by_type"))).isEmpty();
    assertThat(json.get("events").get("f1").isNull()).isTrue();
    assertThat(json.get("events").get("gold").intValue()).isZero();
  }

  @Test
  void theTableShowsEveryMetricWithItsCounts() {
    Report r = Evaluator.score(List.of(article("a.txt", List.of(gold("e1", AGREE, false, "2025", "BLR", "ZWE")))),
        List.of(output("a.txt", system("s1", AGREE, false, "2025", "BLR", "ZWE"))));

    assertThat(r.toTable()).contains("events", "1.000", "date_exact", "location", "status", "direction",
        "sectors_jaccard", "people", "links", "AGREE").contains("1/1");
  }

  @Test
  void theDetailsListMissedAndSpuriousEventsAndPeoplePerFile() {
    GoldArticle gold = new GoldArticle("a.txt", null, List.of(gold("e1", AGREE, false, "2025-12", "BLR", "ZWE")),
        List.of(new GoldPerson("Viktor Khrenin", "BLR", "Minister of Defence", List.of())));
    SystemArticle system = new SystemArticle("a.txt", List.of(system("s1", CONSULT, true, null, "RUS", "BLR")),
        List.of(Fixtures.person("Someone Else", "RUS", null)));

    String details = Evaluator.score(List.of(gold, article("b.txt", List.of())), List.of(system)).details();

    assertThat(details).contains("== a.txt")
        .contains("missed     AGREE BLR–ZWE 2025-12 occurred \"evidence of e1\"")
        .contains("spurious   CONSULT RUS→BLR (no date) occurred")
        .contains("person missed   Viktor Khrenin (BLR, Minister of Defence)")
        .contains("person spurious Someone Else (RUS)")
        .doesNotContain("b.txt");
  }
}
