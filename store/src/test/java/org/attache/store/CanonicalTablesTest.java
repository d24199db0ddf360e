package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attache.model.Article;
import org.attache.model.ArticleFingerprint;
import org.attache.model.Correction;
import org.attache.model.ExtractionChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalTablesTest {
  @TempDir Path dir;

  @Test
  void fingerprintsAndExtractorVersionsComeBackAfterReopening() {
    Path file = dir.resolve("a.db");
    Article a = Fixtures.article("a.txt", "Belarus and Pakistan signed a memorandum.");
    ArticleFingerprint f = new ArticleFingerprint(a.id(), "abc", 3, List.of(-5, 0, 2147483647));
    try (Store s = Store.openSqlite(file)) {
      s.putArticle(a, List.of(), List.of());
      s.putFingerprint(f);
      s.setExtractorVersion(a.id(), "x1");
      s.setExtractorVersion(a.id(), "x2");
      assertThatThrownBy(() -> s.putFingerprint(new ArticleFingerprint("nope", "h", 0, List.of())))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }
    try (Store s = Store.openSqlite(file)) {
      assertThat(s.fingerprints()).containsExactly(f);
      assertThat(s.extractorVersion(a.id())).contains("x2");
      assertThat(s.extractorVersion("other")).isEmpty();
    }
  }

  @Test
  void correctionsKeepTheirOrderArgumentsAndReason() {
    try (Store s = Store.openSqlite(dir.resolve("c.db"))) {
      Correction one = s.addCorrection(Correction.Kind.EVENT_FIX, "E1", Map.of("date", "2023-01-30", "type", "AGREE"),
          "checked");
      Correction two = s.addCorrection(Correction.Kind.EVENT_REJECT, "E2", Map.of(), "");
      assertThat(one.seq()).isLessThan(two.seq());
      assertThat(s.corrections()).containsExactly(one, two);
      assertThat(s.corrections().getFirst().args()).containsEntry("date", "2023-01-30").containsEntry("type", "AGREE");
    }
  }

  @Test
  void anIdThatGoesOutOfUseBecomesAnAliasOfTheOneHoldingMostOfItsMembers() {
    try (Store s = Store.openSqlite(dir.resolve("m.db"))) {
      assertThat(s.recordCanonicalMembership(Map.of("a-e1", "E1", "b-e1", "E1", "c-e1", "E2"))).isEmpty();
      Map<String, String> added = s.recordCanonicalMembership(Map.of("a-e1", "E9", "b-e1", "E9", "c-e1", "E2",
          "d-e1", "E9"));
      assertThat(added).containsExactly(Map.entry("E1", "E9"));
      assertThat(s.canonicalAliases()).containsExactly(Map.entry("E1", "E9"));
      // E1 in use again: no longer an alias.
      s.recordCanonicalMembership(Map.of("a-e1", "E1", "b-e1", "E1"));
      assertThat(s.canonicalAliases()).doesNotContainKey("E1").containsEntry("E9", "E1");
    }
  }

  @Test
  void extractionChangesAreKeptInOrder() {
    try (Store s = Store.openSqlite(dir.resolve("x.db"))) {
      ExtractionChange a = new ExtractionChange("art", "1", "2", ExtractionChange.Kind.ADDED, "AGREE BLR-PAK", "sign",
          "2025-01-01T00:00:00Z");
      ExtractionChange b = new ExtractionChange("art", "1", "2", ExtractionChange.Kind.REMOVED, "CONSULT BLR>PAK",
          "visit", "2025-01-01T00:00:00Z");
      s.recordChanges(List.of(a, b));
      assertThat(s.changes()).containsExactly(a, b);
    }
  }
}
