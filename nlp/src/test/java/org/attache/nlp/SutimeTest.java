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
import org.attache.model.TimeExpression;
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
              .usingElementComparator(SutimeTest::sameUpToWeekdayState)
              .isEqualTo(expected);
          sentences++;
          expressions += expected.size();
        }
      }
    }
    assertThat(sentences).isGreaterThan(200);
    assertThat(expressions).isGreaterThan(100);
  }

  /**
   * Equal time expressions, but for the value of a lone weekday read with no tense: SUTime keeps the tense it last read
   * on a weekday's shared value, so within one process it gives that day of the week, the one before or the one
   * after, depending on the sentences it read before; {@link DateMatcher} always gives the first.
   */
  private static int sameUpToWeekdayState(TimeExpression fast, TimeExpression sutime) {
    if (fast.equals(sutime)) {
      return 0;
    }
    boolean weekday = fast.text().matches("(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day") && fast.span().equals(sutime.span())
        && fast.date() != null && sutime.date() != null
        && Math.abs(fast.date().firstDay().toEpochDay() - sutime.date().firstDay().toEpochDay()) == 7;
    return weekday ? 0 : 1;
  }

  /**
   * Days without a year and lone weekdays in generated sentences (our own templates: verbs in every tense, dates
   * before and after them, numbers and other dates near), each with a document date drawn at random: what SUTime
   * finds in the whole sentence, the weekdays read with no tense aside (see {@link #sameUpToWeekdayState}).
   */
  @Test
  void readsDaysWithoutAYearAndWeekdaysAsSutimeDoesInGeneratedSentences() {
    java.util.Random r = new java.util.Random(8);
    String[] dates = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."};
    String[] weekdays = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    String[] subjects = {"He", "The minister", "Officials", "Belarus and Zimbabwe", "Khrenin", "They"};
    String[] verbs = {"met the king", "signed an agreement", "arrived in Minsk", "said", "meets the envoy", "arrives",
        "will meet the king", "would sign the deal", "is going to visit Harare", "'ll visit", "have met", "has met the envoy",
        "had signed it", "was signed", "will be signed", "is scheduled to arrive", "could meet", "held talks", "left"};
    String[] before = {"on", "on", "by", "before", "after", "since", "until", "from", "in", "at", ""};
    String[] after = {".", ", officials said.", " in Minsk.", " to discuss trade.", " and left.", " with 30 officials.",
        " with two hundred guests.", " at the palace.", " to 15 May.", " until noon.", " and 3 June.", " of 2023."};
    int compared = 0;
    for (int i = 0; i < 400; i++) {
      String date = i % 4 == 0 ? weekdays[r.nextInt(7)]
          : r.nextBoolean() ? (1 + r.nextInt(31)) + " " + dates[r.nextInt(dates.length)]
          : dates[r.nextInt(dates.length)] + " " + (1 + r.nextInt(31));
      String prep = before[r.nextInt(before.length)];
      String when = (prep.isEmpty() ? "" : prep + " ") + date;
      String subject = subjects[r.nextInt(subjects.length)];
      String verb = verbs[r.nextInt(verbs.length)];
      String tail = after[r.nextInt(after.length)];
      String text = switch (r.nextInt(3)) {
        case 0 -> subject + " " + verb + " " + when + tail;
        case 1 -> Character.toUpperCase(when.charAt(0)) + when.substring(1) + ", " + subject + " " + verb + tail;
        default -> "Talks " + when + " " + (r.nextBoolean() ? "were useful" : "will cover trade") + tail;
      };
      LocalDate doc = LocalDate.of(2019 + r.nextInt(7), 1, 1).plusDays(r.nextInt(365));
      assertThat(fast(text, doc))
          .as("%s (document date %s)", text, doc)
          .usingElementComparator(SutimeTest::sameUpToWeekdayState)
          .isEqualTo(whole(text, doc));
      compared++;
    }
    assertThat(compared).isEqualTo(400);
  }

  /**
   * Durations in generated sentences (our own templates: "a three-day visit", "for several years", with neighbours
   * that keep or change SUTime's reading of them), each with a random document date: what SUTime finds in the whole
   * sentence.
   */
  @Test
  void readsDurationsAsSutimeDoesInGeneratedSentences() {
    java.util.Random r = new java.util.Random(8);
    String[] numbers = {"one", "two", "three", "four", "five", "ten", "2", "3", "10", "Three", "eleven"};
    String[] units = {"day", "week", "month", "year"};
    String[] before = {"a", "the", "his", "their", "for", "of", "on", "in", "during", "with", ",", "this", "first", "next",
        "another"};
    String[] after = {" official visit.", " trip to Minsk.", " plan was agreed.", " talks ended.", " summit, officials said.",
        " period.", " tour on Monday.", "-long talks.", " old plan.", " and more.", " later.", ".", " in May."};
    String[] subjects = {"He began", "They agreed on", "Belarus and Zimbabwe held", "The minister arrived", "It was"};
    for (int i = 0; i < 300; i++) {
      String duration = r.nextInt(4) == 0 ? "several " + units[r.nextInt(4)] + "s"
          : numbers[r.nextInt(numbers.length)] + "-" + units[r.nextInt(4)];
      String text = r.nextInt(5) == 0 ? "The first visit in " + duration + " ended."
          : subjects[r.nextInt(subjects.length)] + " " + before[r.nextInt(before.length)] + " " + duration
              + after[r.nextInt(after.length)];
      LocalDate doc = LocalDate.of(2019 + r.nextInt(7), 1, 1).plusDays(r.nextInt(365));
      assertThat(fast(text, doc)).as("%s (document date %s)", text, doc)
          .isEqualTo(whole(text, doc));
    }
  }

  /**
   * Days, weekdays and durations in one sentence, with tense cues, numbers and other dates between them (generated
   * from our own templates, random document dates): what SUTime finds in the whole sentence, weekdays read with no
   * tense aside.
   */
  @Test
  void readsDatesAndDurationsTogetherAsSutimeDoesInGeneratedSentences() {
    java.util.Random r = new java.util.Random(8);
    String[] months = {"January", "March", "May", "July", "September", "December", "Feb.", "Oct."};
    String[] weekdays = {"Monday", "Friday", "Sunday"};
    String[] numbers = {"two", "three", "four", "five"};
    String[] units = {"day", "week", "month", "year"};
    String[] verbs = {"arrived in Harare", "will arrive in Harare", "arrives", "is expected in Minsk", "had arrived",
        "could come", "met officials", "signed a deal with 30 firms", "paid two hundred dollars", "came"};
    String[] links = {" for a ", " on a ", " , starting a ", " ahead of a ", " to begin a ", " and began a ", " with a "};
    String[] tails = {" official visit.", " visit, the first at this level in several years.", " tour, officials said.",
        " programme that was signed.", " trip that will end soon.", " stay with 40 officials.",
        " visit, his first in several months."};
    for (int i = 0; i < 300; i++) {
      String date = r.nextInt(4) == 0 ? weekdays[r.nextInt(3)]
          : r.nextBoolean() ? (1 + r.nextInt(28)) + " " + months[r.nextInt(months.length)]
          : months[r.nextInt(months.length)] + " " + (1 + r.nextInt(28));
      String duration = numbers[r.nextInt(4)] + "-" + units[r.nextInt(4)];
      String text = switch (r.nextInt(3)) {
        case 0 -> "The envoy " + verbs[r.nextInt(verbs.length)] + " on " + date + links[r.nextInt(links.length)] + duration
            + tails[r.nextInt(tails.length)];
        case 1 -> "On " + date + " the envoy " + verbs[r.nextInt(verbs.length)] + links[r.nextInt(links.length)] + duration
            + tails[r.nextInt(tails.length)];
        default -> "A " + duration + " visit " + (r.nextBoolean() ? "began" : "will begin") + " on " + date
            + (r.nextBoolean() ? "." : ", the first in several years.");
      };
      LocalDate doc = LocalDate.of(2019 + r.nextInt(7), 1, 1).plusDays(r.nextInt(365));
      assertThat(fast(text, doc)).as("%s (document date %s)", text, doc)
          .usingElementComparator(SutimeTest::sameUpToWeekdayState)
          .isEqualTo(whole(text, doc));
    }
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

  /** SUTime's fast path on the one sentence {@code text}, every token that is a time cue marked. */
  private static List<TimeExpression> fast(String text, LocalDate doc) {
    Annotation fast = annotate(text, doc.toString());
    CoreMap fs = fast.get(CoreAnnotations.SentencesAnnotation.class).get(0);
    List<CoreLabel> tokens = fs.get(CoreAnnotations.TokensAnnotation.class);
    boolean[] cue = new boolean[tokens.size()];
    for (int k = 0; k < cue.length; k++) {
      cue[k] = Nlp.isTimeCue(tokens.get(k).word());
    }
    return sutime.findFast(fs, fast, text, 0, cue, doc);
  }

  /** What SUTime finds in the whole of the one sentence {@code text}. */
  private static List<TimeExpression> whole(String text, LocalDate doc) {
    Annotation whole = annotate(text, doc.toString());
    return sutime.find(whole.get(CoreAnnotations.SentencesAnnotation.class).get(0), whole, text, 0);
  }
}
