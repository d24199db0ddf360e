package org.attache.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.PartialDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The metadata of one parsed page, each field with where it came from: {@code <meta>} tags (Open
 * Graph, article:*, Dublin Core, itemprop), JSON-LD ({@code schema.org} Article types), {@code <time>}
 * elements, {@code <link rel=canonical>}, {@code <html lang>}, and the page URL. Not thread-safe; one
 * per page.
 */
final class PageMeta {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
      "blogposting", "analysisnewsarticle", "backgroundnewsarticle", "opinionnewsarticle", "report", "webpage",
      "pressrelease", "socialmediaposting", "liveblogposting");

  /** A value and where it came from. */
  record Found<T>(T value, String from) {}

  private final Document doc;
  private final @Nullable String url;
  private final List<JsonNode> jsonLd = new ArrayList<>();
  final List<String> problems = new ArrayList<>();

  PageMeta(Document doc, @Nullable String url) {
    this.doc = doc;
    this.url = url;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(script.data().strip()), jsonLd);
      } catch (Exception e) {
        problems.add("unreadable JSON-LD block: " + e.getClass().getSimpleName());
      }
    }
  }

  private static void collect(@Nullable JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    } else if (node.isObject()) {
      if (node.has("@graph")) {
        collect(node.get("@graph"), out);
      }
      if (isArticle(node)) {
        out.add(node);
      }
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode t = node.get("@type");
    if (t == null) {
      return false;
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        if (ARTICLE_TYPES.contains(x.asText().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT));
  }

  /** The first non-blank {@code content} of a {@code <meta>} with this property, name or itemprop. */
  private @Nullable Found<String> meta(String key) {
    for (String attr : List.of("property", "name", "itemprop")) {
      Element e = doc.selectFirst("meta[" + attr + "=" + key + "]");
      if (e != null && !e.attr("content").isBlank()) {
        return new Found<>(e.attr("content").strip(), "meta[" + attr + "=" + key + "]");
      }
    }
    return null;
  }

  private @Nullable Found<String> ld(String field) {
    for (JsonNode n : jsonLd) {
      String v = text(n.get(field));
      if (v != null) {
        return new Found<>(v, "json-ld " + field);
      }
    }
    return null;
  }

  private static @Nullable String text(@Nullable JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    if (n.isObject()) {
      return text(n.has("name") ? n.get("name") : n.get("@id"));
    }
    String s = n.asText().strip();
    return s.isEmpty() ? null : s;
  }

  @Nullable Found<String> title() {
    Found<String> f = first(meta("og:title"), ld("headline"), meta("twitter:title"), meta("dc.title"));
    if (f != null) {
      return f;
    }
    Element h1 = doc.selectFirst("article h1, main h1, h1");
    if (h1 != null && !h1.text().isBlank()) {
      return new Found<>(h1.text().strip(), "h1");
    }
    if (!doc.title().isBlank()) {
      return new Found<>(stripSite(doc.title().strip()), "title element");
    }
    return null;
  }

  private static String stripSite(String title) {
    for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
      int i = title.lastIndexOf(sep);
      if (i > 15) {
        return title.substring(0, i).strip();
      }
    }
    return title;
  }

  /** The publication date from markup, URL or dateline, first that parses wins. */
  @Nullable Found<PartialDate> pubDate(String body, java.time.@Nullable LocalDate reference) {
    List<@Nullable Found<String>> candidates = java.util.Arrays.asList(
        meta("article:published_time"), ld("datePublished"), meta("datePublished"), meta("og:published_time"),
        meta("pubdate"), meta("publishdate"), meta("publish-date"), meta("parsely-pub-date"), meta("sailthru.date"),
        meta("dc.date.issued"), meta("DC.date.issued"), meta("dcterms.created"), meta("citation_publication_date"),
        meta("date"), ld("dateCreated"));
    for (Found<String> c : candidates) {
      if (c != null) {
        PartialDate d = Dates.parse(c.value());
        if (d != null) {
          return new Found<>(d, c.from());
        }
        problems.add(c.from() + " value '" + c.value() + "' is no date");
      }
    }
    for (Element t : doc.select("time[datetime], time[pubdate]")) {
      PartialDate d = Dates.parse(t.hasAttr("datetime") ? t.attr("datetime") : t.text());
      if (d != null) {
        return new Found<>(d, "time element");
      }
    }
    PartialDate d = Dates.fromUrl(url);
    if (d != null) {
      return new Found<>(d, "URL path");
    }
    d = Dates.fromDateline(body);
    if (d != null) {
      return new Found<>(d, "dateline");
    }
    d = Dates.fromDateline(body, reference);
    if (d != null) {
      return new Found<>(d, "dateline (year from the fetch or capture date)");
    }
    return null;
  }

  @Nullable Found<String> author(@Nullable String byline) {
    Found<String> f = first(meta("author"), ld("author"), meta("article:author"), meta("dc.creator"), meta("parsely-author"));
    if (f != null && !f.value().startsWith("http")) {
      return f;
    }
    Element a = doc.selectFirst("[rel=author], .author-name, .byline .author, .byline");
    if (a != null && !a.text().isBlank() && a.text().length() < 80) {
      return new Found<>(a.text().replaceFirst("(?i)\\Aby\\s+", "").strip(), "byline element");
    }
    if (byline != null && !byline.isBlank() && byline.length() < 80) {
      return new Found<>(byline.replaceFirst("(?i)\\Aby\\s+", "").strip(), "readability byline");
    }
    return null;
  }

  @Nullable Found<String> siteName() {
    Found<String> f = first(meta("og:site_name"), publisher(), meta("application-name"));
    if (f != null) {
      return f;
    }
    String host = host(url);
    return host == null ? null : new Found<>(host.replaceFirst("\\Awww\\.", ""), "URL host");
  }

  private @Nullable Found<String> publisher() {
    for (JsonNode n : jsonLd) {
      JsonNode p = n.get("publisher");
      String v = p == null ? null : text(p.isObject() && p.has("name") ? p.get("name") : p);
      if (v != null) {
        return new Found<>(v, "json-ld publisher");
      }
    }
    return null;
  }

  @Nullable Found<String> canonicalUrl() {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    if (link != null && !link.absUrl("href").isBlank()) {
      return new Found<>(link.absUrl("href"), "link[rel=canonical]");
    }
    Found<String> f = first(meta("og:url"), ld("url"), ld("mainEntityOfPage"));
    if (f != null && f.value().startsWith("http")) {
      return f;
    }
    return url == null ? null : new Found<>(url, "page URL");
  }

  /**
   * The language the page declares ({@code <html lang>}, content-language, og:locale), two or three letters;
   * a declaration that is no language tag ({@code lang="-"}) is passed over.
   */
  @Nullable Found<String> declaredLanguage() {
    Element html = doc.selectFirst("html");
    String lang = html == null ? null : languageCode(html.attr("lang"));
    if (lang != null) {
      return new Found<>(lang, "html lang");
    }
    Element ce = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
    String content = ce == null ? null : languageCode(ce.attr("content"));
    if (content != null) {
      return new Found<>(content, "meta content-language");
    }
    Found<String> f = first(meta("og:locale"), ld("inLanguage"));
    String locale = f == null ? null : languageCode(f.value());
    return locale == null ? null : new Found<>(locale, f.from());
  }

  /** The language subtag of a tag ("en-GB" → "en"), or null when there is none. */
  static @Nullable String languageCode(String tag) {
    String[] parts = tag.strip().toLowerCase(Locale.ROOT).split("[-_]");
    return parts.length == 0 || !parts[0].matches("\\p{L}{2,3}") ? null : parts[0];
  }

  static @Nullable String host(@Nullable String url) {
    if (url == null) {
      return null;
    }
    try {
      return URI.create(url).getHost();
    } catch (RuntimeException e) {
      return null;
    }
  }

  @SafeVarargs
  private static @Nullable Found<String> first(@Nullable Found<String>... fs) {
    for (Found<String> f : fs) {
      if (f != null && !f.value().isBlank()) {
        return f;
      }
    }
    return null;
  }
}
