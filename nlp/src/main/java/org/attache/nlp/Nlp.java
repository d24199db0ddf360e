package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
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
 * <p>Loading takes several seconds; load one per process and share it. {@link #annotate} is
 * thread-safe and may be called from several threads at once.
 */
public final class Nlp {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern PARTIAL_DATE = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");

  /** The CRF model that alone decides PERSON, LOCATION and ORGANIZATION in CoreNLP's default combination. */
  private static final String THREE_CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private final NlpOptions options;
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP fullNer;
  private final StanfordCoreNLP lightNer;
  private final StanfordCoreNLP parser;

  private Nlp(NlpOptions options, StanfordCoreNLP tagger, StanfordCoreNLP fullNer, StanfordCoreNLP lightNer,
      StanfordCoreNLP parser) {
    this.options = options;
    this.tagger = tagger;
    this.fullNer = fullNer;
    this.lightNer = lightNer;
    this.parser = parser;
  }

  /**
   * Loads the models (from the CoreNLP models jar on the class path); the tagger, NER and parser models
   * load on parallel threads.
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
    n.setProperty("ner.applyFineGrained", Boolean.toString(options.fineGrainedNer()));
    n.setProperty("ner.buildEntityMentions", "true");
    n.setProperty("ner.docdate.usePresent", "false");
    n.setProperty("sutime.includeRange", "true");
    n.setProperty("sutime.markTimeRanges", "true");
    n.setProperty("threads", "1");
    Properties light = new Properties();
    light.putAll(n);
    light.setProperty("ner.model", THREE_CLASS);
    light.setProperty("ner.applyNumericClassifiers", "false");
    light.setProperty("ner.useSUTime", "false");
    light.setProperty("ner.applyFineGrained", "false");
    Properties d = new Properties();
    d.setProperty("annotators", "depparse");
    d.setProperty("enforceRequirements", "false");
    var parser = java.util.concurrent.CompletableFuture.supplyAsync(() -> new StanfordCoreNLP(d, false));
    var full = java.util.concurrent.CompletableFuture.supplyAsync(() -> new StanfordCoreNLP(n, false));
    StanfordCoreNLP tagger = new StanfordCoreNLP(p);
    StanfordCoreNLP lightNer = options.selective() ? new StanfordCoreNLP(light, false) : null;
    StanfordCoreNLP fullNer = full.join();
    return new Nlp(options, tagger, fullNer, lightNer == null ? fullNer : lightNer, parser.join());
  }

  /**
   * Annotates the body of {@code article} (the text outside {@link Article#body()} is blanked, so
   * offsets stay those of the stored text). The sentences {@code mayStateEvent} accepts are dependency-parsed
   * (up to {@link NlpOptions#maxSentenceTokens()} tokens) and, with {@link NlpOptions#selective()}, are the
   * only ones given the full NER with time expressions; the others get PERSON/LOCATION/ORGANIZATION only.
   * {@code mayStateEvent} sees each sentence with words, lemmas and parts of speech, before NER.
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
    List<CoreMap> full = new ArrayList<>();
    List<CoreMap> light = new ArrayList<>();
    List<CoreMap> toParse = new ArrayList<>();
    List<Integer> toParseIndex = new ArrayList<>();
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap cs = coreSentences.get(i);
      Sentence s = sentence(i, cs, text, List.of());
      boolean selected = mayStateEvent.test(s);
      (!options.selective() || (selected && mayHoldTime(s)) ? full : light).add(cs);
      if (selected && s.tokens().size() <= options.maxSentenceTokens()) {
        toParse.add(cs);
        toParseIndex.add(i);
      }
    }
    runOn(fullNer, doc, full);
    runOn(lightNer, doc, light);

    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap cs = coreSentences.get(i);
      sentences.add(sentence(i, cs, text, List.of()));
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
    if (!toParse.isEmpty()) {
      Annotation sub = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
      sub.set(CoreAnnotations.SentencesAnnotation.class, toParse);
      parser.annotate(sub);
      for (int k = 0; k < toParse.size(); k++) {
        int i = toParseIndex.get(k);
        sentences.set(i, sentence(i, toParse.get(k), text, dependencies(toParse.get(k))));
      }
    }
    return new AnnotatedText(article, sentences, entities, times);
  }

  /** Words that can be part of a time expression SUTime resolves, lower-case (besides digits, months, weekdays). */
  private static final java.util.Set<String> TIME_WORDS = java.util.Set.of("today", "yesterday", "tomorrow", "tonight",
      "day", "days", "week", "weeks", "weekend", "fortnight", "month", "months", "year", "years", "decade", "decades",
      "century", "centuries", "millennium", "spring", "summer", "autumn", "fall", "winter", "season", "quarter",
      "morning", "afternoon", "evening", "night", "noon", "midnight", "dawn", "hour", "hours", "minute", "minutes",
      "ago", "now", "currently", "recently", "earlier", "later", "previous", "next", "last", "past", "coming",
      "upcoming", "present", "current", "former", "future", "soon", "daily", "weekly", "monthly", "annual", "annually",
      "yearly", "eve", "holiday", "holidays", "christmas", "easter", "ramadan", "eid", "new", "once", "time", "times",
      "period", "date", "dates", "era", "age", "anniversary", "half", "early", "mid", "late", "end", "beginning");
  private static final java.util.Set<String> CALENDAR = java.util.Set.of("jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
      "sat", "sun");

  /**
   * Whether a sentence may hold a time expression: a digit, a month or weekday name (or abbreviation), or a
   * word of {@link #TIME_WORDS}. A sentence without one gets no SUTime pass (nothing there for it to find).
   */
  static boolean mayHoldTime(Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.word();
      for (int i = 0; i < w.length(); i++) {
        if (Character.isDigit(w.charAt(i))) {
          return true;
        }
      }
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (TIME_WORDS.contains(lower) || CALENDAR.contains(lower.length() > 3 ? lower.substring(0, 3) : lower)
          && isCalendarWord(lower)) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> CALENDAR_WORDS = java.util.Set.of("january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday");

  private static boolean isCalendarWord(String lower) {
    String bare = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    return CALENDAR.contains(bare) || CALENDAR_WORDS.contains(bare)
        || (bare.endsWith("s") && CALENDAR_WORDS.contains(bare.substring(0, bare.length() - 1)));
  }

  /** Runs {@code ner} on some sentences of {@code doc}, in place, anchored on the document date. */
  private static void runOn(StanfordCoreNLP ner, Annotation doc, List<CoreMap> sentences) {
    if (sentences.isEmpty()) {
      return;
    }
    Annotation sub = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
    sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    List<CoreLabel> tokens = new ArrayList<>();
    for (CoreMap s : sentences) {
      tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
    String docDate = doc.get(CoreAnnotations.DocDateAnnotation.class);
    if (docDate != null) {
      sub.set(CoreAnnotations.DocDateAnnotation.class, docDate);
    }
    ner.annotate(sub);
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

  private static List<Dependency> dependencies(CoreMap cs) {
    SemanticGraph g = cs.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (g == null) {
      return List.of();
    }
    List<Dependency> deps = new ArrayList<>();
    for (var root : g.getRoots()) {
      deps.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
    }
    return deps;
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

  /**
   * CoreNLP's own pipeline with {@code annotators} (e.g. {@link Baseline#FULL}), the yardstick of the
   * benchmarks; see {@link Baseline#load}.
   */
  public static Baseline baseline(String annotators) {
    return Baseline.load(annotators);
  }
}
