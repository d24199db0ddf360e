package org.attache.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.attache.model.Article;
import org.junit.jupiter.api.Test;

/** Hostile pages: whatever comes in, the reader gives an article with spans in bounds or a recorded issue. */
class PageReaderHostileTest {
  private final PageReader reader = new PageReader(PageReaderTest.LANG);

  private void holds(byte[] page) {
    PageReader.Outcome o = reader.read(page, null, "hostile.html", null, null);
    Article a = o.article();
    if (a == null) {
      assertThat(o.issues()).isNotEmpty().allSatisfy(i -> assertThat(i.skipped()).isTrue());
      return;
    }
    assertThat(a.body().start()).isBetween(0, a.text().length());
    assertThat(a.body().end()).isEqualTo(a.text().length());
    assertThat(o.meta().articleId()).isEqualTo(a.id());
    if (a.title() != null) {
      assertThat(a.text()).startsWith(a.title());
    }
  }

  @Test
  void brokenEmptyBinaryAndHugePagesNeverThrow() {
    String para = "<p>The delegation from Minsk held talks on trade \uD83E\uDD1D and signed a memorandum in Harare on Monday.</p>";
    holds(new byte[0]);
    holds("<html><body><div><p>unclosed <b>tags <i>everywhere".getBytes(StandardCharsets.UTF_8));
    holds(("<html dir=rtl lang=ar><body><article><h1>عنوان</h1>" + "<p>" + "وقع البلدان اتفاقية تعاون في مجال الزراعة والصناعة. ".repeat(5)
        + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
    holds(("<html><body><article>" + para.repeat(8_000) + "</article></body></html>").getBytes(StandardCharsets.UTF_8));
    holds(("<html><body>" + "<div>".repeat(5000) + para + "</div>".repeat(5000) + "</body></html>").getBytes(StandardCharsets.UTF_8));
    holds("<script type=\"application/ld+json\">{not json</script><p>x</p>".getBytes(StandardCharsets.UTF_8));
    Random random = new Random(5);
    for (int i = 0; i < 30; i++) {
      byte[] b = new byte[random.nextInt(4000)];
      random.nextBytes(b);
      holds(b);
    }
  }
}
