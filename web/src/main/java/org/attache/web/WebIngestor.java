package org.attache.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.attache.model.ArticleIssue.Kind;
import org.attache.model.ArticleMeta;
import org.jspecify.annotations.Nullable;

/**
 * Reads saved web pages ({@code .html}, {@code .htm}, {@code .xhtml}), WARC archives ({@code .warc},
 * {@code .warc.gz}) and URLs into {@link Article}s with their {@link ArticleMeta}, or recorded
 * {@link ArticleIssue}s: bad content is an issue on that input and the batch goes on. Within one
 * call, a second input with the same text as an earlier one is a {@link Kind#DUPLICATE} issue.
 *
 * <p>Not thread-safe (one batch at a time); the {@link PageReader} and {@link Fetcher} it uses are.
 */
public final class WebIngestor {
  /** Receives what a read finds, in input order: an input's issues come before its article. */
  public interface Sink {
    /** An article read, with its metadata ({@code meta.articleId()} is {@code a.id()}). */
    void article(Article a, ArticleMeta meta);

    /** A problem with one input; {@link ArticleIssue#skipped()} tells whether an article follows. */
    void issue(ArticleIssue i);

    /** Called after each input (a file, a URL) is done, with its size in bytes (1 for a URL). */
    default void inputDone(String source, long bytes) {}
  }

  private final PageReader pages;
  private final @Nullable Fetcher fetcher;
  private final long maxBytes;
  private final Map<String, String> seen = new HashMap<>();

  /**
   * @param fetcher for URLs, or null when none will be read
   * @param maxBytes the largest saved page or archive record read, in bytes
   */
  public WebIngestor(PageReader pages, @Nullable Fetcher fetcher, long maxBytes) {
    this.pages = pages;
    this.fetcher = fetcher;
    this.maxBytes = maxBytes;
  }

  /** Whether this reads {@code path} (by its name): a saved page or a WARC archive. */
  public static boolean isWebFile(Path path) {
    String n = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || isWarc(path);
  }

  static boolean isWarc(Path path) {
    String n = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  /** Whether {@code arg} is an http(s) URL rather than a path. */
  public static boolean isUrl(String arg) {
    String a = arg.toLowerCase(Locale.ROOT);
    return a.startsWith("http://") || a.startsWith("https://");
  }

  /** Reads saved pages and WARC archives, in the order given. */
  public void readFiles(List<Path> files, Sink sink) {
    for (Path f : files) {
      long size = 0;
      try {
        size = Files.size(f);
      } catch (IOException e) {
        // reported below when reading
      }
      if (isWarc(f)) {
        readWarc(f, sink);
      } else {
        emit(readPage(f, size), sink);
      }
      sink.inputDone(f.toString(), size);
    }
  }

  /** Fetches and reads URLs, in the order given. */
  public void readUrls(List<String> urls, Sink sink) {
    for (String url : urls) {
      emit(fetchPage(url), sink);
      sink.inputDone(url, 1);
    }
  }

  /** Fetches and reads one URL, without the duplicate check (for feeds, which keep their own). */
  public PageReader.Outcome fetchPage(String url) {
    if (fetcher == null) {
      throw new IllegalStateException("this WebIngestor was made without a Fetcher");
    }
    Fetcher.Result r = fetcher.fetch(url);
    if (r.issue() != null) {
      return new PageReader.Outcome(List.of(r.issue()), null, null);
    }
    String type = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT);
    if (!type.isEmpty() && !type.contains("html") && !type.contains("xml") && !type.startsWith("text/")) {
      return PageReader.Outcome.skip(url, Kind.REFUSED, "content type '" + r.contentType() + "' is no web page");
    }
    return pages.read(r.body(), r.contentType(), url, r.finalUrl(), null, java.time.Instant.now());
  }

  private PageReader.Outcome readPage(Path f, long size) {
    String source = f.toString();
    if (size > maxBytes) {
      return PageReader.Outcome.skip(source, Kind.TOO_LARGE, size + " bytes, over the cap of " + maxBytes + " bytes");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(f)) {
      bytes = in.readNBytes(Math.toIntExact(maxBytes + 1));
    } catch (IOException | RuntimeException e) {
      return PageReader.Outcome.skip(source, Kind.UNREADABLE, "cannot read: " + e);
    }
    if (bytes.length > maxBytes) {
      return PageReader.Outcome.skip(source, Kind.TOO_LARGE, "more than " + maxBytes + " bytes, over the cap");
    }
    return pages.read(bytes, null, source, null, null);
  }

  private void readWarc(Path f, Sink sink) {
    Set<String> targets = new HashSet<>();
    WarcArchive.read(f, maxBytes, new WarcArchive.Visitor() {
      @Override
      public void capture(String target, java.time.Instant date, @Nullable String type, byte[] body, long offset) {
        if (!targets.add(target + " " + date)) {
          return;
        }
        PageReader.Outcome o = pages.read(body, type, target, target, date);
        emit(o, sink);
      }

      @Override
      public void problem(ArticleIssue issue) {
        sink.issue(issue);
      }
    });
  }

  private void emit(PageReader.Outcome o, Sink sink) {
    Article a = o.article();
    if (a != null) {
      String first = seen.putIfAbsent(a.contentHash(), a.source());
      if (first != null) {
        sink.issue(new ArticleIssue(a.source(), Kind.DUPLICATE, "same text as " + first + " (id " + a.id() + ")", true));
        return;
      }
    }
    o.issues().forEach(sink::issue);
    if (a != null && o.meta() != null) {
      sink.article(a, o.meta());
    }
  }
}
