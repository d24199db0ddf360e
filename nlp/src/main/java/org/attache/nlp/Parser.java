package org.attache.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.zip.GZIPInputStream;
import org.attache.model.Dependency;

/**
 * CoreNLP's neural dependency parser (Chen and Manning's arc-standard parser with the English UD model of CoreNLP's
 * {@code depparse} annotator), giving the enhanced++ graph; the same arcs as the annotator, at a lower cost.
 *
 * <p>CoreNLP's own parser multiplies in an order the JIT cannot vectorise, computes up front (in about 1.5 CPU-seconds
 * and 160 MB) the hidden-layer products of its 20,000 most frequent features, and builds five graphs of every parse
 * (extraction reads one). This class reads the same model file and runs the same network with the same arithmetic
 * (the same float products summed in the same order into doubles, so the same scores and the same transitions):
 * the output layer is computed hidden unit by hidden unit (a loop the JIT vectorises), only for the transitions that
 * can apply, and the frequent features' products are computed the first time they are needed. The transition system
 * ({@link ArcStandard}, {@link Configuration}) and the conversion to enhanced++ dependencies are CoreNLP's own.
 *
 * <p>Thread-safe: the model is read-only but for the cache of products, whose entries are published safely.
 */
final class Parser {
  /** Words, parts of speech and labels of the feature template: 18 words, 18 tags, 12 labels (see {@link #features}). */
  private static final int NUM_TOKENS = 48;

  private final Map<String, Integer> wordIds;
  private final Map<String, Integer> posIds;
  private final Map<String, Integer> labelIds;
  private final int unknownWord;
  private final int unknownPos;
  private final int embeddingSize;
  private final int hiddenSize;
  private final float[][] embeddings;
  /** W1 transposed: row {@code position * embeddingSize + e} holds the weights of input e of that position to each hidden unit. */
  private final float[][] w1;
  private final float[] b1;
  /** W2 transposed: row h holds hidden unit h's weights to each transition. */
  private final float[][] w2;
  private final Map<Integer, Integer> frequent;
  private final AtomicReferenceArray<double[]> products;
  private final java.util.concurrent.ConcurrentHashMap<Integer, float[]> rare = new java.util.concurrent.ConcurrentHashMap<>();
  /** At most this many products of rarer features are kept (4 KB each). */
  private static final int RARE_CACHE = 20_000;
  private final ArcStandard system;
  private final String[] transitions;

  private Parser(Map<String, Integer> wordIds, Map<String, Integer> posIds, Map<String, Integer> labelIds, int embeddingSize, int hiddenSize, float[][] embeddings, float[][] w1,
      float[] b1, float[][] w2, Map<Integer, Integer> frequent, ArcStandard system, String[] transitions) {
    this.wordIds = wordIds;
    this.posIds = posIds;
    this.labelIds = labelIds;
    this.unknownWord = wordIds.get(Config.UNKNOWN);
    this.unknownPos = posIds.get(Config.UNKNOWN);
    this.embeddingSize = embeddingSize;
    this.hiddenSize = hiddenSize;
    this.embeddings = embeddings;
    this.w1 = w1;
    this.b1 = b1;
    this.w2 = w2;
    this.frequent = frequent;
    this.products = new AtomicReferenceArray<>(frequent.size());
    this.system = system;
    this.transitions = transitions;
  }

