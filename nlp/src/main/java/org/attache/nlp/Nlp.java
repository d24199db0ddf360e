package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.AnnotatedText;
import org.attache.model.Article;
import org.attache.model.Dependency;
import org.attache.model.EntityMention;
import org.attache.model.PartialDate;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.TimeExpression;
import org.attache.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * The linguistic annotator: tokens, sentences, part of speech, lemmas, named entities and time
 * expressions (SUTime, anchored on the publication date) for a whole article, and dependency parses
 * for the sentences the caller asks for. The only class that touches Stanford CoreNLP; its types never
 * leave this package.
 *
 * <p>Loading takes a few seconds (each model once, on parallel threads); load one per process and share it.
 * {@link #annotate} is thread-safe and may be called from several threads at once.
 */
public final class Nlp {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** The CRF model that alone decides PERSON, LOCATION and ORGANIZATION in CoreNLP's default combination. */
  private static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private final NlpOptions options;
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP ner;
  private final CompletableFuture<Sutime> sutime;
  private final CompletableFuture<Parser> parser;

  private Nlp(NlpOptions options, StanfordCoreNLP tagger, StanfordCoreNLP ner, CompletableFuture<Sutime> sutime,
      CompletableFuture<Parser> parser) {
    this.options = options;
    this.tagger = tagger;
    this.ner = ner;
    this.sutime = sutime;
    this.parser = parser;
  }

  /**
   * Loads the models (from the CoreNLP models jar on the class path), each once, on parallel threads: the tagger,
   * NER, SUTime and parser. Returns when the tagger and NER are loaded; the others are awaited when first needed.
   */
  public static Nlp load(NlpOptions options) {
    edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("threads", "1");
    Properties n = new Properties();
    n.setProperty("annotators", "ner");
    n.setProperty("enforceRequirements", "false");
    n.setProperty("ner.buildEntityMentions", "true");
    n.setProperty("ner.docdate.usePresent", "false");
    n.setProperty("threads", "1");
    if (options.selective()) {
      // PERSON/LOCATION/ORGANIZATION only: the model that alone decides them in CoreNLP's default combination.
      n.setProperty("ner.model", THREE_CLASS);
      n.setProperty("ner.applyNumericClassifiers", "false");
      n.setProperty("ner.useSUTime", "false");
      n.setProperty("ner.applyFineGrained", "false");
    } else {
      n.setProperty("ner.applyFineGrained", Boolean.toString(options.fineGrainedNer()));
      n.setProperty("sutime.includeRange", "true");
      n.setProperty("sutime.markTimeRanges", "true");
    }
    CompletableFuture<Parser> parser = background("parser", Parser::load);
    CompletableFuture<Sutime> sutime = options.selective() ? background("sutime", Sutime::load)
        : CompletableFuture.failedFuture(new IllegalStateException("SUTime runs inside the full NER"));
    CompletableFuture<StanfordCoreNLP> ner = background("ner", () -> new StanfordCoreNLP(n, false));
    StanfordCoreNLP tagger = new StanfordCoreNLP(p);
    return new Nlp(options, tagger, await(ner), sutime, parser);
  }

  /** The model {@code f} loads, once loaded; a failure to load is thrown as it was raised (e.g. a missing model). */
  private static <T> T await(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Runs {@code load} on a new daemon thread (a model nobody awaits does not keep the process alive). */
  private static <T> CompletableFuture<T> background(String name, Supplier<T> load) {
    // Not the common pool: on a 2-core machine it has one thread, and the models would load one after another.
    return CompletableFuture.supplyAsync(load, r -> Thread.ofPlatform().name("attache-load-" + name).daemon().start(r));
  }

  /**
   * Annotates the body of {@code article} (the text outside {@link Article#body()} is blanked, so
   * offsets stay those of the stored text). Every sentence gets PERSON/LOCATION/ORGANIZATION; the sentences
   * {@code mayStateEvent} accepts are dependency-parsed (up to {@link NlpOptions#maxSentenceTokens()} tokens)
   * and, with {@link NlpOptions#selective()}, are the only ones searched for time expressions (those holding a
   * time cue). {@code mayStateEvent} sees each sentence with words, lemmas and parts of speech, before NER.
   */
  public AnnotatedText annotate(Article article, Predicate<Sentence> mayStateEvent) {
    String text = article.text();
    char[] masked = text.toCharArray();
    Arrays.fill(masked, 0, article.body().start(), ' ');
    Arrays.fill(masked, article.body().end(), masked.length, ' ');
    Annotation doc = new Annotation(new String(masked));
    if (article.pubDate() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.pubDate().firstDay().toString());
    }
    tagger.annotate(doc);

    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    boolean[] selected = new boolean[coreSentences.size()];
    List<Sentence> tagged = new ArrayList<>(coreSentences.size());
    for (int i = 0; i < coreSentences.size(); i++) {
      Sentence s = sentence(i, coreSentences.get(i), text, List.of());
      tagged.add(s);
      selected[i] = mayStateEvent.test(s);
    }
    ner.annotate(doc);

    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap cs = coreSentences.get(i);
      List<Dependency> deps = List.of();
      if (selected[i] && tagged.get(i).tokens().size() <= options.maxSentenceTokens()) {
        deps = await(parser).parse(cs);
      }
      sentences.add(sentence(i, cs, text, deps));
      if (options.selective() && selected[i]) {
        // A sentence without a time cue gets no SUTime pass (nothing there for it to find).
        List<Token> tokens = tagged.get(i).tokens();
        boolean[] cue = new boolean[tokens.size()];
        boolean anyCue = false;
        for (int k = 0; k < cue.length; k++) {
          cue[k] = isTimeCue(tokens.get(k).word());
          anyCue |= cue[k];
        }
        if (anyCue) {
          times.addAll(await(sutime).findFast(cs, doc, text, i, cue,
              article.pubDate() == null ? null : article.pubDate().firstDay()));
        }
      }
      List<CoreMap> mentions = cs.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions == null) {
        continue;
      }
      for (CoreMap m : mentions) {
        Span span = new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null) {
          times.add(new TimeExpression(span, span.of(text), timex.timexType(), timex.value(), date(timex.value()), i));
        } else if (type != null) {
          entities.add(new EntityMention(span, span.of(text), type, i));
        }
      }
    }
    return new AnnotatedText(article, sentences, entities, times);
  }

  /** Words that can be part of a time expression SUTime resolves, lower-case (besides digits, months, weekdays). */
  private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("today", "yesterday", "tomorrow", "tonight",
      "day", "days", "week", "weeks", "weekend", "fortnight", "month", "months", "year", "years", "decade", "decades",
      "century", "centuries", "millennium", "spring", "summer", "autumn", "fall", "winter", "season", "quarter",
      "morning", "afternoon", "evening", "night", "noon", "midnight", "dawn", "hour", "hours", "minute", "minutes",
      "ago", "now", "currently", "recently", "previously", "earlier", "later", "previous", "next", "last", "past", "coming",
      "upcoming", "present", "current", "former", "future", "soon", "daily", "weekly", "monthly", "annual", "annually",
      "yearly", "eve", "holiday", "holidays", "christmas", "easter", "ramadan", "eid", "new", "once", "time", "times",
      "period", "date", "dates", "era", "age", "anniversary", "half", "early", "mid", "late", "end", "beginning", "second",
      "seconds", "overnight", "min", "mins", "hr", "hrs", "a.m.", "p.m.", "am", "pm", "o'clock");
  private static final java.util.Set<String> CALENDAR = java.util.Set.of("jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
      "sat", "sun");

  /**
   * Whether a word may be part of a time expression (a time cue): it holds a digit, is a month or weekday name (or
   * abbreviation), or is a word of {@link #TIME_WORDS}.
   */
  static boolean isTimeCue(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isDigit(w.charAt(i))) {
        return true;
      }
    }
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    return TIME_WORDS.contains(lower) || isCalendarWord(lower);
  }

  private static final java.util.Set<String> CALENDAR_WORDS = java.util.Set.of("january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday");

  private static boolean isCalendarWord(String lower) {
    String bare = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    return CALENDAR.contains(bare) || CALENDAR_WORDS.contains(bare)
        || (bare.endsWith("s") && CALENDAR_WORDS.contains(bare.substring(0, bare.length() - 1)));
  }

  private static Sentence sentence(int index, CoreMap cs, String text, List<Dependency> deps) {
    List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int t = 0; t < labels.size(); t++) {
      CoreLabel l = labels.get(t);
      Span span = new Span(l.beginPosition(), l.endPosition());
      tokens.add(new Token(t, span, span.of(text), nonNull(l.lemma(), l.word()), nonNull(l.tag(), "X"), nonNull(l.ner(), "O")));
    }
    Span span = new Span(cs.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    return new Sentence(index, span, tokens, deps);
  }

  /** The calendar date a TIMEX value names, or null ({@code 2023-05-17}, {@code 2023-05}, {@code 2023}). */
  static @Nullable PartialDate date(@Nullable String value) {
    if (value == null) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    try {
      return PartialDate.parse(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String nonNull(@Nullable String s, String fallback) {
    return s == null ? fallback : s;
  }
}
