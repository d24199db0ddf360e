package org.attache.canon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.geo.Gazetteer;
import org.attache.merge.Places;
import org.attache.merge.View;
import org.attache.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canonical view of a generated store with every kind of report merging must handle ({@link MixedStore}) is the
 * recorded one, field by field and member by member: a change of how the view is computed (reading the store,
 * finding copies, resolving people, merging events) must not change what it is. Regenerate the recorded file with
 * {@code -Dattache.regenerate=true} only for a change of the merging rules, and review the diff.
 */
class MixedStoreViewTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "org", "attache", "canon",
      "mixed-store-view.txt");

  @TempDir Path dir;

  @Test
  void theViewOfAGeneratedMixedStoreIsTheRecordedOne() throws IOException {
    Places places = Canon.places(Gazetteer.load());
    try (Store s = Store.openSqlite(dir.resolve("mixed.db"))) {
      int articles = MixedStore.fill(s, 8);
      assertThat(s.stats().articles()).isEqualTo(articles);
      View first = Canon.refresh(s, places);
      MixedStore.correct(s, first);
      String described = MixedStore.describe(Canon.build(s, places));
      if (Boolean.getBoolean("attache.regenerate")) {
        Files.writeString(GOLDEN, described, StandardCharsets.UTF_8);
      }
      assertThat(described).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }
  }
}
