package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BaselineTest {
  @Test
  void countsTokensAsCoreNlpsTokenizerMakesThem() {
    assertThat(Baseline.countTokens("The minister arrived in Minsk on Monday.")).isEqualTo(8);
    assertThat(Baseline.countTokens("")).isZero();
  }

  @Test
  void annotatesWithTheAnnotatorsGivenAndCountsTheSameTokens() {
    Baseline b = Baseline.load("tokenize,ssplit");
    String text = "Belarus and Zimbabwe signed an agreement. Talks went on in Harare.";
    assertThat(b.annotators()).isEqualTo("tokenize,ssplit");
    assertThat(b.annotate(text)).isEqualTo(Baseline.countTokens(text)).isEqualTo(13);
  }

  @Test
  void rejectsAnUnknownAnnotatorNamingIt() {
    assertThatThrownBy(() -> Baseline.load("tokenize,tea")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'tea'");
    assertThatThrownBy(() -> Baseline.load(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesTheFullDefaultPipeline() {
    assertThat(Baseline.FULL).isEqualTo("tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
  }
}