  /** Loads the English UD model from the CoreNLP models jar on the class path (about a second). */
  static Parser load() {
    String model = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    InputStream raw = Parser.class.getClassLoader().getResourceAsStream(model);
    if (raw == null) {
      throw new IllegalStateException("dependency parser: model " + model + " is not on the class path (the CoreNLP models jar)");
    }
    try (ModelReader r = new ModelReader(new GZIPInputStream(raw, 1 << 16), model)) {
      int words = r.header("dict");
      int tags = r.header("pos");
      int labels = r.header("label");
      int embeddingSize = r.header("embeddingSize");
      int hiddenSize = r.header("hiddenSize");
      int numTokens = r.header("numTokens");
      int preComputed = r.header("preComputed");
      if (numTokens != NUM_TOKENS) {
        throw new IllegalStateException("dependency parser: model " + model + " has numTokens=" + numTokens + ", expected " + NUM_TOKENS);
      }
      int vocabulary = words + tags + labels;
      float[][] embeddings = new float[vocabulary][embeddingSize];
      Map<String, Integer> wordIds = new HashMap<>(words * 2);
      Map<String, Integer> posIds = new HashMap<>();
      Map<String, Integer> labelIds = new HashMap<>();
      List<String> labelNames = new ArrayList<>();
      for (int i = 0; i < vocabulary; i++) {
        String name = r.word();
        if (i < words) {
          wordIds.put(name, i);
        } else if (i < words + tags) {
          posIds.put(name, i);
        } else {
          labelIds.put(name, i);
          labelNames.add(name);
        }
        r.floats(embeddings[i], 0, embeddingSize);
      }
      // Stored one line per input, its weights to each hidden unit: exactly the transposed layout used here.
      float[][] w1 = new float[numTokens * embeddingSize][hiddenSize];
      for (float[] row : w1) {
        r.floats(row, 0, hiddenSize);
      }
      float[] b1 = new float[hiddenSize];
      r.floats(b1, 0, hiddenSize);
      int outputs = 2 * (labels - 1) + 1;
      float[][] w2 = new float[hiddenSize][outputs];
      for (float[] row : w2) {
        r.floats(row, 0, outputs);
      }
      Config config = new Config(new Properties());
      // CoreNLP precomputes the products of the first numPreComputed (20,000 by default) of the listed features.
      int limit = Math.min(preComputed, config.numPreComputed);
      Map<Integer, Integer> frequent = new HashMap<>(limit * 2);
      for (int i = 0; i < limit; i++) {
        frequent.put(r.integer(), i);
      }
      if (config.language != Language.UniversalEnglish) {
        throw new IllegalStateException("dependency parser: CoreNLP's default language is " + config.language + ", expected UniversalEnglish");
      }
      List<String> systemLabels = new ArrayList<>(labelNames);
      systemLabels.remove(0); // -NULL-
      ArcStandard system = new ArcStandard(config.tlp, systemLabels, false);
      String[] transitions = new String[system.numTransitions()];
      int t = 0;
      for (String l : systemLabels) {
        transitions[t++] = "L(" + l + ")";
      }
      for (String l : systemLabels) {
        transitions[t++] = "R(" + l + ")";
      }
      transitions[t] = "S";
      for (int k = 0; k < transitions.length; k++) {
        if (system.getTransitionID(transitions[k]) != k) {
          throw new IllegalStateException("dependency parser: transition " + transitions[k] + " is not number " + k + " in CoreNLP's arc-standard system");
        }
      }
      if (transitions.length != outputs) {
        throw new IllegalStateException("dependency parser: " + outputs + " outputs in the model for " + transitions.length + " transitions");
      }
      return new Parser(wordIds, posIds, labelIds, embeddingSize, hiddenSize, embeddings, w1, b1, w2, frequent, system, transitions);
    } catch (IOException e) {
      throw new UncheckedIOException("dependency parser: cannot read " + model + ": " + e.getMessage(), e);
    }
  }

