package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.attache.geo.Gazetteer;
import org.attache.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real UI in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which {@code .ci/run}
 * installs) against a real server on a free port. Screenshots of each view go to {@code target/screenshots}.
 */
class BrowserTest {
  @TempDir static Path dir;
  static final TestData data = new TestData();
  static Store store;
  static AttacheServer server;
  static Chromium chromium;
  static ChromeDriver browser;

  @BeforeAll
  static void start() {
    store = data.store(dir);
    server = AttacheServer.start(new ServerConfig("127.0.0.1", 0), store, Gazetteer.load());
    chromium = new Chromium(server, dir.resolve("chromium-profile"));
    browser = chromium.driver;
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  static void go(String route) {
    chromium.go(route);
  }

  static void waitUntilDrawn() {
    chromium.waitUntilDrawn();
  }

  static Object js(String script, Object... args) {
    return chromium.js(script, args);
  }

  static void screenshot(String name) {
    chromium.screenshot(name);
  }

  static String css(WebElement e, String property) {
    return e.getCssValue(property);
  }

  @Test
  void searchLeadsToThePairTimelineToTheEventAndToItsEvidenceHighlightedInTheArticle() {
    go("/");
    WebElement q = browser.findElement(By.name("q"));
    q.sendKeys("tractors");
    browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
    waitUntilDrawn();
    assertThat(browser.findElements(By.cssSelector("#sentence-hits mark"))).extracting(WebElement::getText)
        .contains("tractors");
    assertThat(browser.findElements(By.cssSelector("#article-hits li"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("tr.event-row"))).extracting(e -> e.getAttribute("data-source-events"))
        .containsExactly("ev-aid");
    screenshot("01-search");

    browser.findElements(By.cssSelector("a.pair-chip")).stream().filter(a -> a.getText().equals("BLR-ZWE")).findFirst()
        .orElseThrow().click();
    waitUntilDrawn();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#timeline .vis-item.vis-box")).size() == 4);
    WebElement planned = browser.findElement(By.cssSelector("#timeline .vis-item.vis-box.status-planned"));
    WebElement possible = browser.findElement(By.cssSelector("#timeline .vis-item.vis-box.status-possible"));
    WebElement occurred = browser.findElement(By.cssSelector("#timeline .vis-item.vis-box.status-occurred.type-AGREE"));
    assertThat(css(planned, "border-top-style")).isEqualTo("dashed");
    assertThat(css(possible, "border-top-style")).isEqualTo("dotted");
    assertThat(css(occurred, "border-top-style")).isEqualTo("solid");
    assertThat(css(occurred, "background-color")).isEqualTo("rgba(47, 133, 90, 1)"); // AGREE
    assertThat(css(planned, "border-top-color")).isEqualTo("rgba(128, 90, 213, 1)"); // AID
    screenshot("02-timeline");

    planned.click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#event-detail blockquote.evidence")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("#event-detail blockquote.evidence")).getText())
        .isEqualTo("Belarus will deliver 200 tractors to Zimbabwe in September 2024.");
    screenshot("03-timeline-evidence");

    browser.findElement(By.id("open-event")).click();
    waitUntilDrawn();
    assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("AID").contains("planned");
    screenshot("04-event");

    browser.findElement(By.cssSelector("a.source-link")).click();
    waitUntilDrawn();
    List<WebElement> focus = browser.findElements(By.cssSelector("#article-text mark.evidence.focus"));
    assertThat(String.join("", focus.stream().map(WebElement::getText).toList()))
        .isEqualTo("Belarus will deliver 200 tractors to Zimbabwe in September 2024.");
    assertThat(css(focus.get(0), "background-color")).isEqualTo("rgba(246, 224, 94, 1)");
    assertThat(browser.findElements(By.cssSelector("#article-text mark.evidence")).size()).isGreaterThan(focus.size());
    assertThat(browser.findElements(By.cssSelector("#article-text .mention"))).extracting(WebElement::getText)
        .contains("Emmerson Mnangagwa", "Mnangagwa", "Alexander Lukashenko");
    screenshot("05-article");

    // A person's mention leads to the person page, and back.
    // (a mention inside an evidence sentence leads to the event; this one is outside any)
    browser.findElements(By.cssSelector("#article-text span.mention")).stream()
        .filter(e -> e.getText().equals("Mnangagwa")).findFirst().orElseThrow().click();
    waitUntilDrawn();
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Emmerson Mnangagwa");
    browser.navigate().back();
    waitUntilDrawn();

    // From the article back to another of its events.
    browser.findElements(By.cssSelector(".article-events a.event-link")).get(0).click();
    waitUntilDrawn();
    assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("AGREE");
  }

  @Test
  void drawsTheRelationshipGraphAndFiltersItByType() {
    go("/graph");
    WebElement graph = browser.findElement(By.id("graph"));
    assertThat(graph.getAttribute("data-nodes")).isEqualTo("5");
    assertThat(graph.getAttribute("data-edges")).isEqualTo("4");
    assertThat(graph.findElements(By.tagName("canvas"))).isNotEmpty();
    assertThat((String) js("return window.attacheGraph.png({ full: true });")).startsWith("data:image/png").hasSizeGreaterThan(5000);
    screenshot("06-graph");

    new Select(browser.findElement(By.cssSelector("#graph-filters select[name=type]"))).selectByValue("AGREE");
    browser.findElement(By.cssSelector("#graph-filters button")).click();
    waitUntilDrawn();
    assertThat(browser.findElement(By.id("graph")).getAttribute("data-edges")).isEqualTo("2");

    go("/graph?people=1");
    WebElement withPeople = browser.findElement(By.id("graph"));
    assertThat(withPeople.getAttribute("data-people")).isEqualTo("3"); // Mnangagwa, Asif, Lukashenko
    assertThat(withPeople.getAttribute("data-nodes")).isEqualTo("8");
    assertThat(js("return window.attacheGraph.$id('person:Khawaja Asif').neighborhood('node').map(n => n.id()).sort().join(',');"))
        .isEqualTo("BLR,PAK");
    screenshot("06-graph-people");
  }

  @Test
  void drawsTheOfflineWorldMapWithEventPlacesWhereTheyAre() {
    go("/map");
    assertThat(browser.findElements(By.cssSelector("#map path.country")).size()).isGreaterThan(150);
    assertThat(browser.findElements(By.cssSelector("#map g.place"))).extracting(e -> e.getAttribute("data-name"))
        .containsExactlyInAnyOrder("Harare", "Minsk", "Islamabad", "Beijing", "Moscow");
    double[] harare = centre("Harare");
    double[] minsk = centre("Minsk");
    double[] islamabad = centre("Islamabad");
    double[] beijing = centre("Beijing");
    assertThat(harare[1]).as("Harare is south of Minsk").isGreaterThan(minsk[1]);
    assertThat(beijing[0]).as("Beijing is east of Islamabad").isGreaterThan(islamabad[0]);
    assertThat(islamabad[0]).as("Islamabad is east of Minsk").isGreaterThan(minsk[0]);
    screenshot("07-map");
  }

  private static double[] centre(String place) {
    WebElement c = browser.findElement(By.cssSelector("#map g.place[data-name='" + place + "'] circle"));
    return new double[] {Double.parseDouble(c.getAttribute("cx")), Double.parseDouble(c.getAttribute("cy"))};
  }

  @Test
  void showsArticleTextAndTitlesAsTextSoThatNoPayloadRuns() {
    go("/article/" + data.xss.id());
    WebElement text = browser.findElement(By.id("article-text"));
    assertThat(text.getText()).contains("<script>window.__xss = 1; document.title = 'owned';</script>")
        .contains("<img src=\"x\" onerror=\"window.__xss = 2\">");
    assertThat(text.findElements(By.cssSelector("script, img"))).isEmpty();
    WebElement title = browser.findElement(By.tagName("h1"));
    assertThat(title.getText()).isEqualTo("<b>Hostile</b> <img src=x onerror=\"window.__xss=3\">");
    assertThat(title.findElements(By.cssSelector("b, img"))).isEmpty();
    screenshot("08-hostile-article");

    go("/search?q=payload");
    assertThat(browser.findElements(By.cssSelector("#sentence-hits li"))).hasSize(1);
    go("/timeline/BLR-ZWE");
    go("/event/ev-xss");
    assertThat(browser.findElements(By.cssSelector("main img, main script"))).isEmpty();
    assertThat(js("return window.__xss === undefined ? 'none' : String(window.__xss);")).isEqualTo("none");
    assertThat(browser.getTitle()).isEqualTo("Attaché — analyst's desk");
  }

  @Test
  void showsAPersonsRolesOverTimeEventsAndSources() {
    go("/person/p-lukashenko-1");
    assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Alexander Lukashenko");
    assertThat(browser.findElements(By.cssSelector("ul.roles li"))).extracting(WebElement::getText)
        .containsExactly("2024-03-20 — President of Belarus source", "2024-05-14 — President source");
    assertThat(browser.findElements(By.cssSelector("tr.event-row"))).extracting(e -> e.getAttribute("data-source-events"))
        .containsExactly("ev-protocol");
    screenshot("09-person");
  }

  @Test
  void showsTheApisErrorMessageForABadFilter() {
    go("/search?since=2024-13");
    WebElement error = browser.findElement(By.id("error"));
    assertThat(error.isDisplayed()).isTrue();
    assertThat(error.getText()).contains("'since'").contains("2024-13");
  }
}
