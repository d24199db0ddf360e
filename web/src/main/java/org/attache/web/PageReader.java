package org.attache.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.attache.model.Article;
import org.attache.model.Article.PubDateSource;
import org.attache.model.ArticleIssue;
import org.attache.model.ArticleIssue.Kind;
import org.attache.model.ArticleMeta;
import org.attache.model.PartialDate;
import org.attache.model.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of one web page into an {@link Article} and its {@link ArticleMeta}: decodes the
 * charset, extracts the main content and the metadata (each field with where it came from), and
 * detects the language.
 *
 * <p>The article text is the title, a blank line, then the paragraphs separated by blank lines;
 * {@link Article#body()} covers the paragraphs. The publication date comes, first match wins, from
 * {@code <meta>} tags, JSON-LD, a {@code <time>} element, the URL path, a dateline opening the body,
 * or the capture date of an archive record; {@link ArticleMeta#provenance()} names which.
 *
 * <p>Thread-safe when its {@link LanguageDetector} is.
 */
public final class PageReader {
  /** What one page gave: issues in order, then perhaps an article with its metadata. */
  public record Outcome(List<ArticleIssue> issues, @Nullable Article article, @Nullable ArticleMeta meta) {
    static Outcome skip(String source, Kind kind, String message) {
      return new Outcome(List.of(new ArticleIssue(source, kind, message, true)), null, null);
    }
  }

  /** Pages whose main content is shorter than this many characters hold no article. */
  static final int MIN_BODY_CHARS = 80;

  private final LanguageDetector detector;

  public PageReader(LanguageDetector detector) {
    this.detector = detector;
  }

  /**
   * Reads one page.
   *
   * @param bytes the page as served (already un-gzipped)
   * @param contentType the HTTP {@code Content-Type}, or null (a saved file)
   * @param source the file path or URL it was read from, for the article and its issues
   * @param url the page's URL (after redirects), or null for a saved file
   * @param captured when an archive captured it, or null
   */
  public Outcome read(byte[] bytes, @Nullable String contentType, String source, @Nullable String url,
      @Nullable Instant captured) {
    return read(bytes, contentType, source, url, captured, captured);
  }

  /**
   * Reads one page, as {@link #read(byte[], String, String, String, Instant)}, knowing when it was
   * fetched: a dateline without a year ({@code "MINSK, 17 December (BelTA)"}) then gets the latest year
   * that does not put it after {@code fetched}.
   *
   * @param fetched when the page was fetched or captured, or null
   */
  public Outcome read(byte[] bytes, @Nullable String contentType, String source, @Nullable String url,
      @Nullable Instant captured, @Nullable Instant fetched) {
    if (bytes.length == 0) {
      return Outcome.skip(source, Kind.EMPTY, "0 bytes");
    }
    List<ArticleIssue> issues = new ArrayList<>();
    HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, contentType);
    if (decoded.problem() != null) {
      issues.add(new ArticleIssue(source, Kind.BAD_CHARSET, decoded.problem(), false));
    }
    Document doc;
    try {
      doc = Jsoup.parse(decoded.html(), url == null ? "" : url);
    } catch (RuntimeException e) {
      return Outcome.skip(source, Kind.MALFORMED, "cannot parse the HTML: " + e);
    }
    PageMeta meta = new PageMeta(doc, url);
    PageMeta.Found<String> title = meta.title();
    MainContent.Content content;
    try {
      content = MainContent.extract(doc, url, title == null ? null : title.value());
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.skip(source, Kind.MALFORMED, "main-content extraction failed: " + e.getClass().getSimpleName()
          + ": " + e.getMessage());
    }
    String body = String.join("\n\n", content.paragraphs());
    if (body.length() < MIN_BODY_CHARS) {
      return Outcome.skip(source, Kind.MALFORMED, "no article found: main content is " + body.length()
          + " characters (under " + MIN_BODY_CHARS + ")" + (title == null ? "" : ", title '" + title.value() + "'"));
    }
    for (String p : meta.problems) {
      issues.add(new ArticleIssue(source, kindOf(p), p, false));
    }
    Map<String, String> provenance = new HashMap<>();
    String text;
    int bodyStart;
    if (title != null) {
      text = title.value() + "\n\n" + body;
      bodyStart = title.value().length() + 2;
      provenance.put("title", title.from());
    } else {
      text = body;
      bodyStart = 0;
    }
    PageMeta.Found<PartialDate> date = meta.pubDate(body,
        fetched == null ? null : fetched.atZone(ZoneOffset.UTC).toLocalDate());
    if (date == null && captured != null) {
      date = new PageMeta.Found<>(PartialDate.of(captured.atZone(ZoneOffset.UTC).toLocalDate()), "archive capture date");
    }
    if (date != null) {
      provenance.put("pubDate", date.from());
    }
    PageMeta.Found<String> author = meta.author(content.byline());
    PageMeta.Found<String> site = meta.siteName();
    PageMeta.Found<String> canonical = meta.canonicalUrl();
    if (author != null) {
      provenance.put("author", author.from());
    }
    if (site != null) {
      provenance.put("siteName", site.from());
    }
    if (canonical != null) {
      provenance.put("canonicalUrl", canonical.from());
    }
    if (url != null) {
      provenance.put("url", captured != null ? "archive record target" : "fetched URL");
    }
    String language = null;
    LanguageDetector.Detected detected = detector.detect(body);
    PageMeta.Found<String> declared = meta.declaredLanguage();
    if (detected != null) {
      language = detected.language();
      provenance.put("language", String.format(java.util.Locale.ROOT, "detected in the body (%.2f)%s", detected.confidence(),
          declared == null ? "" : "; page declares " + declared.value() + " (" + declared.from() + ")"));
    } else if (declared != null) {
      language = declared.value();
      provenance.put("language", declared.from());
    }
    String hash = sha256(text);
    Article article = new Article(hash.substring(0, 16), source, text, new Span(bodyStart, text.length()),
        date == null ? null : date.value(), date == null ? PubDateSource.NONE : PubDateSource.WEB_PAGE, url,
        title == null ? null : title.value(), hash);
    ArticleMeta am = new ArticleMeta(article.id(), author == null ? null : author.value(),
        site == null ? null : site.value(), canonical == null ? null : canonical.value(), language, sha256(body),
        provenance);
    return new Outcome(List.copyOf(issues), article, am);
  }

  private static Kind kindOf(String problem) {
    return problem.contains("is no date") ? Kind.BAD_DATE : Kind.MALFORMED;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
