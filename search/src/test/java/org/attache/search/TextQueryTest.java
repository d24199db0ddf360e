package org.attache.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.attache.model.Span;
import org.junit.jupiter.api.Test;

class TextQueryTest {
  @Test
  void readsWordsFoldedWithPrefixesAndOperatorsAsPlainText() {
    assertThat(TextQuery.parse("Défense TRAC* \"OR\" NEAR(x) don't").words()).containsExactly(
        new TextQuery.Word("defense", false), new TextQuery.Word("trac", true), new TextQuery.Word("or", false),
        new TextQuery.Word("near", false), new TextQuery.Word("x", false), new TextQuery.Word("don", false),
        new TextQuery.Word("t", false));
    assertThat(TextQuery.parse("Лукашенко Zürich 北京").words()).extracting(TextQuery.Word::folded)
        .containsExactly("лукашенко", "zurich", "北京");
  }

  @Test
  void rejectsATextWithNoWordNamingIt() {
    for (String typed : List.of("", " \"()", "***", "\u0301\u0301", "🙂 — !")) {
      assertThatThrownBy(() -> TextQuery.parse(typed)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + typed + "'");
    }
  }

  @Test
  void highlightsTheMatchedWordsOfATextAsSpansIntoIt() {
    String text = "Belarus will supply tractors; the TRACTORS (défense-grade) arrive.";
    TextQuery q = TextQuery.parse("tractors defense");
    List<Span> spans = q.highlights(text);
    assertThat(spans).extracting(s -> s.of(text)).containsExactly("tractors", "TRACTORS", "défense");
    assertThat(TextQuery.parse("trac*").highlights(text)).extracting(s -> s.of(text)).containsExactly("tractors", "TRACTORS");
    assertThat(q.matches(text)).isTrue();
    assertThat(TextQuery.parse("tractors minsk").matches(text)).isFalse();
    assertThat(TextQuery.parse("tract").matches(text)).as("a word, not a part of one").isFalse();
  }

  @Test
  void readsAVeryLongWordByItsFirstCharsAndHighlightsAllOfIt() {
    String blob = "x".repeat(Words.MAX_WORD - 1) + "\uD835\uDC00" + "y".repeat(100_000); // a letter of two chars at the cut
    String text = "Payload " + blob + " end.";
    TextQuery q = TextQuery.parse(blob);
    assertThat(q.words()).singleElement().satisfies(w -> assertThat(w.folded()).hasSizeLessThanOrEqualTo(Words.MAX_WORD));
    assertThat(q.highlights(text)).extracting(s -> s.of(text)).containsExactly(blob);
  }

  @Test
  void showsAShortTextWholeWithItsMatchedWordsMarked() {
    String text = "  Belarus will supply tractors; the TRACTORS arrive.\n";
    TextQuery.Snippet s = TextQuery.parse("tractors").snippet(text, 24);
    assertThat(s.text()).isEqualTo(text);
    assertThat(s.highlights()).extracting(h -> h.of(s.text())).containsExactly("tractors", "TRACTORS");
    assertThat(TextQuery.parse("minsk").snippet(text, 3).text()).as("no match: from the start")
        .isEqualTo("  Belarus will supply…");
    assertThatThrownBy(() -> TextQuery.parse("minsk").snippet(text, 0)).hasMessageContaining("0 words");
  }

  @Test
  void showsTheStretchWithTheMostQueryWordsCentredOnThemOrFromTheirSentence() {
    String text = "One two three four five six. Seven eight nine ten: eleven twelve tractors thirteen Minsk fourteen"
        + " fifteen sixteen seventeen eighteen nineteen twenty tractors.";
    TextQuery.Snippet both = TextQuery.parse("tractors minsk").snippet(text, 6);
    assertThat(both.text()).as("from the start of the sentence (after ':' and a space), a bonus")
        .isEqualTo("…eleven twelve tractors thirteen Minsk fourteen…");
    assertThat(both.highlights()).extracting(h -> h.of(both.text())).containsExactly("tractors", "Minsk");
    TextQuery.Snippet last = TextQuery.parse("twenty").snippet(text, 4);
    assertThat(last.text()).as("centred, but ends at the end of the text").isEqualTo("…eighteen nineteen twenty tractors.");
    assertThat(TextQuery.parse("nine").snippet(text, 3).text()).as("from its sentence").isEqualTo("…Seven eight nine…");
    assertThat(TextQuery.parse("seven").snippet(text, 3).text()).as("centred: it starts its sentence")
        .isEqualTo("…six. Seven eight…");
  }

  @Test
  void keepsHighlightsInBoundsAndOnWholeWordsOnHostileText() {
    Random r = new Random(3);
    String[] pieces = {"a", "É", "e\u0301", "🙂", "\uD800", "مرحبا", "ש", " ", "\n", "*", "\"", "<b>", "x1", "２０２４", "\u0000"};
    for (int i = 0; i < 500; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(30); k > 0; k--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      String text = b.toString();
      List<Span> words = new ArrayList<>();
      Words.each(text, (folded, start, end) -> words.add(new Span(start, end)));
      for (Span w : words) {
        assertThat(w.end()).isLessThanOrEqualTo(text.length());
        TextQuery q = TextQuery.parse(w.of(text));
        assertThat(q.words()).hasSize(1);
        assertThat(q.highlights(text)).contains(w).allSatisfy(s -> assertThat(words).contains(s));
        assertThat(q.matches(text)).isTrue();
        TextQuery.Snippet snippet = q.snippet(text, 1 + r.nextInt(8));
        assertThat(snippet.highlights()).isNotEmpty().allSatisfy(h -> {
          assertThat(h.end()).isLessThanOrEqualTo(snippet.text().length());
          assertThat(TextQuery.parse(h.of(snippet.text())).words()).isEqualTo(q.words());
        });
      }
    }
  }
}
