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

  private final NlpOptions options;
  private final StanfordCoreNLP tagger;
  private final StanfordCoreNLP parser;

  private Nlp(NlpOptions options, StanfordCoreNLP tagger, StanfordCoreNLP parser) {
    this.options = options;
    this.tagger = tagger;
    this.parser = parser;
  }

  /** Loads the models (from the CoreNLP models jar on the classpath). */
  public static Nlp load(NlpOptions options) {
    edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    p.setProperty("ner.applyFineGrained", Boolean.toString(options.fineGrainedNer()));
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.docdate.usePresent", "false");
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("sutime.markTimeRanges", "true");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("threads", "1");
    StanfordCoreNLP tagger = new StanfordCoreNLP(p);
    Properties d = new Properties();
    d.setProperty("annotators", "depparse");
    d.setProperty("enforceRequirements", "false");
    StanfordCoreNLP parser = new StanfordCoreNLP(d, false);
    return new Nlp(options, tagger, parser);
  }

  /**
   * Annotates the body of {@code article} (the text outside {@link Article#body()} is blanked, so
   * offsets stay those of the stored text) and parses the sentences {@code parseIf} accepts.
   */
  public AnnotatedText annotate(Article article, Predicate<Sentence> parseIf) {
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
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    List<EntityMention> entities = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<CoreMap> toParse = new ArrayList<>();
    List<Integer> toParseIndex = new ArrayList<>();
    for (int i = 0; i < coreSentences.size(); i++) {
      CoreMap cs = coreSentences.get(i);
      Sentence s = sentence(i, cs, text, List.of());
      sentences.add(s);
      if (s.tokens().size() <= options.maxSentenceTokens() && parseIf.test(s)) {
        toParse.add(cs);
        toParseIndex.add(i);
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
