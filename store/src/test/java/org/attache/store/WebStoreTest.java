package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.store.Fixtures.article;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attache.model.Article;
import org.attache.model.ArticleMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's web-intake additions: article metadata, exact duplicates, feed items (schema V2). */
class WebStoreTest {
  @TempDir Path dir;

  @Test
  void metadataComesBackEqualWithItsProvenance() {
    try (Store s = Store.openSqlite(dir.resolve("a.db"))) {
      Article a = article("https://x.example/1", "Title\n\nBody text of the article.");
      ArticleMeta m = new ArticleMeta(a.id(), "Ann Author", "X News", "https://x.example/1", "en", "abc",
          Map.of("title", "meta[property=og:title]", "pubDate", "json-ld datePublished"));
      s.putArticleMeta(m);
      s.putArticle(a, List.of(), List.of());
      assertThat(s.articleMeta(a.id())).contains(m);
      s.putArticleMeta(m.withLanguage("ru", "detected"));
      assertThat(s.articleMeta(a.id()).orElseThrow().language()).isEqualTo("ru");
      assertThat(s.articleMeta("nope")).isEmpty();
    }
  }

  @Test
  void articlesWithTheSameCanonicalUrlOrBodyAreDuplicatesOfTheFirstStored() {
    try (Store s = Store.openSqlite(dir.resolve("d.db"))) {
      Article first = article("https://a.example/story", "Headline A\n\nThe same body.");
      Article sameBody = article("https://b.example/copy", "Headline B\n\nThe same body.");
      Article sameCanonical = article("https://a.example/story?amp=1", "Headline A (AMP)\n\nThe same body, shorter.");
      Article other = article("https://c.example/other", "Other\n\nSomething else.");
      for (Article a : List.of(first, sameBody, sameCanonical, other)) {
        String canonical = a == other ? "https://c.example/other" : a == sameBody ? "https://b.example/copy" : "https://a.example/story";
        String bodyHash = a == first || a == sameBody ? "body-1" : a == other ? "body-3" : "body-2";
        s.putArticleMeta(new ArticleMeta(a.id(), null, null, canonical, "en", bodyHash, Map.of()));
        s.putArticle(a, List.of(), List.of());
      }
      Map<String, String> dups = s.duplicateOf();
      assertThat(dups).hasSize(2);
      assertThat(dups.get(other.id())).isNull();
      // Stored in the same instant or not, each copy points at one earlier article of its group.
      assertThat(dups.keySet()).doesNotContain(other.id());
      assertThat(List.of(first.id(), sameBody.id(), sameCanonical.id())).containsAll(dups.values());
    }
  }

  @Test
  void feedItemsAreRememberedAcrossReopening() {
    Path db = dir.resolve("f.db");
    try (Store s = Store.openSqlite(db)) {
      assertThat(s.feedItemSeen("guid:1")).isFalse();
      s.putFeedItem("guid:1", "https://feed", null);
      s.putFeedItem("guid:1", "https://feed", null);
    }
    try (Store s = Store.openSqlite(db)) {
      assertThat(s.feedItemSeen("guid:1")).isTrue();
      assertThat(s.feedItemSeen("guid:2")).isFalse();
    }
  }
}
