package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.jspecify.annotations.Nullable;

/**
 * Fuzzes reading a web page (charset decoding, jsoup, metadata, main-content extraction, dates, language):
 * whatever the bytes and Content-Type, the read gives an article or a skipping issue, never an exception;
 * the body span covers the paragraphs after the title; the text is derived from the input (never longer
 * than title plus body taken from it, and for plain ASCII input without escapes made only of its
 * characters). {@code ./mvnw test} replays the corpus under
 * {@code src/test/resources/org/attache/web/PageReaderFuzzTestInputs/}; {@code ./mvnw verify} fuzzes 5 s.
 */
class PageReaderFuzzTest {
  private static final PageReader READER = new PageReader(PageReaderTest.LANG);
  private static final String[] TYPES = {null, "text/html", "text/html; charset=utf-8", "text/html; charset=windows-1251",
      "text/html; charset=utf-16", "application/xhtml+xml", "text/html; charset=bogus-9", "text/plain"};
  private static final String[] URLS = {null, "https://news.example.org/2024/05/17/minsk-harare-talks.html",
      "https://example.com/"};

  @FuzzTest(maxDuration = "5s")
  void readsAnyPageIntoOneArticleOrOneSkip(FuzzedDataProvider data) {
    String type = data.pickValue(TYPES);
    String url = data.pickValue(URLS);
    byte[] bytes = data.consumeRemainingAsBytes();
    PageReader.Outcome o = READER.read(bytes, type, "fuzz.html", url, null);
    holds(bytes, type, url, o);
  }

  static void holds(byte[] bytes, @Nullable String type, @Nullable String url, PageReader.Outcome o) {
    assertThat(o.issues()).allSatisfy(i -> {
      assertThat(i.source()).isEqualTo("fuzz.html");
      assertThat(i.message()).isNotBlank();
    });
    Article a = o.article();
    if (a == null) {
      assertThat(o.meta()).isNull();
      assertThat(o.issues()).anyMatch(ArticleIssue::skipped);
      return;
    }
    assertThat(o.issues()).noneMatch(ArticleIssue::skipped);
    assertThat(o.meta()).isNotNull();
    assertThat(o.meta().articleId()).isEqualTo(a.id());
    String text = a.text();
    assertThat(a.body().end()).isEqualTo(text.length());
    assertThat(a.body().start()).isBetween(0, text.length() - PageReader.MIN_BODY_CHARS);
    if (a.title() != null) {
      assertThat(text).startsWith(a.title() + "\n\n");
      assertThat(a.body().start()).isEqualTo(a.title().length() + 2);
    } else {
      assertThat(a.body().start()).isZero();
    }
    assertThat(a.source()).isEqualTo("fuzz.html");
    assertThat(a.url()).isEqualTo(url);
    // Title and body each come from the input: one char takes at least one byte (entities and escapes more).
    assertThat(text.length()).as("text from %s bytes", bytes.length).isLessThanOrEqualTo(2 * bytes.length + 2);
    String input = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    boolean plain = input.chars().allMatch(c -> c >= 0x20 && c < 0x7F || c == '\n' || c == '\t' || c == '\r')
        && input.indexOf('&') < 0 && input.indexOf('\\') < 0 && url == null
        // ASCII read as UTF-16 (declared in the header or the page) is other characters
        && (type == null || !type.contains("16")) && !input.toLowerCase(java.util.Locale.ROOT).contains("charset");
    if (plain) {
      text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c ->
          assertThat(input.indexOf(c)).as("char %s of the text is not in the input", Character.toString(c)).isNotNegative());
    }
  }
}
