package org.attache.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.attache.geo.Country;
import org.attache.geo.Gazetteer;
import org.attache.model.EventType;
import org.attache.model.Person;

/**
 * The network of the selected events as GraphML (for Gephi, yEd, NetworkX, igraph): one undirected graph
 * whose nodes are the sides (countries and organisations, {@code kind=actor}) and the people named in the
 * events ({@code kind=person}). Edges:
 *
 * <ul>
 *   <li>{@code kind=relation} between two sides of the same events: {@code weight} is the number of events,
 *       and {@code w_<TYPE>} (e.g. {@code w_CONSULT}) the number of each PLOVER type;
 *   <li>{@code kind=co-participation} between two people named in the same events, weighted the same way;
 *   <li>{@code kind=acts-for} from a person to the side they act for, when known and that side is a node.
 * </ul>
 *
 * Node ids are stable ({@code a:BLR}, {@code p:Viktor Khrenin}); nodes come in order of first appearance and
 * edges sorted by kind and ends, so the same selection always gives the same bytes.
 */
final class Graphml {
  private Graphml() {}

  private record Edge(String kind, String a, String b, Map<EventType, Integer> byType) {
    int weight() {
      return byType.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  static void write(Selection sel, Gazetteer gaz, Writer out) {
    Map<String, String[]> actorNodes = new LinkedHashMap<>(); // id -> label, code
    Map<String, Person> personNodes = new LinkedHashMap<>(); // id -> a person record with that name
    Map<String, Person> byName = new LinkedHashMap<>();
    for (Person p : sel.people()) {
      byName.merge(key(p.name()), p, (x, y) -> x.role() == null && y.role() != null ? y : x);
    }
    Map<String, Edge> edges = new TreeMap<>();
    for (EventRow e : sel.events()) {
      List<String> sides = e.actors().stream().distinct().toList();
      for (String a : sides) {
        actorNodes.computeIfAbsent("a:" + a, k -> new String[] {gaz.country(a).map(Country::name).orElse(a), a});
      }
      pairs(edges, "relation", sides.stream().map(a -> "a:" + a).toList(), e.type());
      List<String> people = new ArrayList<>();
      for (String name : e.people().stream().distinct().toList()) {
        String id = "p:" + name;
        Person known = byName.get(key(name));
        personNodes.putIfAbsent(id, known != null ? known
            : new Person(id, e.primary().articleId(), name, null, null, List.of(), List.of()));
        people.add(id);
      }
      pairs(edges, "co-participation", people, e.type());
    }
    for (Map.Entry<String, Person> p : personNodes.entrySet()) {
      String country = p.getValue().country();
      if (country != null && actorNodes.containsKey("a:" + country)) {
        edges.put("acts-for|" + p.getKey(), new Edge("acts-for", p.getKey(), "a:" + country, Map.of()));
      }
    }
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("graphml");
      x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
      key(x, "label", "node", "label", "string");
      key(x, "kind", "node", "kind", "string");
      key(x, "code", "node", "code", "string");
      key(x, "role", "node", "role", "string");
      key(x, "country", "node", "country", "string");
      key(x, "ekind", "edge", "kind", "string");
      key(x, "weight", "edge", "weight", "double");
      for (EventType t : EventType.values()) {
        key(x, "w_" + t.name(), "edge", "w_" + t.name(), "int");
      }
      x.writeStartElement("graph");
      x.writeAttribute("id", "attache");
      x.writeAttribute("edgedefault", "undirected");
      x.writeCharacters("\n");
      for (Map.Entry<String, String[]> n : actorNodes.entrySet()) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("label", n.getValue()[0]);
        data.put("kind", "actor");
        data.put("code", n.getValue()[1]);
        node(x, n.getKey(), data);
      }
      for (Map.Entry<String, Person> n : personNodes.entrySet()) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("label", n.getValue().name());
        data.put("kind", "person");
        if (n.getValue().role() != null) {
          data.put("role", n.getValue().role());
        }
        if (n.getValue().country() != null) {
          data.put("country", n.getValue().country());
        }
        node(x, n.getKey(), data);
      }
      int i = 0;
      for (Edge e : edges.values()) {
        x.writeStartElement("edge");
        x.writeAttribute("id", "e" + i++);
        x.writeAttribute("source", xmlText(e.a()));
        x.writeAttribute("target", xmlText(e.b()));
        data(x, "ekind", e.kind());
        data(x, "weight", Integer.toString(e.kind().equals("acts-for") ? 1 : e.weight()));
        for (Map.Entry<EventType, Integer> t : e.byType().entrySet()) {
          data(x, "w_" + t.getKey().name(), t.getValue().toString());
        }
        x.writeEndElement();
        x.writeCharacters("\n");
      }
      x.writeEndElement();
      x.writeEndElement();
      x.writeEndDocument();
      x.flush();
      out.write("\n");
      out.flush();
    } catch (XMLStreamException | java.io.IOException ex) {
      throw new IllegalStateException("writing GraphML: " + ex.getMessage(), ex);
    }
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private static void pairs(Map<String, Edge> edges, String kind, List<String> nodes, EventType type) {
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        String a = nodes.get(i).compareTo(nodes.get(j)) <= 0 ? nodes.get(i) : nodes.get(j);
        String b = a.equals(nodes.get(i)) ? nodes.get(j) : nodes.get(i);
        edges.computeIfAbsent(kind + "|" + a + "|" + b, k -> new Edge(kind, a, b, new TreeMap<>()))
            .byType().merge(type, 1, Integer::sum);
      }
    }
  }

  private static void key(XMLStreamWriter x, String id, String forWhat, String name, String type) throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", id);
    x.writeAttribute("for", forWhat);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
    x.writeCharacters("\n");
  }

  private static void node(XMLStreamWriter x, String id, Map<String, String> data) throws XMLStreamException {
    x.writeStartElement("node");
    x.writeAttribute("id", xmlText(id));
    for (Map.Entry<String, String> d : data.entrySet()) {
      data(x, d.getKey(), d.getValue());
    }
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(xmlText(value));
    x.writeEndElement();
  }

  /** {@code s} without the characters XML 1.0 does not allow (most control characters, lone surrogates). */
  static String xmlText(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
        b.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    return b.toString();
  }
}
