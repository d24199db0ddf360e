package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;

/** The shared gold sets scored against themselves must score 1.0 on every metric. */
class GoldAgainstItselfTest {
  private static List<GoldArticle> read(String set) {
    return Gold.read(Fixtures.shared().resolve("eval").resolve(set).resolve("gold.jsonl"));
  }

  private static void assertPerfect(Report r) throws Exception {
    assertThat(r.articles()).allSatisfy(a -> assertThat(a.isEmpty()).as(a.file()).isTrue());
    assertThat(r.details()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(r.toJson());
    List<String> scores = new ArrayList<>();
    collectScores("", json, scores);
    assertThat(scores).isNotEmpty().allSatisfy(s -> assertThat(s).endsWith("=1.0"));
  }

  private static void collectScores(String path, JsonNode node, List<String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (!List.of("gold", "system", "matched").contains(e.getKey())) {
          collectScores(path + "/" + e.getKey(), e.getValue(), out);
        }
      });
    } else {
      out.add(path + "=" + node);
    }
  }

  @Test
  void theSeedsScorePerfectlyAgainstThemselves() throws Exception {
    List<GoldArticle> seeds = read("seeds");

    Report r = Evaluator.score(seeds, Fixtures.goldAsSystem("seeds", seeds));

    assertPerfect(r);
    assertThat(r.events().gold()).isEqualTo(24);
    assertThat(r.events().system()).isEqualTo(24);
    assertThat(r.links().gold()).isPositive();
  }

  @Test
  void theDevSetScoresPerfectlyAgainstItself() throws Exception {
    List<GoldArticle> dev = read("dev");

    Report r = Evaluator.score(dev, Fixtures.goldAsSystem("dev", dev));

    assertPerfect(r);
    assertThat(r.events().gold()).isEqualTo(67);
    assertThat(r.links().gold()).isPositive();
  }

  @Test
  void seedsAndDevTogetherScorePerfectlyWithLinksAcrossTheSets() throws Exception {
    SequencedMap<String, List<GoldArticle>> gold = new LinkedHashMap<>();
    gold.put("seeds", read("seeds"));
    gold.put("dev", read("dev"));

    Report together = Evaluator.scoreSets(gold, Map.of("seeds", Fixtures.goldAsSystem("seeds", gold.get("seeds")),
        "dev", Fixtures.goldAsSystem("dev", gold.get("dev"))));
    Report seeds = Evaluator.score(gold.get("seeds"), Fixtures.goldAsSystem("seeds", gold.get("seeds")));
    Report dev = Evaluator.score(gold.get("dev"), Fixtures.goldAsSystem("dev", gold.get("dev")));

    assertPerfect(together);
    assertThat(together.events().gold()).isEqualTo(24 + 67);
    assertThat(together.links().gold()).isGreaterThan(seeds.links().gold() + dev.links().gold());
  }

  @Test
  void mergingNothingFindsNoLinksButKeepsEventScores() {
    List<GoldArticle> dev = read("dev");
    List<SystemArticle> unmerged = dev.stream().map(a -> new SystemArticle(a.file(),
        a.events().stream().map(g -> Fixtures.asSystem(g, a.file() + "#" + g.id(), a.file())).toList(),
        List.of())).toList();

    Report r = Evaluator.score(dev, unmerged);

    assertThat(r.events().f1()).isEqualTo(1.0);
    assertThat(r.links().system()).isZero();
    assertThat(r.links().recall()).isEqualTo(0.0);
    assertThat(r.links().precision()).isNull();
  }
}
