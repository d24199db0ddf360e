package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
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
 * The linguistic annotator: tokens, sentences, part of speech, lemmas, named entities, time expressions (SUTime,
 * anchored on the publication date) and dependency parses of an article, each on the sentences the caller's
 * {@link Needs} names (the costly annotators run only where their output is read). The only class that touches
 * Stanford CoreNLP; its types never leave this package.
 *
 * <p>Loading takes a few seconds (each model once, on parallel threads); load one per process and share it.
 * {@link #annotate} is thread-safe and may be called from several threads at once.
 */
public final class Nlp {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** The CRF model that alone decides PERSON, LOCATION and ORGANIZATION in CoreNLP's default combination. */
  private static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private final NlpOptions options;
  private final StanfordCoreNLP tokenizer;
  private final AnnotationPipeline tagger;
  private final java.util.List<String> tags;
  private final StanfordCoreNLP ner;
  private final CompletableFuture<Sutime> sutime;
  private final CompletableFuture<Parser> parser;

  private Nlp(NlpOptions options, StanfordCoreNLP tokenizer, MaxentTagger tagger, StanfordCoreNLP ner,
      CompletableFuture<Sutime> sutime, CompletableFuture<Parser> parser) {
    this.options = options;
    this.tokenizer = tokenizer;
    this.tagger = new AnnotationPipeline();
    this.tagger.addAnnotator(new POSTaggerAnnotator(tagger));
    this.tagger.addAnnotator(new MorphaAnnotator(false));
    this.tags = List.copyOf(new java.util.TreeSet<>(tagger.tagSet()));
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
    p.setProperty("annotators", "tokenize,ssplit");
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
    CompletableFuture<MaxentTagger> tagger = background("tagger", () -> new MaxentTagger(MaxentTagger.DEFAULT_JAR_PATH));
    StanfordCoreNLP tokenizer = new StanfordCoreNLP(p);
    return new Nlp(options, tokenizer, await(tagger), await(ner), sutime, parser);
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
   * Annotates the body of {@code article} (the text outside {@link Article#body()} is blanked, so offsets stay those
   * of the stored text) as if every sentence could state an event: every sentence gets parts of speech, lemmas and
   * PERSON/LOCATION/ORGANIZATION; the sentences {@code mayStateEvent} accepts (seeing each sentence with words, lemmas
   * and parts of speech, before NER) are dependency-parsed (up to {@link NlpOptions#maxSentenceTokens()} tokens) and,
   * with {@link NlpOptions#selective()}, are the only ones searched for time expressions (those holding a time cue).
   */
  public AnnotatedText annotate(Article article, Predicate<Sentence> mayStateEvent) {
    return annotate(article, Needs.everySentence(mayStateEvent));
  }

  /**
   * Annotates the body of {@code article} (the text outside {@link Article#body()} is blanked, so offsets stay those
   * of the stored text) where {@code needs} says the output can be read. With {@link NlpOptions#selective()}:
   * PERSON/LOCATION/ORGANIZATION on the sentences {@link Needs#names} names; then parts of speech and
   * lemmas on the sentences {@link Needs#tags} names; dependency parses (up to {@link NlpOptions#maxSentenceTokens()}
   * tokens) and time expressions (where there is a time cue) on the sentences {@link Needs#deep} names. Otherwise
   * every sentence is tagged and gets the full NER (with SUTime), and the sentences {@link Needs#deep} names for
   * parsing are parsed.
   */
  public AnnotatedText annotate(Article article, Needs needs) {
    String text = article.text();
    char[] masked = text.toCharArray();
    Arrays.fill(masked, 0, article.body().start(), ' ');
    Arrays.fill(masked, article.body().end(), masked.length, ' ');
    Annotation doc = new Annotation(new String(masked));
    if (article.pubDate() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.pubDate().firstDay().toString());
    }
    tokenizer.annotate(doc);
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);

    int n = coreSentences.size();
    boolean[] tagged = new boolean[n];
    if (!options.selective()) {
      // The full NER reads parts of speech (its number classifiers and SUTime).
      annotateSome(tagger, doc, coreSentences);
      Arrays.fill(tagged, true);
      annotateSome(ner, doc, coreSentences);
    } else {
      List<Sentence> words = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        words.add(sentence(i, coreSentences.get(i), text, List.of()));
      }
      boolean[] names = needs.names(new AnnotatedText(article, words, List.of(), List.of()));
      List<CoreMap> toName = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        if (names[i]) {
          toName.add(coreSentences.get(i));
        }
      }
      annotateSome(ner, doc, toName); // the PERSON/LOCATION/ORGANIZATION model reads words only
    }

    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<CoreMap> mentions = coreSentences.get(i).get(CoreAnnotations.MentionsAnnotation.class);
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

    List<Sentence> shallow = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      shallow.add(sentence(i, coreSentences.get(i), text, List.of()));
    }
    if (options.selective()) {
      Morphology morphology = new Morphology();
      java.util.function.Function<String, java.util.Set<String>> lemmasOf = w -> lemmas(w, morphology);
      for (int round = 0; round < 3; round++) {
        boolean[] want = needs.tags(new AnnotatedText(article, shallow, entities, List.of()), tagged.clone(), lemmasOf);
        List<CoreMap> toTag = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          if (want[i] && !tagged[i]) {
            toTag.add(coreSentences.get(i));
          }
        }
        if (toTag.isEmpty()) {
          break;
        }
        annotateSome(tagger, doc, toTag);
        for (int i = 0; i < n; i++) {
          if (want[i] && !tagged[i]) {
            tagged[i] = true;
            shallow.set(i, sentence(i, coreSentences.get(i), text, List.of()));
          }
        }
      }
    }

    Needs.Deep deep = needs.deep(new AnnotatedText(article, shallow, entities, List.of()));
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap cs = coreSentences.get(i);
      List<Token> tokens = shallow.get(i).tokens();
      if (deep.parse()[i] && tokens.size() <= options.maxSentenceTokens()) {
        sentences.add(sentence(i, cs, text, await(parser).parse(cs)));
      } else {
        sentences.add(shallow.get(i));
      }
      if (options.selective() && deep.times()[i]) {
        // A sentence without a time cue gets no SUTime pass (nothing there for it to find).
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
    }
    return new AnnotatedText(article, sentences, entities, times);
  }

  /** Runs {@code annotator} on {@code some} of the sentences of {@code doc} (each annotator reads a sentence at a time). */
  private static void annotateSome(edu.stanford.nlp.pipeline.Annotator annotator, Annotation doc, List<CoreMap> some) {
    List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (some.size() == all.size()) {
      annotator.annotate(doc);
      return;
    }
    if (some.isEmpty()) {
      return;
    }
    Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : some) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    part.set(CoreAnnotations.TokensAnnotation.class, tokens);
    part.set(CoreAnnotations.SentencesAnnotation.class, some);
    String docDate = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (docDate != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    }
    annotator.annotate(part);
  }

  /** Lemmas of words under every part of speech the tagger knows, lower-case; filled as words are met. */
  private final java.util.concurrent.ConcurrentHashMap<String, java.util.Set<String>> lemmas = new java.util.concurrent.ConcurrentHashMap<>();
  /** At most this many words' lemmas are kept. */
  private static final int LEMMA_CACHE = 200_000;

  /** The lemmas of a word under every part of speech the tagger knows, lower case (as MorphaAnnotator makes them). */
  private java.util.Set<String> lemmas(String w, Morphology morphology) {
    java.util.Set<String> ls = lemmas.get(w);
    if (ls != null) {
      return ls;
    }
    java.util.Set<String> found = new java.util.HashSet<>();
    for (String tag : tags) {
      found.add(morphology.lemma(w, tag).toLowerCase(java.util.Locale.ROOT));
      if (tag.startsWith("VB") && w.contains("_")) {
        // A phrasal verb for MorphaAnnotator: its parts here (a superset of its lemma's words).
        for (String part : w.split("_")) {
          found.add(part.toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    ls = java.util.Set.copyOf(found);
    if (lemmas.size() < LEMMA_CACHE) {
      lemmas.put(w, ls);
    }
    return ls;
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
