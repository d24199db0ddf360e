package org.attache.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.attache.model.Dependency;

/**
 * CoreNLP's neural dependency parser (the English UD model of its {@code depparse} annotator), giving only the
 * enhanced++ graph: the annotator builds five graphs of every parse (basic, collapsed, CC-processed, enhanced,
 * enhanced++) and extraction reads one, so the same arcs come at a lower cost. Thread-safe.
 */
final class Parser {
  private final DependencyParser parser;

  private Parser(DependencyParser parser) {
    this.parser = parser;
  }

  /** Loads the model from the CoreNLP models jar on the class path (a few seconds). */
  static Parser load() {
    return new Parser(DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties()));
  }

  /**
   * The enhanced++ dependencies of a tagged sentence (its tokens need words and parts of speech); token
   * indices are 0-based in the sentence, the root's governor is -1.
   */
  List<Dependency> parse(CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
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
}
