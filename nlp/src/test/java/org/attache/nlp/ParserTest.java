package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Our runner of the dependency parser against CoreNLP's own, on the same tagged sentences. */
class ParserTest {
  private static final String TEXT = String.join("\n",
      "Belarusian Foreign Minister Maxim Ryzhenkov arrived in Harare on Tuesday for talks with his counterpart.",
      "The two sides signed a memorandum on cooperation in agriculture, mining and education.",
      "Minsk will supply tractors and buses, which were ordered last year, and train mechanics.",
      "\"We are grateful for the support,\" the minister said after the meeting, adding that a forum would follow.",
      "Pakistan was criticised by the European Union for its decision to expel the envoy.",
      "Talks.",
      "Zimbabwe's president welcomed the delegation, invited by the government, to the State House in Harare "
          + "where agreements on energy, trade, health and transport were discussed at length by both delegations.");

  @Test
  void givesTheSameParsesAsCoreNlpsParser() {
    edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    Annotation doc = new Annotation(TEXT);
    new StanfordCoreNLP(p).annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    assertThat(sentences).hasSize(7);

    Parser ours = Parser.load();
    DependencyParser theirs = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    for (CoreMap s : sentences) {
      assertThat(ours.grammaticalStructure(s).typedDependencies())
          .as(s.toString())
          .hasToString(theirs.predict(s).typedDependencies().toString());
      SemanticGraph g = SemanticGraphFactory.makeFromTree(theirs.predict(s), SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
          GrammaticalStructure.Extras.NONE, null);
      assertThat(ours.parse(s)).hasSize(g.getRoots().size() + g.edgeCount());
    }
  }
}
