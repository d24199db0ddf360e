package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attache.model.Span;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DateMatcherTest {
  private static final LocalDate DOC = LocalDate.of(2024, 3, 15);

  /** Matches over whitespace-separated tokens of {@code text}: "text=value" per match. */
  private static List<String> match(String text, LocalDate doc) {
    return run(Arrays.asList(text.split(" ")), null, doc);
  }

  private static List<String> run(List<String> words, @Nullable List<String> tags, @Nullable LocalDate doc) {
    String text = String.join(" ", words);
    List<Span> spans = new ArrayList<>();
    int at = 0;
    boolean[] cue = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      spans.add(new Span(at, at + words.get(i).length()));
      at += words.get(i).length() + 1;
      cue[i] = Nlp.isTimeCue(words.get(i));
    }
    return DateMatcher.match(words, tags, spans, cue, doc, text, 0).stream()
        .map(m -> m.expression().text() + "=" + m.expression().value()).toList();
  }

  @Test
  void readsFullDatesInBothOrders() {
    assertThat(match("The ministers met on 17 May 2023 in Minsk .", DOC)).containsExactly("17 May 2023=2023-05-17");
    assertThat(match("The ministers met on May 17 , 2023 in Minsk .", DOC)).containsExactly("May 17 , 2023=2023-05-17");
    assertThat(match("Talks began on Dec. 9 , 2022 .", DOC)).containsExactly("Dec. 9 , 2022=2022-12-09");
  }

  @Test
  void readsMonthsWithYearsAndBareYears() {
    assertThat(match("The plant opened in January 2023 , and closed in 2024 .", DOC))
        .containsExactly("January 2023=2023-01", "2024=2024");
  }

  @Test
  void resolvesRelativeYearsMonthsAndDaysAgainstTheDocumentDate() {
    assertThat(match("They met last year , and will meet again later this year .", DOC))
        .containsExactly("last year=2023", "later this year=2024");
    assertThat(match("Trade fell next month .", DOC)).containsExactly("next month=2024-04");
    assertThat(match("He left on 12 March 2024 , and said yesterday .", DOC))
        .containsExactly("12 March 2024=2024-03-12", "yesterday=2024-03-14");
    assertThat(match("Officials said tomorrow .", DOC)).containsExactly("tomorrow=2024-03-16");
    assertThat(match("He arrived yesterday and leaves tomorrow .", DOC)).isEmpty(); // one cluster of two expressions
  }

  @Test
  void leavesToSutimeWhatDependsOnContextOrIsNotOneOfItsForms() {
    assertThat(match("They meet every Monday .", DOC)).isEmpty(); // weekdays: SUTime's reading depends on the tense
    assertThat(match("The fair opened on 17 May .", DOC)).isEmpty(); // a day without a year: likewise
    assertThat(match("The fair runs in May .", DOC)).isEmpty();
    assertThat(match("The fair runs from 17 May 2024 to 19 May 2024 .", DOC)).isEmpty(); // a range
    assertThat(match("Exports rose 12 percent last year .", DOC)).isEmpty(); // one cluster with a number
    assertThat(match("The 1990s were different , and 1,500 people came .", DOC)).isEmpty();
    assertThat(match("Its 2023 profits rose .", DOC)).isEmpty(); // SUTime sees no date there
    assertThat(match("They met on 31 February 2023 .", DOC)).isEmpty(); // no such day
    assertThat(match("He arrived on 17 May 2023 .", null)).isEmpty(); // no document date
  }

  /** Like {@link #match(String, LocalDate)}, with "word/TAG" tokens: the parts of speech SUTime's tense rules read. */
  private static List<String> matchTagged(String tagged, LocalDate doc) {
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String t : tagged.split(" ")) {
      int slash = t.lastIndexOf('/');
      words.add(t.substring(0, slash));
      tags.add(t.substring(slash + 1));
    }
    return run(words, tags, doc);
  }

  @Test
  void readsADayWithoutAYearByTheTenseAroundIt() {
    LocalDate doc = LocalDate.of(2022, 11, 24);
    assertThat(matchTagged("He/PRP arrived/VBD on/IN 1/CD March/NNP ./.", doc)).containsExactly("1 March=2022-03-01");
    assertThat(matchTagged("He/PRP will/MD come/VB on/IN 1/CD March/NNP ./.", doc)).containsExactly("1 March=2023-03-01");
    assertThat(matchTagged("Trade/NN talks/NNS begin/VBP on/IN March/NNP 1/CD ./.", doc)).containsExactly("March 1=2023-03-01");
    assertThat(matchTagged("Trade/NN talks/NNS begin/VBP on/IN 30/CD June/NNP ./.", doc)).containsExactly("30 June=2022-06-30");
    assertThat(matchTagged("Talks/NNS on/IN 1/CD March/NNP were/VBD useful/JJ ./.", doc)).containsExactly("1 March=2022-03-01");
  }

  @Test
  void leavesToSutimeADayWhoseTenseItCannotTell() {
    LocalDate doc = LocalDate.of(2022, 11, 24);
    // "met" is also the name of a time zone, which SUTime reads as time: its tense rule then sees no verb.
    assertThat(matchTagged("They/PRP met/VBD on/IN 1/CD March/NNP ./.", doc)).isEmpty();
    assertThat(matchTagged("Officials/NNS said/VBD 1/CD March/NNP will/MD do/VB ./.", doc)).isEmpty(); // both tenses
    // A number between the date and a tense cue: SUTime may read "two hundred" as one token, and the verb as near.
    assertThat(matchTagged("He/PRP came/VBD with/IN two/CD hundred/CD on/IN 1/CD March/NNP ./.", doc)).isEmpty();
    assertThat(matchTagged("Two/CD hundred/CD came/VBD on/IN 1/CD March/NNP ./.", doc)).containsExactly("1 March=2022-03-01");
    assertThat(matchTagged("He/PRP came/VBD on/IN 29/CD February/NNP ./.", doc)).isEmpty();
    assertThat(matchTagged("Talks/NNS run/VBP from/IN 1/CD March/NNP ./.", doc)).isEmpty();
    assertThat(matchTagged("Talks/NNS run/VBP 1/CD March/NNP to/TO 3/CD March/NNP ./.", doc)).isEmpty();
  }

  @Test
  void readsALoneWeekdayByTheTenseAroundItOrAsTheDayOfThatWeek() {
    LocalDate wednesday = LocalDate.of(2023, 1, 4);
    assertThat(matchTagged("He/PRP arrived/VBD on/IN Friday/NNP ./.", wednesday)).containsExactly("Friday=2022-12-30");
    assertThat(matchTagged("He/PRP will/MD arrive/VB on/IN Monday/NNP ./.", wednesday)).containsExactly("Monday=2023-01-09");
    // No tense: the day of the week (Sunday to Saturday) that holds the document date.
    assertThat(matchTagged("He/PRP arrives/VBZ in/IN Minsk/NNP on/IN Sunday/NNP ./.", wednesday)).containsExactly("Sunday=2023-01-01");
    assertThat(matchTagged("He/PRP arrives/VBZ in/IN Minsk/NNP on/IN Saturday/NNP ./.", wednesday)).containsExactly("Saturday=2023-01-07");
    assertThat(matchTagged("They/PRP meet/VBP every/DT Monday/NNP ./.", wednesday)).isEmpty();
  }

  @Test
  void readsHyphenatedAndVagueDurations() {
    assertThat(durations("He began a three-day official visit .")).containsExactly("three-day=P3D");
    assertThat(durations("They agreed on a two-week pause .")).containsExactly("two-week=P2W");
    assertThat(durations("They had not met in several years .")).containsExactly("several years=PXY");
    assertThat(durations("It was the several years plan .")).isEmpty(); // SUTime takes "the" in
    assertThat(durations("He began a three-day-long tour .")).isEmpty();
    assertThat(durations("He began the first three-day tour .")).isEmpty();
    assertThat(durations("He began a three - day tour .")).isEmpty(); // spaced: no adjective
  }

  /** Durations matched in {@code text}, tokens split at spaces and at hyphens inside words (as the tokenizer splits them). */
  private static List<String> durations(String text) {
    List<String> words = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[^\\s-]+|-").matcher(text);
    while (m.find()) {
      words.add(m.group());
      spans.add(new Span(m.start(), m.end()));
    }
    boolean[] cue = new boolean[words.size()];
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      cue[i] = Nlp.isTimeCue(words.get(i));
      tags.add("NN");
    }
    return DateMatcher.match(words, tags, spans, cue, DOC, text, 0).stream()
        .filter(x -> x.expression().type().equals("DURATION"))
        .map(x -> x.expression().text() + "=" + x.expression().value()).toList();
  }

  @Test
  void knowsLoneCuesThatSutimeNeverReadsAsTime() {
    List<String> words = List.of("They", "signed", "30", "agreements", "earlier", "in", "2", "min", "and", "11", "-", "mo",
        "and", "2023", ".");
    assertThat(DateMatcher.inert(words, 2)).isTrue();
    assertThat(DateMatcher.inert(words, 4)).isTrue();
    assertThat(DateMatcher.inert(words, 6)).isFalse();
    assertThat(DateMatcher.inert(words, 9)).isFalse();
    assertThat(DateMatcher.inert(words, 13)).isFalse();
  }
}