  /**
   * The enhanced++ dependencies of a tagged sentence (its tokens need words and parts of speech); token
   * indices are 0-based in the sentence, the root's governor is -1.
   */
  List<Dependency> parse(CoreMap sentence) {
    GrammaticalStructure gs = grammaticalStructure(sentence);
    SemanticGraph g = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
        GrammaticalStructure.Extras.NONE, null);
    List<Dependency> deps = new ArrayList<>();
    for (var root : g.getRoots()) {
      deps.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : g.edgeIterable()) {
      deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
    }
    return deps;
  }

  /** The basic parse as CoreNLP's {@link DependencyParser#predict(CoreMap)} makes it. */
  GrammaticalStructure grammaticalStructure(CoreMap sentence) {
    Configuration c = system.initialConfiguration(sentence);
    int[] features = new int[NUM_TOKENS];
    double[] hidden = new double[hiddenSize];
    double[] scores = new double[transitions.length];
    boolean[] allowed = new boolean[transitions.length];
    while (!system.isTerminal(c)) {
      int applicable = 0;
      int only = -1;
      for (int t = 0; t < transitions.length; t++) {
        allowed[t] = system.canApply(c, transitions[t]);
        if (allowed[t]) {
          applicable++;
          only = t;
        }
      }
      int best = only;
      if (applicable > 1) {
        features(c, features);
        score(features, hidden, scores);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < transitions.length; t++) {
          if (allowed[t] && scores[t] > bestScore) {
            bestScore = scores[t];
            best = t;
          }
        }
      }
      system.apply(c, transitions[best]);
    }
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
    for (int i = 1; i <= tokens.size(); i++) {
      int head = c.getHead(i);
      IndexedWord word = new IndexedWord(tokens.get(i - 1));
      IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(c.getLabel(i));
      dependencies.add(new TypedDependency(relation, headWord, word));
    }
    return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return known != null ? known : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
  }

  /** The network's scores of every transition (those not allowed are left as they are). */
  private void score(int[] features, double[] hidden, double[] scores) {
    java.util.Arrays.fill(hidden, 0);
    for (int j = 0; j < NUM_TOKENS; j++) {
      int id = features[j];
      Integer slot = frequent.get(id * NUM_TOKENS + j);
      if (slot != null) {
        double[] p = products.get(slot);
        if (p == null) {
          p = new double[hiddenSize];
          addProduct(p, id, j);
          products.set(slot, p);
        }
        for (int h = 0; h < hiddenSize; h++) {
          hidden[h] += p[h];
        }
      } else {
        float[] p = rare(id * NUM_TOKENS + j, id, j);
        for (int h = 0; h < hiddenSize; h++) {
          hidden[h] += p[h];
        }
      }
    }
    for (int h = 0; h < hiddenSize; h++) {
      double x = hidden[h] + b1[h];
      hidden[h] = x * x * x;
    }
    java.util.Arrays.fill(scores, 0);
    for (int h = 0; h < hiddenSize; h++) {
      double x = hidden[h];
      float[] w = w2[h];
      for (int t = 0; t < scores.length; t++) {
        scores[t] += x * w[t];
      }
    }
  }

  /**
   * The product of a feature outside the frequent ones, rounded to float as CoreNLP rounds it (its cache of these
   * holds floats), from a cache of at most {@link #RARE_CACHE} of them (emptied when full).
   */
  private float[] rare(int key, int id, int position) {
    float[] cached = rare.get(key);
    if (cached != null) {
      return cached;
    }
    double[] p = new double[hiddenSize];
    addProduct(p, id, position);
    float[] f = new float[hiddenSize];
    for (int h = 0; h < hiddenSize; h++) {
      f[h] = (float) p[h];
    }
    if (rare.size() >= RARE_CACHE) {
      rare.clear();
    }
    rare.put(key, f);
    return f;
  }

  /** Adds the hidden-layer product of embedding {@code id} at input {@code position}, summed as CoreNLP sums it. */
  private void addProduct(double[] into, int id, int position) {
    float[] e = embeddings[id];
    int offset = position * embeddingSize;
    for (int k = 0; k < embeddingSize; k++) {
      float ek = e[k];
      float[] w = w1[offset + k];
      for (int h = 0; h < hiddenSize; h++) {
        into[h] += w[h] * ek;
      }
    }
  }

  /** The 48 features of a configuration: Chen and Manning's template, as CoreNLP's parser lays it out. */
  private void features(Configuration c, int[] f) {
    for (int j = 2; j >= 0; j--) {
      int k = c.getStack(j);
      f[2 - j] = word(c.getWord(k));
      f[18 + 2 - j] = pos(c.getPOS(k));
    }
    for (int j = 0; j <= 2; j++) {
      int k = c.getBuffer(j);
      f[3 + j] = word(c.getWord(k));
      f[18 + 3 + j] = pos(c.getPOS(k));
    }
    for (int j = 0; j <= 1; j++) {
      int k = c.getStack(j);
      int[] around = {c.getLeftChild(k), c.getRightChild(k), c.getLeftChild(k, 2), c.getRightChild(k, 2),
          c.getLeftChild(c.getLeftChild(k)), c.getRightChild(c.getRightChild(k))};
      for (int a = 0; a < around.length; a++) {
        int at = 6 + j * 6 + a;
        f[at] = word(c.getWord(around[a]));
        f[18 + at] = pos(c.getPOS(around[a]));
        f[36 + j * 6 + a] = labelIds.get(c.getLabel(around[a]));
      }
    }
  }

  private int word(String w) {
    Integer id = wordIds.get(w);
    return id != null ? id : unknownWord;
  }

  private int pos(String p) {
    Integer id = posIds.get(p);
    return id != null ? id : unknownPos;
  }
}
