package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SUTime on stretches around time cues plus the date matcher, against SUTime on whole sentences. */
class SutimeTest {
  private static Sutime sutime;
  private static StanfordCoreNLP tagger;

  @BeforeAll
  static void load() {
    edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    tagger = new StanfordCoreNLP(p);
    sutime = Sutime.load();
  }

  private static final String TEXT = String.join("\n",
      "The minister arrived on 17 May 2023 and left yesterday, two days earlier than planned.",
      "Talks held on Monday, March 4, 2024 in Minsk followed the visit of January 2023.",
      "Every Monday since 2019 the commission has met, and it will meet again from 17 to 19 May.",
      "Exports rose by 12 percent last year to 1,500 tractors, the highest since the 1990s.",
      "The forum, held in 2022 in Harare, will take place again next month or in early 2025.",
      "Officials said the three-day visit would begin tomorrow and end on 20 December.",
      "He previously served for a second term; the new plant opened at 9 a.m. on Friday.");

  @Test
  void findsWhatSutimeFindsInWholeSentences() {
    for (String date : List.of("2024-03-15", "2023-12-30")) {
      Annotation whole = annotate(date);
      Annotation fast = annotate(date);
      List<CoreMap> ws = whole.get(CoreAnnotations.SentencesAnnotation.class);
      List<CoreMap> fs = fast.get(CoreAnnotations.SentencesAnnotation.class);
      for (int i = 0; i < ws.size(); i++) {
        List<CoreLabel> tokens = fs.get(i).get(CoreAnnotations.TokensAnnotation.class);
        boolean[] cue = new boolean[tokens.size()];
        for (int k = 0; k < cue.length; k++) {
          cue[k] = Nlp.isTimeCue(tokens.get(k).word());
        }
        var expected = sutime.find(ws.get(i), whole, TEXT, i);
        assertThat(expected).as("sentence %d has time expressions", i).isNotEmpty();
        assertThat(sutime.findFast(fs.get(i), fast, TEXT, i, cue, LocalDate.parse(date)))
            .as("sentence %d with document date %s", i, date)
            .isEqualTo(expected);
      }
    }
  }

  /**
   * The same on real text: the example articles and the gold sets' articles (each with the date of its date line,
   * or a fixed one), every sentence that holds a time cue.
   */
  @Test
  void findsWhatSutimeFindsInWholeSentencesOfTheExampleAndGoldArticles() throws java.io.IOException {
    java.nio.file.Path shared = java.nio.file.Path.of(System.getProperty("attache.shared", "../../shared"));
    List<java.nio.file.Path> dirs = List.of(java.nio.file.Path.of("../examples/articles"),
        shared.resolve("eval/dev/articles"), shared.resolve("eval/seeds/articles"));
    java.util.regex.Pattern dateLine = java.util.regex.Pattern.compile("date (\\d{4}-\\d{2}-\\d{2})");
    int sentences = 0;
    int expressions = 0;
    for (java.nio.file.Path dir : dirs) {
      List<java.nio.file.Path> files;
      try (var s = java.nio.file.Files.list(dir)) {
        files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
      }
      for (java.nio.file.Path f : files) {
        String text = java.nio.file.Files.readString(f);
        var m = dateLine.matcher(text);
        String date = m.find() ? m.group(1) : "2024-03-15";
        Annotation whole = annotate(text, date);
        Annotation fast = annotate(text, date);
        List<CoreMap> ws = whole.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> fs = fast.get(CoreAnnotations.SentencesAnnotation.class);
        for (int i = 0; i < ws.size(); i++) {
          List<CoreLabel> tokens = fs.get(i).get(CoreAnnotations.TokensAnnotation.class);
          boolean[] cue = new boolean[tokens.size()];
          boolean any = false;
          for (int k = 0; k < cue.length; k++) {
            cue[k] = Nlp.isTimeCue(tokens.get(k).word());
            any |= cue[k];
          }
          if (!any) {
            continue;
          }
          var expected = sutime.find(ws.get(i), whole, text, i);
          assertThat(sutime.findFast(fs.get(i), fast, text, i, cue, LocalDate.parse(date)))
              .as("%s, sentence %d", f.getFileName(), i)
              .isEqualTo(expected);
          sentences++;
          expressions += expected.size();
        }
      }
    }
    assertThat(sentences).isGreaterThan(200);
    assertThat(expressions).isGreaterThan(100);
  }

  @Test
  void readsStretchesAroundCuesMergingThoseThatOverlap() {
    boolean[] cue = new boolean[40];
    cue[3] = true;
    cue[10] = true; // within 2 x 6 of 3: one stretch
    cue[30] = true;
    assertThat(Sutime.stretches(cue)).containsExactly(new int[] {0, 17}, new int[] {24, 37});
  }

  private static Annotation annotate(String date) {
    return annotate(TEXT, date);
  }

  private static Annotation annotate(String text, String date) {
    Annotation a = new Annotation(text);
    a.set(CoreAnnotations.DocDateAnnotation.class, date);
    tagger.annotate(a);
    return a;
  }
}
