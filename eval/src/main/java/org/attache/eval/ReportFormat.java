package org.attache.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.eval.Report.ArticleErrors;
import org.attache.eval.Report.Counts;
import org.attache.eval.Report.Mismatch;
import org.attache.model.Event;
import org.attache.model.PartialDate;
import org.attache.model.Person;
import org.attache.model.Status;
import org.jspecify.annotations.Nullable;

/** Renders a {@link Report} as JSON, as a table and as a list of errors. */
final class ReportFormat {
  private static final int EVIDENCE_CHARS = 160;

  private ReportFormat() {
  }

  static String json(Report r) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ObjectNode events = prf(root.putObject("events"), r.events());
    events.put("gold", r.events().gold());
    events.put("system", r.events().system());
    events.put("matched", r.events().matched());
    root.put("date_exact", r.dateExact().value());
    root.put("location", r.location().value());
    root.put("status", r.status().value());
    root.put("direction", r.direction().value());
    root.put("sectors_jaccard", r.sectorsJaccard().value());
    ObjectNode people = root.putObject("people");
    people.put("precision", r.people().precision());
    people.put("recall", r.people().recall());
    people.put("role", r.people().role());
    prf(root.putObject("links"), r.links());
    ObjectNode byType = root.putObject("by_type");
    for (Map.Entry<String, Counts> e : r.byType().entrySet()) {
      prf(byType.putObject(e.getKey()), e.getValue());
    }
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of numbers cannot fail to serialise", e);
    }
  }

  private static ObjectNode prf(ObjectNode node, Counts c) {
    node.put("precision", c.precision());
    node.put("recall", c.recall());
    node.put("f1", c.f1());
    return node;
  }

  static String table(Report r) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s %6s %6s %7s%n", "", "P", "R", "F1", "gold", "system",
        "matched"));
    prfRow(out, "events", r.events());
    prfRow(out, "links", r.links());
    out.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s %6d %6d %7d%n", "people", num(r.people().precision()),
        num(r.people().recall()), "", r.people().gold(), r.people().system(), r.people().matched()));
    out.append('\n');
    out.append(String.format(Locale.ROOT, "%-16s %6s %s%n", "", "share", "of"));
    ratioRow(out, "date_exact", r.dateExact());
    ratioRow(out, "location", r.location());
    ratioRow(out, "status", r.status());
    ratioRow(out, "direction", r.direction());
    out.append(String.format(Locale.ROOT, "%-16s %6s %d matches%n", "sectors_jaccard",
        num(r.sectorsJaccard().value()), r.sectorsJaccard().count()));
    out.append(String.format(Locale.ROOT, "%-16s %6s %d/%d matched people%n", "people role",
        num(r.people().role()), r.people().rolesRight(), r.people().matched()));
    if (!r.byType().isEmpty()) {
      out.append('\n');
      for (Map.Entry<String, Counts> e : r.byType().entrySet()) {
        prfRow(out, e.getKey(), e.getValue());
      }
    }
    return out.toString();
  }

  private static void prfRow(StringBuilder out, String name, Counts c) {
    out.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s %6d %6d %7d%n", name, num(c.precision()),
        num(c.recall()), num(c.f1()), c.gold(), c.system(), c.matched()));
  }

  private static void ratioRow(StringBuilder out, String name, Report.Ratio ratio) {
    out.append(String.format(Locale.ROOT, "%-16s %6s %d/%d%n", name, num(ratio.value()), ratio.right(),
        ratio.total()));
  }

  private static String num(@Nullable Double d) {
    return d == null ? "-" : String.format(Locale.ROOT, "%.3f", d);
  }

  static String details(Report r, java.util.function.BiFunction<Event, Event, @Nullable String> whyApart) {
    StringBuilder out = new StringBuilder();
    for (ArticleErrors a : r.articles()) {
      if (a.isEmpty()) {
        continue;
      }
      out.append("== ").append(a.set().isEmpty() ? "" : a.set() + "/").append(a.file()).append('\n');
      for (GoldEvent g : a.missed()) {
        out.append("  missed     ").append(event(g.type().name(), g.actors(), g.directed(), g.date(), g.status()))
            .append(' ').append(quote(g.evidence())).append('\n');
      }
      for (Event e : a.spurious()) {
        out.append("  spurious   ").append(event(e.type().name(), e.actors(), e.directed(), e.date(), e.status()))
            .append(' ').append(quote(e.evidenceText())).append('\n');
        why(out, e);
      }
      for (Mismatch w : a.wronglyDated()) {
        mismatch(out, "wrong date ", w, date(w.gold().date()), date(w.system().date()));
      }
      for (Mismatch w : a.wronglyPlaced()) {
        mismatch(out, "wrong place ", w, place(w.gold().location()), place(w.system().location()));
      }
      for (GoldPerson p : a.peopleMissed()) {
        out.append("  person missed   ").append(person(p.name(), p.country(), p.role())).append('\n');
      }
      for (Person p : a.peopleSpurious()) {
        out.append("  person spurious ").append(person(p.name(), p.country(), p.role())).append('\n');
      }
    }
    for (Report.LinkError l : r.linkErrors()) {
      out.append(l.missed() ? "== missed link: " : "== false link: ").append(l.why()).append('\n');
      linkEnd(out, l.a());
      linkEnd(out, l.b());
      Event a = l.a().system();
      Event b = l.b().system();
      String why = l.missed() && a != null && b != null ? whyApart.apply(a, b) : null;
      if (why != null) {
        out.append("  merge: ").append(why).append('\n');
      }
    }
    return out.toString();
  }

  private static void linkEnd(StringBuilder out, Report.LinkEnd end) {
    GoldEvent g = end.gold();
    out.append("  ").append(end.set().isEmpty() ? "" : end.set() + "/").append(end.file()).append(' ').append(g.id())
        .append(" gold   ").append(event(g.type().name(), g.actors(), g.directed(), g.date(), g.status()))
        .append(g.location() == null ? "" : " at " + g.location())
        .append(g.people().isEmpty() ? "" : " people " + g.people()).append(' ').append(quote(g.evidence()))
        .append('\n');
    Event e = end.system();
    if (e != null) {
      out.append("  ").append(" ".repeat((end.set().isEmpty() ? 0 : end.set().length() + 1) + end.file().length()
          + g.id().length() + 1)).append(" system ").append(e.id()).append(' ')
          .append(event(e.type().name(), e.actors(), e.directed(), e.date(), e.status()))
          .append(e.location() == null ? "" : " at " + e.location())
          .append(e.people().isEmpty() ? "" : " people " + e.people()).append(' ').append(quote(e.evidenceText()))
          .append('\n');
    }
  }

  /**
   * The rule behind each field of a system event, one indented line, by field name ({@link Event#why} is a
   * {@code Map.copyOf}, whose order changes from run to run).
   */
  private static void why(StringBuilder out, Event e) {
    if (e.why().isEmpty()) {
      return;
    }
    out.append("             why:");
    new java.util.TreeMap<>(e.why()).forEach((field, rule) -> out.append(' ').append(field).append('=').append(rule).append(';'));
    out.append('\n');
  }

  private static String event(String type, List<String> actors, boolean directed, @Nullable PartialDate date,
      Status status) {
    return type + ' ' + actors(actors, directed) + ' ' + date(date) + ' ' + status.label();
  }

  private static String actors(List<String> actors, boolean directed) {
    return String.join(directed ? "→" : "–", actors);
  }

  private static String date(@Nullable PartialDate date) {
    return date == null ? "(no date)" : date.toString();
  }

  private static void mismatch(StringBuilder out, String what, Mismatch w, String gold, String system) {
    GoldEvent g = w.gold();
    out.append("  ").append(what).append(g.type().name()).append(' ').append(actors(g.actors(), g.directed()))
        .append(" gold ").append(gold).append(" system ").append(system).append(' ').append(quote(g.evidence()))
        .append('\n');
    why(out, w.system());
  }

  private static String place(@Nullable String place) {
    return place == null ? "(no place)" : place;
  }

  private static String person(String name, @Nullable String country, @Nullable String role) {
    return name + " (" + (country == null ? "?" : country) + (role == null ? "" : ", " + role) + ")";
  }

  private static String quote(String text) {
    String t = Names.oneLine(text);
    return '"' + (t.length() > EVIDENCE_CHARS ? t.substring(0, EVIDENCE_CHARS) + "…" : t) + '"';
  }
}
