package org.attache.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Sector;

/**
 * PLOVER JSON records (one per line) in the PLOVER record layout, with Attaché's codings mapped back to
 * PLOVER's own rules where the gold format departs from them (see ../shared/eval/README.md):
 *
 * <ul>
 *   <li>signing a document (AGREE {@code sign}) is SUPPORT, as CAMEO 057 "Sign formal agreement" maps;
 *   <li>an invitation (REQUEST {@code invite}) is AGREE, an expression of intent to meet (CAMEO 036);
 *   <li>a planned visit, meeting, cooperation, aid or support (status planned) is AGREE, an expression of
 *       intent (CAMEO 03x), with the context of what is intended;
 *   <li>modes are kept only where PLOVER defines them for the type (CONSULT {@code visit}, {@code phone}
 *       for {@code call}, {@code multilateral}; REQUEST {@code assist}); AGREE, SUPPORT, COOPERATE and AID
 *       have no modes in PLOVER, so a mode such as {@code military} becomes a context.
 * </ul>
 *
 * <p>Undirected events list every side as {@code actor} and none as {@code recipient}, as the PLOVER gold
 * standard records code reciprocal ("SRC/TAR") events; an actor's {@code sector} is null, as Attaché does not
 * code actor sectors. {@code text} and {@code event_text} are the evidence span, whose offsets in the article's
 * stored text {@code text_info} gives. A date known only to the month or year is written as
 * its first day in {@code date} and its last day in {@code enddate}.
 */
final class Plover {
  /** The fields of every record, in the order written. */
  static final List<String> FIELDS = List.of("id", "date", "time", "enddate", "actor", "recipient", "event", "event_loc",
      "event_text", "quad_code", "event_scale", "mode", "context", "link", "text", "text_info", "cite_info", "coder",
      "coded_date");

  /** The PLOVER contexts (manual draft 2.0). */
  static final Set<String> CONTEXTS = Set.of("military", "intelligence", "executive", "legislative", "election",
      "political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
      "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality",
      "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
      "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
      "illegal_drugs", "trafficking", "humanitarian");

  /** PLOVER's context for each Attaché sector; sectors with no PLOVER counterpart (education, culture) have none. */
  private static final Map<Sector, String> SECTOR_CONTEXT = Map.ofEntries(Map.entry(Sector.MILITARY, "military"),
      Map.entry(Sector.SECURITY, "military"), Map.entry(Sector.ECONOMY, "economic"), Map.entry(Sector.TRADE, "economic"),
      Map.entry(Sector.AGRICULTURE, "economic"), Map.entry(Sector.INDUSTRY, "economic"),
      Map.entry(Sector.ENERGY, "natural_resource"), Map.entry(Sector.HEALTH, "health"),
      Map.entry(Sector.SCIENCE, "technology"), Map.entry(Sector.TECHNOLOGY, "technology"),
      Map.entry(Sector.DIPLOMACY, "diplomatic"), Map.entry(Sector.LEGAL, "legal"));

  /** The quad of each PLOVER type: 1 verbal cooperation, 2 material cooperation, 3 verbal, 4 material conflict. */
  static int quad(EventType t) {
    return switch (t) {
      case AGREE, CONSULT, SUPPORT, CONCEDE -> 1;
      case COOPERATE, AID, RETREAT -> 2;
      case REQUEST, ACCUSE, REJECT, THREATEN -> 3;
      case PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT -> 4;
    };
  }

