package org.attache.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.attache.store.EventQuery;
import org.attache.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphmlExportTest {
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";
  @TempDir static Path tmp;
  static Document doc;

  @BeforeAll
  static void exportAndParse() throws Exception {
    Path db = tmp.resolve("attache.db");
    Fixture.store(db);
    Selection sel;
    try (Store s = Store.openSqlite(db)) {
      sel = Selection.load(s, EventQuery.all());
    }
    StringWriter w = new StringWriter();
    Exporter.create().write(sel, Exporter.Options.of(Exporter.Format.GRAPHML), w);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, String> data(Element e) {
    Map<String, String> m = new HashMap<>();
    NodeList ds = e.getElementsByTagNameNS(NS, "data");
    for (int i = 0; i < ds.getLength(); i++) {
      Element d = (Element) ds.item(i);
      m.put(d.getAttribute("key"), d.getTextContent());
    }
    return m;
  }

  private static Map<String, Element> edges(String kind) {
    Map<String, Element> m = new HashMap<>();
    NodeList es = doc.getElementsByTagNameNS(NS, "edge");
    for (int i = 0; i < es.getLength(); i++) {
      Element e = (Element) es.item(i);
      if (data(e).get("ekind").equals(kind)) {
        m.put(e.getAttribute("source") + "|" + e.getAttribute("target"), e);
      }
    }
    return m;
  }

  @Test
  void isGraphmlWhoseDataKeysAreAllDeclaredAndEdgesJoinKnownNodes() {
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("graphml");
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
    Set<String> keys = new HashSet<>();
    NodeList ks = doc.getElementsByTagNameNS(NS, "key");
    for (int i = 0; i < ks.getLength(); i++) {
      keys.add(((Element) ks.item(i)).getAttribute("id"));
    }
    NodeList ds = doc.getElementsByTagNameNS(NS, "data");
    for (int i = 0; i < ds.getLength(); i++) {
      assertThat(keys).contains(((Element) ds.item(i)).getAttribute("key"));
    }
    Set<String> nodes = new HashSet<>();
    NodeList ns = doc.getElementsByTagNameNS(NS, "node");
    for (int i = 0; i < ns.getLength(); i++) {
      nodes.add(((Element) ns.item(i)).getAttribute("id"));
    }
    assertThat(nodes).contains("a:BLR", "a:ZWE", "a:PAK", "a:EU", "p:Viktor Khrenin", "p:Alexander Lukashenko");
    NodeList es = doc.getElementsByTagNameNS(NS, "edge");
    for (int i = 0; i < es.getLength(); i++) {
      Element e = (Element) es.item(i);
      assertThat(nodes).contains(e.getAttribute("source"), e.getAttribute("target"));
    }
  }

  @Test
  void countryEdgesAreWeightedByEventsAndByType() {
    Map<String, String> blrZwe = data(edges("relation").get("a:BLR|a:ZWE"));
    assertThat(blrZwe.get("weight")).isEqualTo("5");
    assertThat(blrZwe.get("w_CONSULT")).isEqualTo("2");
    assertThat(blrZwe.get("w_AGREE")).isEqualTo("1");
    assertThat(blrZwe.get("w_SUPPORT")).isEqualTo("1");
    assertThat(blrZwe.get("w_REQUEST")).isEqualTo("1");
    assertThat(data(edges("relation").get("a:BLR|a:EU")).get("w_SANCTION")).isEqualTo("1");
  }

  @Test
  void peopleAreLinkedToEachOtherAndToTheSideTheyActFor() {
    Map<String, String> pair = data(edges("co-participation").get("p:Oppah Muchinguri-Kashiri|p:Viktor Khrenin"));
    assertThat(pair.get("weight")).isEqualTo("2");
    assertThat(edges("acts-for")).containsKeys("p:Viktor Khrenin|a:BLR", "p:Oppah Muchinguri-Kashiri|a:ZWE");
    Element belarus = null;
    NodeList ns = doc.getElementsByTagNameNS(NS, "node");
    for (int i = 0; i < ns.getLength(); i++) {
      if (((Element) ns.item(i)).getAttribute("id").equals("a:BLR")) {
        belarus = (Element) ns.item(i);
      }
    }
    assertThat(data(belarus)).containsEntry("label", "Belarus").containsEntry("kind", "actor");
  }
}
