package org.attache.model;

/**
 * A problem met with one input, recorded so that the batch can go on.
 *
 * @param source the file path, {@code -} or URL the problem belongs to
 * @param kind what went wrong
 * @param message what was found and what was expected, naming the value
 * @param skipped true when the input was not stored because of it
 */
public record ArticleIssue(String source, Kind kind, String message, boolean skipped) {
  /** The kinds of problem an input can have. */
  public enum Kind {
    EMPTY, BINARY, TOO_LARGE, INVALID_UTF8, BAD_DATE, UNREADABLE, DUPLICATE, ANALYSIS_FAILED,
    /** A URL could not be fetched: connection, HTTP status, redirects or a broken (e.g. truncated gzip) body. */
    FETCH_FAILED,
    /** A fetch or read ran out of time. */
    TIMEOUT,
    /** A URL was not fetched on purpose: a private address (SSRF guard), robots.txt, or a content type that is no web page. */
    REFUSED,
    /** A page, feed or archive record could not be parsed or held no article. */
    MALFORMED,
    /** A declared character set was unknown or did not fit the bytes; the text was decoded another way. */
    BAD_CHARSET,
    /** Stored but not analysed, e.g. "not analysed: language ru". */
    NOT_ANALYSED
  }
}
