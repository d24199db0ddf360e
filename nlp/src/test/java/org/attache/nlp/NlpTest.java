package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.attache.model.AnnotatedText;
import org.attache.model.Article;
import org.attache.model.PartialDate;
import org.attache.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NlpTest {
  private static Nlp nlp;

  @BeforeAll
  static void load() {
    nlp = Nlp.load(NlpOptions.defaults());
  }

  static Article article(String text, int bodyStart, PartialDate pubDate) throws Exception {
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    return new Article(hash.substring(0, 16), "test.txt", text, new Span(bodyStart, text.length()), pubDate,
        pubDate == null ? Article.PubDateSource.NONE : Article.PubDateSource.DATE_LINE, null, null, hash);
  }

  @Test
  void resolvesYesterdayAgainstThePublicationDateAndKeepsOffsets() throws Exception {
    String text = " date 2025-12-17 Belarusian Defence Minister Viktor Khrenin arrived in Harare yesterday. "
        + "He met Oppah Muchinguri-Kashiri on 17 May 2023 in Minsk.";
    AnnotatedText a = nlp.annotate(article(text, 17, PartialDate.parse("2025-12-17")), s -> true);

    assertThat(a.sentences()).hasSize(2);
    assertThat(a.sentences().get(0).tokens().get(0).word()).isEqualTo("Belarusian");
    assertThat(a.times()).extracting(t -> t.text() + "=" + t.date())
        .containsExactly("yesterday=2025-12-16", "17 May 2023=2023-05-17");
    assertThat(a.entities()).anySatisfy(e -> {
      assertThat(e.text()).isEqualTo("Viktor Khrenin");
      assertThat(e.type()).isEqualTo("PERSON");
    });
    a.sentences().forEach(s -> s.tokens().forEach(t -> assertThat(t.span().of(text)).isEqualTo(t.word())));
    a.entities().forEach(e -> assertThat(e.span().of(text)).isEqualTo(e.text()));
    assertThat(a.sentences().get(0).parsed()).isTrue();
  }

  @Test
  void parsesOnlyTheSentencesAskedFor() throws Exception {
    String text = "Minsk and Harare signed a treaty. The weather was fine.";
    AnnotatedText a = nlp.annotate(article(text, 0, null), s -> s.index() == 0);
    assertThat(a.sentences().get(0).parsed()).isTrue();
    assertThat(a.sentences().get(1).parsed()).isFalse();
    assertThat(a.sentences().get(0).dependencies()).anySatisfy(d -> assertThat(d.relation()).isEqualTo("nsubj"));
  }
}
