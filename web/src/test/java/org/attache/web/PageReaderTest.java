package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.attache.model.ArticleMeta;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class PageReaderTest {
  static final LanguageDetector LANG = LanguageDetector.openNlp();
  static final java.util.List<String> PAGES = Fixtures.PAGES;
  static FixtureServer server;
  static Fetcher fetcher;

  @BeforeAll
  static void start() {
    server = Fixtures.serveAll(new FixtureServer());
    fetcher = new Fetcher(FetchOptions.defaults().withAllowPrivate(true).withDelayMillis(0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static PageReader.Outcome fetchAndRead(String page) {
    String url = server.url(Fixtures.expected(page).get("url"));
    Fetcher.Result r = fetcher.fetch(url);
    assertThat(r.issue()).as("fetch of " + url).isNull();
    return new PageReader(LANG).read(r.body(), r.contentType(), url, r.finalUrl(), null, FETCHED);
  }

  /** When the fixtures are taken to be fetched: fixed, so that a year-less dateline reads the same any year. */
  static final java.time.Instant FETCHED = java.time.Instant.parse("2025-12-18T09:00:00Z");

  @ParameterizedTest
  @FieldSource("PAGES")
  void readsTitleDateAndItsSourceFromServedPages(String page) {
    Fixtures.Expected e = Fixtures.expected(page);
    PageReader.Outcome o = fetchAndRead(page);
    Article a = o.article();
    ArticleMeta m = o.meta();
    assertThat(a).as(page + " issues " + o.issues()).isNotNull();
    assertThat(a.title()).isEqualTo(e.get("title"));
    assertThat(a.pubDate()).hasToString(e.get("date"));
    assertThat(a.pubDateSource()).isEqualTo(Article.PubDateSource.WEB_PAGE);
    assertThat(m.provenance()).containsEntry("pubDate", e.get("dateSource")).containsKey("title");
    assertThat(m.language()).isEqualTo(e.get("language"));
    if (e.get("author") != null) {
      assertThat(m.author()).isEqualTo(e.get("author"));
    }
    if (e.get("site") != null) {
      assertThat(m.siteName()).isEqualTo(e.get("site"));
    }
    assertThat(a.text().substring(a.body().start(), a.body().end())).doesNotStartWith(a.title());
  }

  @ParameterizedTest
  @FieldSource("PAGES")
  void keepsTheWholeBodyAndDropsTheBoilerplate(String page) {
    Fixtures.Expected e = Fixtures.expected(page);
    Article a = fetchAndRead(page).article();
    String body = a.text().substring(a.body().start(), a.body().end());
    assertThat(e.body()).allSatisfy(s -> assertThat(body).contains(s));
    assertThat(e.boilerplate()).allSatisfy(s -> assertThat(a.text()).doesNotContain(s));
  }

  /** The figures reported for issue 5: share of body sentences kept, of boilerplate sentences dropped. */
  @Test
  void boilerplateQualityOnAllFixturesMeetsTheTargets() {
    int body = 0;
    int kept = 0;
    int boiler = 0;
    int dropped = 0;
    for (String page : PAGES) {
      Fixtures.Expected e = Fixtures.expected(page);
      Article a = fetchAndRead(page).article();
      String bodyText = a.text().substring(a.body().start(), a.body().end());
      for (String s : e.body()) {
        body++;
        kept += bodyText.contains(s) ? 1 : 0;
      }
      for (String s : e.boilerplate()) {
        boiler++;
        dropped += a.text().contains(s) ? 0 : 1;
      }
    }
    double keptShare = kept / (double) body;
    double droppedShare = dropped / (double) boiler;
    System.out.printf("boilerplate quality on %d pages: body sentences kept %d/%d = %.3f, boilerplate dropped %d/%d = %.3f%n",
        PAGES.size(), kept, body, keptShare, dropped, boiler, droppedShare);
    assertThat(keptShare).isGreaterThanOrEqualTo(0.95);
    assertThat(droppedShare).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void decodesADeclaredWindows1251Page() {
    PageReader.Outcome o = fetchAndRead("gov-press-release");
    assertThat(o.issues()).isEmpty();
    assertThat(o.article().text()).doesNotContain("\uFFFD");
  }

  @Test
  void detectsARussianArticleAndRecordsWhereTheLanguageCameFrom() {
    byte[] html = FixtureServer.resource("pages/ru-news.html");
    PageReader.Outcome o = new PageReader(LANG).read(html, "text/html; charset=utf-8", "ru-news.html", null, null);
    assertThat(o.meta().language()).isEqualTo("ru");
    assertThat(o.meta().provenance().get("language")).startsWith("detected in the body").contains("page declares ru");
    assertThat(o.article().pubDate()).hasToString("2025-12-02");
  }

  @Test
  void anUnknownDeclaredCharsetIsARecordedIssueAndThePageIsStillRead() {
    byte[] html = FixtureServer.resource("pages/jsonld-news.html");
    PageReader.Outcome o = new PageReader(LANG).read(html, "text/html; charset=x-no-such-charset", "u", null, null);
    assertThat(o.article()).isNotNull();
    assertThat(o.issues()).extracting(ArticleIssue::kind).containsExactly(ArticleIssue.Kind.BAD_CHARSET);
    assertThat(o.issues().get(0).message()).contains("x-no-such-charset").contains("header");
  }

  @Test
  void invalidUtf8UnderADeclaredUtf8IsARecordedIssue() {
    byte[] html = ("<html><head><meta charset=utf-8><title>T</title></head><body><article><p>"
        + "The delegation visited the caf\u00e9 district of Minsk and the river embankment on Tuesday morning.</p>"
        + "<p>Talks continued in the afternoon at the ministry with several further agreements.</p></article></body></html>")
        .getBytes(StandardCharsets.ISO_8859_1);
    PageReader.Outcome o = new PageReader(LANG).read(html, null, "bad.html", null, null);
    assertThat(o.issues()).extracting(ArticleIssue::kind).containsExactly(ArticleIssue.Kind.BAD_CHARSET);
    assertThat(o.article().text()).contains("caf\u00e9");
  }

  @Test
  void aPageWithNoArticleIsSkippedAsMalformed() {
    byte[] html = "<html><body><nav>Home | News</nav><p>Hi.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    PageReader.Outcome o = new PageReader(LANG).read(html, null, "empty.html", null, null);
    assertThat(o.article()).isNull();
    assertThat(o.issues()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(ArticleIssue.Kind.MALFORMED);
      assertThat(i.skipped()).isTrue();
    });
  }

  @Test
  void datesFromUrlsAndDatelines() {
    assertThat(Dates.fromUrl("https://x.org/news/2025/12/17/slug")).hasToString("2025-12-17");
    assertThat(Dates.fromUrl("https://x.org/2025-03-04-talks.html")).hasToString("2025-03-04");
    assertThat(Dates.fromUrl("https://x.org/20250304/talks.html")).hasToString("2025-03-04");
    assertThat(Dates.fromUrl("https://x.org/2025/12/slug-words")).hasToString("2025-12");
    assertThat(Dates.fromUrl("https://x.org/news/view/12345")).isNull();
    assertThat(Dates.fromDateline("MINSK, 17 December 2025 (BelTA) - The president")).hasToString("2025-12-17");
    assertThat(Dates.fromDateline("HARARE, Dec. 5, 2025 - Talks")).hasToString("2025-12-05");
    assertThat(Dates.fromDateline("The minister said on 17 December 2025")).isNull();
    java.time.LocalDate jan = java.time.LocalDate.of(2026, 1, 3);
    assertThat(Dates.fromDateline("MINSK, 17 December (BelTA) - The president", jan)).hasToString("2025-12-17");
    assertThat(Dates.fromDateline("BEIJING, Jan. 2 (Xinhua) -- China and", jan)).hasToString("2026-01-02");
    assertThat(Dates.fromDateline("MINSK, 17 December (BelTA) - The president")).as("no reference, no year").isNull();
  }
  @Test
  void keepsLooseTextBesideParagraphsAndSplitsAtLineBreaks() {
    String html = "<html><head><title>Talks in Minsk on machine building</title></head><body><div class=\"menu\">Home | News</div>"
        + "<div class=\"text\"><p>The first paragraph says that the delegations met in Minsk on Monday for talks.</p>"
        + "The second paragraph is loose text in the div, as old government sites write it, about trade in tractors."
        + "<br><br>The third paragraph follows two line breaks and names the <a href=\"/x\">Minsk Tractor Works</a> plant."
        + "</div></body></html>";
    PageReader.Outcome o = new PageReader(LANG).read(html.getBytes(StandardCharsets.UTF_8), null, "old.html", null, null);
    Article a = o.article();
    assertThat(a).as("%s", o.issues()).isNotNull();
    String body = a.text().substring(a.body().start());
    assertThat(body.split("\n\n")).containsExactly(
        "The first paragraph says that the delegations met in Minsk on Monday for talks.",
        "The second paragraph is loose text in the div, as old government sites write it, about trade in tractors.",
        "The third paragraph follows two line breaks and names the Minsk Tractor Works plant.");
  }
}
