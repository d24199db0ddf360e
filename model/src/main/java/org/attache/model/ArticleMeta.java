package org.attache.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a stored article besides its text: the metadata a web page carries and the
 * language detected in its text, each field with where it came from.
 *
 * @param articleId the {@link Article#id()} it describes
 * @param author the author (byline), or null
 * @param siteName the site or outlet name, or null
 * @param canonicalUrl the page's canonical URL, or null
 * @param language the detected ISO 639-1 language code (e.g. {@code en}, {@code ru}), or null when unknown
 * @param bodyHash SHA-256 (lower-case hex) of the article's body text, for finding the same body under
 *     other titles or boilerplate; or null
 * @param provenance for each field found (keys {@code title}, {@code pubDate}, {@code author},
 *     {@code siteName}, {@code canonicalUrl}, {@code language}, {@code url}), where its value came from,
 *     e.g. {@code "meta[property=article:published_time]"} or {@code "json-ld datePublished"}
 */
public record ArticleMeta(
    String articleId,
    @Nullable String author,
    @Nullable String siteName,
    @Nullable String canonicalUrl,
    @Nullable String language,
    @Nullable String bodyHash,
    Map<String, String> provenance) {

  public ArticleMeta {
    provenance = Map.copyOf(provenance);
  }

  /** A copy with another article id (when the text, and so the id, changed after extraction). */
  public ArticleMeta withArticleId(String id) {
    return new ArticleMeta(id, author, siteName, canonicalUrl, language, bodyHash, provenance);
  }

  /** A copy with the language set, recording where it came from. */
  public ArticleMeta withLanguage(@Nullable String lang, String from) {
    Map<String, String> p = new java.util.HashMap<>(provenance);
    if (lang != null) {
      p.put("language", from);
    }
    return new ArticleMeta(articleId, author, siteName, canonicalUrl, lang, bodyHash, p);
  }
}
