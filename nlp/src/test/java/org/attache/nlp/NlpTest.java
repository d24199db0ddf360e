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

  @Test
  void annotatesOnlyWhereTheNeedsAsk() throws Exception {
    String text = "Viktor Khrenin flew to Harare on 3 May.\nOppah Muchinguri-Kashiri met him on 4 May.\n"
        + "Belarus and Zimbabwe signed a treaty on 5 May.";
    var article = article(text, 0, PartialDate.parse("2024-05-20"));
    java.util.List<boolean[]> tagRounds = new java.util.ArrayList<>();
    Needs some = new Needs() {
      @Override
      public boolean[] names(AnnotatedText tokens) {
        assertThat(tokens.sentences()).allMatch(s -> s.tokens().stream().allMatch(t -> t.pos().equals("X")));
        return new boolean[] {true, false, true};
      }

      @Override
      public boolean[] tags(AnnotatedText t, boolean[] tagged, java.util.function.Function<String, java.util.Set<String>> lemmas) {
        assertThat(lemmas.apply("signed")).contains("sign");
        assertThat(lemmas.apply("met")).contains("meet");
        tagRounds.add(tagged.clone());
        return tagRounds.size() == 1 ? new boolean[] {false, true, false} : new boolean[] {false, true, true};
      }

      @Override
      public Deep deep(AnnotatedText shallow) {
        return new Deep(new boolean[] {false, false, true}, new boolean[] {false, true, true});
      }
    };
    AnnotatedText a = nlp.annotate(article, some);
    AnnotatedText all = nlp.annotate(article, s -> s.index() == 2);

    assertThat(tagRounds).hasSize(3); // asked until it asks for nothing new
    assertThat(tagRounds.get(2)).containsExactly(false, true, true);
    assertThat(a.sentences().get(0).tokens()).allMatch(t -> t.pos().equals("X") && t.lemma().equals(t.word()));
    assertThat(a.sentences().get(1).tokens()).isEqualTo(all.sentences().get(1).tokens().stream()
        .map(t -> new org.attache.model.Token(t.index(), t.span(), t.word(), t.lemma(), t.pos(), "O")).toList());
    assertThat(a.sentences().get(2).tokens()).isEqualTo(all.sentences().get(2).tokens());
    assertThat(a.entities()).isNotEmpty().allMatch(e -> e.sentence() != 1);
    assertThat(a.entities()).isEqualTo(all.entities().stream().filter(e -> e.sentence() != 1).toList());
    assertThat(a.sentences()).extracting(org.attache.model.Sentence::parsed).containsExactly(false, false, true);
    assertThat(a.sentences().get(2).dependencies()).isEqualTo(all.sentences().get(2).dependencies());
    assertThat(a.times()).extracting(t -> t.text() + "=" + t.value()).containsExactly("4 May=2024-05-04", "5 May=2024-05-05");
  }
}