  /**
   * An event as PLOVER codes it.
   *
   * @param event the PLOVER type
   * @param mode the PLOVER mode, or empty
   * @param contexts PLOVER contexts, without repeats
   * @param rule which of the mapping rules above applied, for the record's readers ({@code same} when none)
   * @param cameo the CAMEO code the rule names, when the reverse reading of the CAMEO→PLOVER table cannot tell
   *     it (several codes share the PLOVER coding, e.g. every SUPPORT code is "SUPPORT, diplomatic"), or empty
   */
  record Coding(EventType event, String mode, List<String> contexts, String rule, String cameo) {
    Coding {
      contexts = List.copyOf(contexts);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private Plover() {}

  /** PLOVER's coding of an Attaché event row. */
  static Coding code(EventRow e) {
    Set<String> contexts = new LinkedHashSet<>();
    if (CONTEXTS.contains(e.mode())) {
      contexts.add(e.mode());
    }
    for (Sector s : e.sectors()) {
      String c = SECTOR_CONTEXT.get(s);
      if (c != null) {
        contexts.add(c);
      }
    }
    EventType plover = e.type().inPlover(e.mode(), e.status());
    if (plover != e.type() && e.type() == EventType.AGREE) {
      return new Coding(EventType.SUPPORT, "", withDiplomatic(contexts), "signing is SUPPORT in PLOVER (CAMEO 057)", "057");
    }
    if (plover != e.type() && e.type() == EventType.REQUEST) {
      return new Coding(EventType.AGREE, "", withDiplomatic(contexts), "an invitation is AGREE in PLOVER (CAMEO 036)", "036");
    }
    if (plover != e.type()) {
      List<String> intended = e.type() == EventType.CONSULT ? withDiplomatic(contexts) : List.copyOf(contexts);
      return new Coding(EventType.AGREE, "", intended,
          "a planned " + e.type() + " is an expression of intent, AGREE in PLOVER (CAMEO 03x)",
          switch (e.type()) {
            case CONSULT -> "036"; // Express intent to meet or negotiate
            case AID -> "033"; // Express intent to provide material aid
            default -> "";
          });
    }
    String mode = switch (e.type()) {
      case CONSULT -> switch (e.mode()) {
        case "visit" -> "visit";
        case "call" -> "phone";
        case "multilateral" -> "multilateral";
        default -> "";
      };
      case REQUEST -> switch (e.mode()) {
        case "aid", "cooperation" -> "assist";
        default -> "";
      };
      case AGREE, SUPPORT, CONCEDE, COOPERATE, AID -> "";
      default -> e.mode();
    };
    String cameo = switch (e.type()) {
      case SUPPORT -> e.mode().equals("praise") || e.mode().equals("endorse") ? "051" : ""; // Praise or endorse
      case SANCTION -> e.mode().isEmpty() ? "163" : ""; // Impose embargo, boycott, or sanctions
      default -> "";
    };
    return new Coding(e.type(), mode, List.copyOf(contexts), "same", cameo);
  }

  private static List<String> withDiplomatic(Set<String> contexts) {
    List<String> l = new ArrayList<>(contexts);
    if (!l.contains("diplomatic")) {
      l.add(0, "diplomatic");
    }
    return l;
  }

  /** Writes one record per event, or per source of an event with {@code perSource}. */
  static void write(Selection sel, boolean perSource, LocalDate codedDate, CameoTable cameo, PrintWriter out) {
    for (EventRow e : sel.events()) {
      if (perSource) {
        for (int i = 0; i < e.sources().size(); i++) {
          out.println(record(e, i, e.id() + "-s" + (i + 1), codedDate, cameo).toString());
        }
      } else {
        out.println(record(e, 0, e.id(), codedDate, cameo).toString());
      }
    }
    out.flush();
  }

  static ObjectNode record(EventRow e, int sourceIndex, String id, LocalDate codedDate, CameoTable cameo) {
    Coding c = code(e);
    Source s = e.sources().get(sourceIndex);
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    PartialDate d = e.date();
    o.put("date", d == null ? null : d.firstDay().toString());
    o.putNull("time");
    o.put("enddate", d == null ? null : d.lastDay().toString());
    ArrayNode actor = o.putArray("actor");
    ArrayNode recipient = o.putArray("recipient");
    for (int i = 0; i < e.actors().size(); i++) {
      ObjectNode a = (e.directed() && i > 0 ? recipient : actor).addObject();
      a.put("code", e.actors().get(i));
      a.putNull("sector");
    }
    o.put("event", c.event().name());
    if (e.location() == null) {
      o.putNull("event_loc");
    } else {
      o.putObject("event_loc").put("name", e.location());
    }
    o.put("event_text", s.evidenceText());
    o.put("quad_code", quad(c.event()));
    o.put("event_scale", cameo.codeFor(c).goldstein());
    o.put("mode", c.mode());
    ArrayNode ctx = o.putArray("context");
    c.contexts().forEach(ctx::add);
    o.putNull("link");
    o.put("text", s.evidenceText());
    ObjectNode ti = o.putObject("text_info");
    ti.put("article_id", s.articleId());
    ti.put("start", s.evidence().start());
    ti.put("end", s.evidence().end());
    ObjectNode ci = o.putObject("cite_info");
    ci.put("corpus", "attache");
    ci.put("citation", s.fileName());
    ci.put("url", s.url());
    ci.put("title", s.title());
    ci.put("language", "en");
    o.put("coder", "Attaché 0.1.0 (" + e.type() + (e.mode().isEmpty() ? "" : " " + e.mode()) + ", " + e.status().label()
        + "; " + c.rule() + ")");
    o.put("coded_date", codedDate.toString());
    return o;
  }

}
