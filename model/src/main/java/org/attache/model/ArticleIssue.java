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
    EMPTY, BINARY, TOO_LARGE, INVALID_UTF8, BAD_DATE, UNREADABLE, DUPLICATE, ANALYSIS_FAILED
  }
}
