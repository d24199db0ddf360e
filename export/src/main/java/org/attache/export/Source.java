package org.attache.export;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.attache.model.Article;
import org.attache.model.PartialDate;
import org.attache.model.Span;
import org.jspecify.annotations.Nullable;

/**
 * One report of an event: the article that states it and the evidence span there.
 *
 * @param eventId the id of the per-article event in the store this report was extracted as
 * @param articleId the article's id
 * @param file where the article was read from (file path, {@code -} or URL), as stored
 * @param url the article's URL, or null
 * @param title the article's title, or null
 * @param pubDate the article's publication date, or null
 * @param evidence 0-based half-open offsets of the evidence in the article's stored text
 * @param evidenceText the text {@code evidence} covers
 */
public record Source(String eventId, String articleId, String file, @Nullable String url, @Nullable String title,
    @Nullable PartialDate pubDate, Span evidence, String evidenceText) {

  public Source {
    if (evidence.length() != evidenceText.length()) {
      throw new IllegalArgumentException("source " + articleId + ": evidence text of " + evidenceText.length()
          + " chars does not fit span " + evidence);
    }
  }

  /** The report of {@code evidence} (with its text) in {@code article}, extracted as per-article event {@code eventId}. */
  public static Source of(String eventId, Article article, Span evidence, String evidenceText) {
    return new Source(eventId, article.id(), article.source(), article.url(), article.title(), article.pubDate(), evidence, evidenceText);
  }

  /** The last path element of {@code file}. */
  public String fileName() {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return file.substring(slash + 1);
  }

  /** The outlet as the URL's host without {@code www.}, or empty when there is no usable URL. */
  public Optional<String> outlet() {
    if (url == null) {
      return Optional.empty();
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null || host.isBlank()) {
        return Optional.empty();
      }
      host = host.toLowerCase(Locale.ROOT);
      return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
