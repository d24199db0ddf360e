package org.attache.model;

import org.jspecify.annotations.Nullable;

/**
 * One stored news article.
 *
 * @param id stable identifier: the first 16 hex digits of {@code contentHash}
 * @param source where it was read from: a file path, {@code -} for standard input, or a URL
 * @param text the stored text, after decoding; every {@link Span} of this article points into it
 * @param body the part of {@code text} to analyse (the whole text less a leading date line)
 * @param pubDate the publication date, or null when unknown
 * @param pubDateSource where {@code pubDate} came from
 * @param url the article's URL, or null
 * @param title the article's title, or null
 * @param contentHash SHA-256 of {@code text} in UTF-8, lower-case hex
 */
public record Article(
    String id,
    String source,
    String text,
    Span body,
    @Nullable PartialDate pubDate,
    PubDateSource pubDateSource,
    @Nullable String url,
    @Nullable String title,
    String contentHash) {

  /**
   * Where a publication date came from. {@code WEB_PAGE}: from a web page's metadata, markup, URL or
   * capture record; {@link ArticleMeta#provenance()} names which.
   */
  public enum PubDateSource { DATE_LINE, MANIFEST, OPTION, NONE, WEB_PAGE }

  public Article {
    if (body.end() > text.length()) {
      throw new IllegalArgumentException("article " + source + ": body " + body + " runs past its text of " + text.length() + " chars");
    }
    if ((pubDate == null) != (pubDateSource == PubDateSource.NONE)) {
      throw new IllegalArgumentException("article " + source + ": pubDate " + pubDate + " does not fit source " + pubDateSource);
    }
  }

  /** The last path element of {@code source} (the file name a manifest or gold file names). */
  public String fileName() {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }
}
