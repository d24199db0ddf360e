package org.attache.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.merge.Fixtures.article;
import static org.attache.model.EventType.AGREE;
import static org.attache.model.EventType.CONSULT;

import java.util.List;
import org.attache.model.ExtractionChange;
import org.junit.jupiter.api.Test;

class ChangesTest {
  @Test
  void recordsAddedRemovedAndChangedEvents() {
    var before = article("a", "2024-01-01")
        .event(CONSULT, "visit", "BLR>ZWE", "2024-01", null, "the visit")
        .event(AGREE, "sign", "BLR-ZWE", "2024-01-02", null, "signed a deal").events;
    var after = article("a", "2024-01-01")
        .event(CONSULT, "visit", "BLR>ZWE", "2024-01-02", null, "the visit")
        .event(org.attache.model.EventType.COOPERATE, "", "BLR-ZWE", "2024", null, "cooperation").events;
    List<ExtractionChange> changes = Changes.diff("a", "1", "2", before, after, "t");
    assertThat(changes).extracting(ExtractionChange::kind).containsExactly(
        ExtractionChange.Kind.CHANGED, ExtractionChange.Kind.REMOVED, ExtractionChange.Kind.ADDED);
    assertThat(changes.getFirst().detail()).contains("2024-01 ").contains("→").contains("2024-01-02");
    assertThat(Changes.diff("a", "1", "2", before, before, "t")).isEmpty();
  }

}
