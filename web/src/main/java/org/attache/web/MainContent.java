package org.attache.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
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

  /**
   * The paragraphs under {@code root}, in document order: text is split at every block element's start
   * and end and at every {@code <br>}, so that loose text beside paragraphs (old sites writing
   * {@code <div>text<br><br>text</div>}) is kept too; whitespace collapsed.
   */
  private static void paragraphs(Element root, List<String> out) {
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          current.append(t.getWholeText());
        } else if (node instanceof Element e && (e.isBlock() || e.tagName().equals("br"))) {
          flush(current, out);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.isBlock()) {
          flush(current, out);
        }
      }
    }, root);
    flush(current, out);
  }

  private static void flush(StringBuilder current, List<String> out) {
    String t = current.toString().replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    if (!t.isEmpty()) {
      out.add(t);
    }
    current.setLength(0);
  }
}
