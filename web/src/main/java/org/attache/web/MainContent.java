package org.attache.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Finds the article in a page: strips what is boilerplate by its markup (navigation, headers and
 * footers, asides, forms, cookie banners, share widgets, related-article lists, comments), runs
 * Readability (readability4j, Mozilla's algorithm) on the rest, and turns the content it keeps into
 * paragraphs, dropping short blocks that read as boilerplate ("Read also:", "Share this", "Tags:").
 * Stateless.
 */
final class MainContent {
  /** Elements dropped before Readability runs, by tag or by a class or id word. */
  private static final String NOISE_TAGS = "script, style, noscript, iframe, form, nav, footer, aside, button, svg, "
      + "template, [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=complementary], "
      + "[role=contentinfo], [role=dialog]";
  private static final Pattern NOISE_NAME = Pattern.compile("(?i)(?:^|[\\s_-])(?:cookie|consent|gdpr|share|sharing|"
      + "social|related|recommended|read-?also|more-?news|newsletter|subscribe|comments?|respond|reply|advert|ads|"
      + "ad-slot|promo|sidebar|widget|breadcrumbs?|menu|navbar|site-header|site-footer|popup|modal|tags|tag-?list|tags-?links|"
      + "author-?bio|pagination|post-?navigation|nav-?links|print|jp-relatedposts|sharedaddy|wp-block-latest-posts)"
      + "(?:$|[\\s_-])");
  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, figcaption";
  private static final Pattern BOILERPLATE = Pattern.compile("(?i)\\A(?:"
      + "(?:read|see) (?:also|more)\\b.*|related(?: articles| stories| news| posts)?:?.*|you (?:might|may) also like.*|"
      + "(?:share|tweet|email|print)(?: this(?: article| story| page)?)?(?: on \\w+)?:?|"
      + "follow us\\b.*|subscribe\\b.*|sign up\\b.*|tags?:.*|filed under:?.*|advertisement|"
      + "(?:©|\\(c\\)|copyright)\\s.*|all rights reserved.*|we use cookies\\b.*|leave a (?:reply|comment)\\b.*|"
      + "\\d+ comments?|photo:.*|source:.*|by [\\p{Lu}][\\p{L}.' -]{1,60}|posted (?:on|by)\\b.*)\\z");

  /** The paragraphs of the article, and the byline Readability found. */
  record Content(List<String> paragraphs, @Nullable String byline) {}

  private MainContent() {}

  static Content extract(Document page, @Nullable String url, @Nullable String title) {
    Document doc = page.clone();
    for (Element e : doc.select(NOISE_TAGS)) {
      e.remove();
    }
    int pageChars = doc.body() == null ? 0 : doc.body().text().length();
    for (Element e : doc.getAllElements()) {
      if (e.parent() != null && (NOISE_NAME.matcher(e.className()).find() || NOISE_NAME.matcher(e.id()).find())
          && !holdsTheArticle(e, pageChars)) {
        e.remove();
      }
    }
    Readability4J r = new Readability4JExtended(url == null ? "" : url, doc);
    net.dankito.readability4j.Article article = r.parse();
    Element content = article.getArticleContent();
    List<String> paragraphs = new ArrayList<>();
    if (content != null) {
      paragraphs(content, paragraphs);
    }
    if (paragraphs.isEmpty()) {
      // Readability found nothing: take the blocks of the cleaned body.
      paragraphs(doc.body(), paragraphs);
    }
    List<String> kept = new ArrayList<>();
    for (String p : paragraphs) {
      if (title != null && p.equalsIgnoreCase(title)) {
        continue;
      }
      if (p.length() <= 200 && BOILERPLATE.matcher(p).matches()) {
        continue;
      }
      if (kept.isEmpty() && p.length() < 40 && Dates.parse(p) != null) {
        continue; // a date standing alone above the article
      }
      kept.add(p);
    }
    return new Content(List.copyOf(kept), article.getByline());
  }

  /**
   * Whether a class or id that sounds like boilerplate sits on what is more likely the article itself
   * (WordPress puts {@code tag-...} and {@code category-...} classes on the article element): an
   * {@code article}, {@code main} or {@code body} element, one holding the {@code h1}, or one holding
   * more than half of the page's text.
   */
  private static boolean holdsTheArticle(Element e, int pageChars) {
    String tag = e.tagName();
    return tag.equals("article") || tag.equals("main") || tag.equals("body") || tag.equals("html")
        || !e.select("h1").isEmpty() || e.text().length() * 2 > pageChars;
  }

  /** The text of each innermost block under {@code root}, whitespace collapsed, in document order. */
  private static void paragraphs(Element root, List<String> out) {
    Elements blocks = root.select(BLOCKS);
    if (blocks.isEmpty()) {
      String t = root.text().strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
      return;
    }
    for (Element b : blocks) {
      if (!b.select(BLOCKS).stream().allMatch(x -> x == b)) {
        continue; // holds other blocks: take those instead
      }
      String t = b.text().replace('\u00A0', ' ').strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
  }
}
