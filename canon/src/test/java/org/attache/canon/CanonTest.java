package org.attache.canon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.attache.merge.Places;
import org.attache.merge.View;
import org.attache.model.Article;
import org.attache.model.CanonicalEvent;
import org.attache.model.Correction;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Sector;
import org.attache.model.Span;
import org.attache.model.Status;
import org.attache.store.EventQuery;
import org.attache.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The canonical view of a real store, built without language models from events stored by hand. */
class CanonTest {
  @TempDir Path dir;

  private static Article article(String name, String pub, String text) throws Exception {
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8)));
    return new Article(hash.substring(0, 16), name, text, new Span(0, text.length()), PartialDate.parse(pub),
        Article.PubDateSource.OPTION, null, null, hash);
  }

  private static Event event(Article a, int n, EventType type, String date, String evidence, String... actors) {
    int start = a.text().indexOf(evidence);
    return new Event(a.id() + "-e" + n, a.id(), type, "", List.of(actors), false, PartialDate.parse(date), null,
        List.of(Sector.DIPLOMACY), Status.OCCURRED, List.of(), new Span(start, start + evidence.length()), evidence, 0.7,
        Map.of());
  }

  @Test
  void mergesAcrossStoredArticlesAndFiltersLikeTheStore() throws Exception {
    Article a = article("a.txt", "2024-11-26", "Lukashenko arrived in Islamabad on Monday. Talks followed.");
    Article b = article("b.txt", "2024-11-27", "The Belarusian president came to Pakistan this week.");
    Article c = article("c.txt", "2024-12-07", "Putin and Lukashenko signed a treaty in Minsk.");
    try (Store s = Store.openSqlite(dir.resolve("s.db"))) {
      s.putArticle(a, List.of(), List.of(event(a, 1, EventType.CONSULT, "2024-11-25", "Lukashenko arrived in Islamabad",
          "BLR", "PAK")));
      s.putArticle(b, List.of(), List.of(event(b, 1, EventType.CONSULT, "2024-11", "came to Pakistan", "PAK", "BLR")));
      s.putArticle(c, List.of(), List.of(event(c, 1, EventType.AGREE, "2024-12-06", "signed a treaty", "RUS", "BLR")));
      View v = Canon.refresh(s, Places.NONE);
      assertThat(v.events()).hasSize(2);
      CanonicalEvent visit = Canon.select(v, EventQuery.all().withPair("PAK", "BLR"), false).getFirst();
      assertThat(visit.sources()).extracting(src -> src.articleId()).containsExactly(a.id(), b.id());
      assertThat(visit.date()).isEqualTo(PartialDate.parse("2024-11-25"));
      assertThat(Canon.select(v, EventQuery.all().withCountry("RUS"), false)).extracting(CanonicalEvent::type)
          .containsExactly(EventType.AGREE);
      assertThat(Canon.select(v, EventQuery.all().withSince(PartialDate.parse("2024-12")), false)).hasSize(1);
      assertThat(Canon.select(v, EventQuery.all().withUntil(PartialDate.parse("2024-11")), false)).hasSize(1);
      assertThat(Canon.select(v, EventQuery.all().withArticleId(b.id()), false)).containsExactly(visit);
      assertThat(Canon.select(v, EventQuery.all().withLimit(1), false)).hasSize(1);

      s.addCorrection(Correction.Kind.EVENT_REJECT, visit.id(), Map.of(), "test");
      View after = Canon.refresh(s, Places.NONE);
      assertThat(Canon.select(after, EventQuery.all(), false)).hasSize(1);
      assertThat(Canon.select(after, EventQuery.all(), true)).hasSize(2);
      assertThat(s.canonicalAliases()).isEmpty();
    }
  }

  @Test
  void whyApartNamesTheRuleThatKeptTwoStoredReportsApart() throws Exception {
    Article a = article("a.txt", "2024-11-26", "Lukashenko arrived in Islamabad on Monday.");
    Article b = article("b.txt", "2024-06-20", "The Belarusian president visited Pakistan in June.");
    try (Store s = Store.openSqlite(dir.resolve("s.db"))) {
      s.putArticle(a, List.of(), List.of(event(a, 1, EventType.CONSULT, "2024-11-25", "arrived in Islamabad",
          "BLR", "PAK")));
      s.putArticle(b, List.of(), List.of(event(b, 1, EventType.CONSULT, "2024-06", "visited Pakistan in June",
          "BLR", "PAK")));
      assertThat(Canon.whyApart(s, Places.NONE, a.id() + "-e1", b.id() + "-e1"))
          .contains("date 2024-11-25 incompatible with 2024-06");
    }
  }
}
