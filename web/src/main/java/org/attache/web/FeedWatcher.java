package org.attache.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.attache.model.ArticleIssue.Kind;
import org.attache.model.ArticleMeta;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;

/**
 * Polls RSS and Atom feeds (Rome) and reads each new item's page once. An item is new when none of
 * its keys is recorded in the store: {@code guid:} its GUID (RSS) or id (Atom), {@code url:} its link,
 * and, once its page is read, {@code hash:} the article's content hash. Keys are recorded by
 * {@link #commit} after the caller has stored the pass's articles, so a crash in between re-reads
 * those items rather than losing them; items whose fetch failed for a reason that may pass (network,
 * timeout, HTTP 5xx) are not recorded and are tried again next pass.
 *
 * <p>Not thread-safe.
 */
public final class FeedWatcher {
  /** Failures that will not pass by themselves: such items are recorded as handled. */
  private static final Set<Kind> FINAL = Set.of(Kind.REFUSED, Kind.MALFORMED, Kind.TOO_LARGE, Kind.EMPTY);

  /**
   * What one pass over one feed did.
   *
   * @param feed the feed URL or file
   * @param items how many items the feed lists
   * @param seen items handled in an earlier pass (or duplicates of stored articles)
   * @param fresh new items whose article was read
   * @param failed new items (or the feed itself) that failed
   * @param keys the keys to record once the articles are stored ({@link #commit})
   */
  public record Pass(String feed, int items, int seen, int fresh, int failed, List<Key> keys) {}

  /** A feed item key to record, with the article it gave (or null). */
  public record Key(String key, @Nullable String articleId) {}

  private final WebIngestor web;
  private final @Nullable Fetcher fetcher;
  private final Store store;

  public FeedWatcher(WebIngestor web, @Nullable Fetcher fetcher, Store store) {
    this.web = web;
    this.fetcher = fetcher;
    this.store = store;
  }

  /** Reads a feed (an http(s) URL, or a file) and sends each new item's article to {@code sink}. */
  public Pass poll(String feed, WebIngestor.Sink sink) {
    byte[] bytes;
    if (WebIngestor.isUrl(feed)) {
      if (fetcher == null) {
        throw new IllegalStateException("a URL feed needs a Fetcher");
      }
      Fetcher.Result r = fetcher.fetch(feed);
      if (r.issue() != null) {
        sink.issue(new ArticleIssue(feed, r.issue().kind(), "feed: " + r.issue().message(), true));
        return new Pass(feed, 0, 0, 0, 1, List.of());
      }
      bytes = r.body();
    } else {
      try {
        bytes = Files.readAllBytes(Path.of(feed));
      } catch (IOException | RuntimeException e) {
        sink.issue(new ArticleIssue(feed, Kind.UNREADABLE, "feed: cannot read: " + e, true));
        return new Pass(feed, 0, 0, 0, 1, List.of());
      }
    }
    return read(feed, bytes, web::fetchPage, sink);
  }

  /**
   * Parses the feed's bytes and reads each new item's page with {@code pages} (the fuzz tests pass one
   * that fetches nothing). Never throws for bad feed content: it is a recorded issue.
   */
  Pass read(String feed, byte[] bytes, java.util.function.Function<String, PageReader.Outcome> pages,
      WebIngestor.Sink sink) {
    SyndFeed parsed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      parsed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
    } catch (Exception e) {
      sink.issue(new ArticleIssue(feed, Kind.MALFORMED, "not a readable RSS or Atom feed: " + e.getClass().getSimpleName()
          + ": " + e.getMessage(), true));
      return new Pass(feed, 0, 0, 0, 1, List.of());
    }
    int seen = 0;
    int fresh = 0;
    int failed = 0;
    List<Key> keys = new ArrayList<>();
    List<SyndEntry> entries = parsed.getEntries();
    for (SyndEntry e : entries) {
      String link = e.getLink() == null ? null : e.getLink().strip();
      String guid = e.getUri() == null || e.getUri().isBlank() ? null : e.getUri().strip();
      List<String> itemKeys = new ArrayList<>();
      if (guid != null) {
        itemKeys.add("guid:" + guid);
      }
      if (link != null && !link.isEmpty()) {
        itemKeys.add("url:" + link);
      }
      if (itemKeys.stream().anyMatch(store::feedItemSeen)) {
        seen++;
        continue;
      }
      if (link == null || link.isEmpty()) {
        failed++;
        sink.issue(new ArticleIssue(feed, Kind.MALFORMED, "feed item '" + e.getTitle() + "' has no link", true));
        itemKeys.forEach(k -> keys.add(new Key(k, null)));
        continue;
      }
      PageReader.Outcome o = pages.apply(link);
      Article a = o.article();
      ArticleMeta m = o.meta();
      if (a == null || m == null) {
        failed++;
        o.issues().forEach(sink::issue);
        if (o.issues().stream().allMatch(i -> FINAL.contains(i.kind()))) {
          itemKeys.forEach(k -> keys.add(new Key(k, null)));
        }
        continue;
      }
      if (store.feedItemSeen("hash:" + a.contentHash()) || store.containsArticle(a.id())) {
        seen++;
        itemKeys.forEach(k -> keys.add(new Key(k, a.id())));
        continue;
      }
      fresh++;
      o.issues().forEach(sink::issue);
      sink.article(a, m);
      itemKeys.add("hash:" + a.contentHash());
      itemKeys.forEach(k -> keys.add(new Key(k, a.id())));
    }
    return new Pass(feed, entries.size(), seen, fresh, failed, List.copyOf(keys));
  }

  /** Records the keys of a pass as handled; call it once the pass's articles are stored. */
  public void commit(Pass pass) {
    for (Key k : pass.keys()) {
      store.putFeedItem(k.key(), pass.feed(), k.articleId());
    }
  }
}
