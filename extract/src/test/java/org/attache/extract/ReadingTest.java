package org.attache.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.geo.Gazetteer;
import org.attache.model.AnnotatedText;
import org.attache.model.Article;
import org.attache.model.PartialDate;
import org.attache.model.Span;
import org.attache.nlp.Needs;
import org.attache.nlp.Nlp;
import org.attache.nlp.NlpOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Extraction reading an article in steps ({@link Extractor.Reading}), the annotators running only where it reads
 * their output: which sentences it asks to be tagged, searched for names and parsed, on sentences written for these
 * tests, and the same people and events as with every sentence annotated, on the example articles.
 */
class ReadingTest {
  private static Nlp nlp;
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    nlp = Nlp.load(NlpOptions.defaults());
    extractor = new Extractor(Gazetteer.load());
  }

  /** What one reading asked for, step by step. */
  static final class Asked implements Needs {
    final Extractor.Reading reading = extractor.reading();
    boolean[] names;
    final List<boolean[]> tags = new ArrayList<>();
    Needs.Deep deep;

    /** The sentences tags were asked for in any round. */
    boolean[] union() {
      boolean[] all = new boolean[tags.get(0).length];
      for (boolean[] t : tags) {
        for (int i = 0; i < t.length; i++) {
          all[i] |= t[i];
        }
      }
      return all;
    }

    @Override
    public boolean[] names(AnnotatedText tokens) {
      names = reading.names(tokens);
      return names;
    }

    @Override
    public boolean[] tags(AnnotatedText text, boolean[] tagged, Function<String, Set<String>> lemmas) {
      boolean[] t = reading.tags(text, tagged, lemmas);
      tags.add(t);
      return t;
    }

    @Override
    public Deep deep(AnnotatedText shallow) {
      Extractor.Deep d = reading.deep(shallow);
      deep = new Deep(d.parse(), d.times());
      return deep;
    }
  }

  static Article article(String text, String pubDate) throws Exception {
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    return new Article(hash.substring(0, 16), "test.txt", text, new Span(0, text.length()),
        pubDate == null ? null : PartialDate.parse(pubDate), pubDate == null ? Article.PubDateSource.NONE : Article.PubDateSource.OPTION,
        null, null, hash);
  }

  /** The sentences a step asked for, by index (the last round of tags where several were asked). */
  private static List<Integer> which(boolean[] asked) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < asked.length; i++) {
      if (asked[i]) {
        out.add(i);
      }
    }
    return out;
  }

  @Test
  void looksForNamesOnlyWhereACapitalisedWordIsNoPlaceMonthOrRoleWord() throws Exception {
    Asked asked = new Asked();
    AnnotatedText a = nlp.annotate(article(String.join("\n",
        "the delegations were described as relaxed and businesslike.",
        "Talks in Minsk in May were led by the Foreign Minister of Belarus.",
        "Khrenin flew home on a Belarusian air force plane.",
        "The Zimbabwean side thanked its hosts."), "2024-05-20"), asked);

    assertThat(which(asked.names)).containsExactly(2);
    assertThat(a.entities()).allMatch(e -> e.sentence() == 2);
    assertThat(a.sentences().get(0).tokens()).allMatch(t -> t.ner().equals("O"));
  }

  @Test
  void tagsOnlySentencesWithATriggerWhoseSidesMayMakeAnEventAndParsesThoseThatDo() throws Exception {
    Asked asked = new Asked();
    AnnotatedText a = nlp.annotate(article(String.join("\n",
        "The morning was cold and grey over the river.",
        "Nothing of note happened at the market that day.",
        "It rained for most of the afternoon.",
        "Local reporters described the talks as long.",
        "Belarus and Zimbabwe signed a treaty on farm machinery on 12 May.",
        "The weather stayed cold."), "2024-05-20"), asked);

    assertThat(asked.tags).isNotEmpty();
    boolean[] tagged = asked.union();
    // "talks" is a trigger, but its sentence names no side: no event can come from it.
    assertThat(which(tagged)).containsExactly(4);
    assertThat(a.sentences().get(3).tokens()).allMatch(t -> t.pos().equals("X"));
    assertThat(a.sentences().get(4).tokens().get(3).pos()).isEqualTo("VBD");
    assertThat(which(asked.deep.parse())).containsExactly(4);
    assertThat(a.sentences().get(4).parsed()).isTrue();
    assertThat(a.times()).extracting(t -> t.text() + "=" + t.value()).containsExactly("12 May=2024-05-12");
  }

  /** One sentence of whitespace-separated tokens, untagged. */
  private static org.attache.model.Sentence words(String text) {
    List<org.attache.model.Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      tokens.add(new org.attache.model.Token(tokens.size(), new Span(at, at + w.length()), w, w, "X", "O"));
      at += w.length() + 1;
    }
    return new org.attache.model.Sentence(0, new Span(0, text.length()), tokens, List.of());
  }

  @Test
  void asksForTheTagsOfANameAfterATitleOnlyWhereTheEntityTaggerLeftItOut() {
    String text = "He was received by Defence Minister Oppah Muchinguri-Kashiri and the Minister of Harare Province .";
    Geo geo = new Geo(Gazetteer.load(), text);
    org.attache.model.Sentence s = words(text);
    int oppah = text.indexOf("Oppah");
    var person = new org.attache.model.EntityMention(new Span(oppah, oppah + "Oppah Muchinguri-Kashiri".length()),
        "Oppah Muchinguri-Kashiri", "PERSON", 0);

    assertThat(PeopleFinder.mayHoldTitledName(s, geo, List.of())).isTrue();
    // The name the tagger found; "Harare" after "of" is a place; no other capitalised word follows a title.
    assertThat(PeopleFinder.mayHoldTitledName(s, geo, List.of(person))).isFalse();
    assertThat(PeopleFinder.mayHoldTitledName(words("the minister said nothing ."), geo, List.of())).isFalse();
  }

  @Test
  void givesTheSamePeopleAndEventsAsWithEverySentenceAnnotatedOnTheExampleArticles() throws Exception {
    Pattern dateLine = Pattern.compile("date (\\d{4}-\\d{2}-\\d{2})");
    List<Path> files;
    try (var s = Files.list(Path.of("../examples/articles"))) {
      files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    int events = 0;
    for (Path f : files) {
      String text = Files.readString(f);
      Matcher m = dateLine.matcher(text);
      Article a = article(text, m.find() ? m.group(1) : null);
      Extraction everything = extractor.extract(nlp.annotate(a, extractor::needsParse));
      Asked asked = new Asked();
      Extraction read = asked.reading.extract(nlp.annotate(a, asked));
      assertThat(read).as(f.getFileName().toString()).isEqualTo(everything);
      events += read.events().size();
    }
    assertThat(events).isGreaterThan(20);
  }
}
