package org.attache.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.attache.model.EventType;
import org.attache.model.PartialDate;

/**
 * An SVG bar chart of events per calendar quarter, stacked by PLOVER type. Only events dated at least to the
 * month can be placed in a quarter; the others are counted by the caller. Deterministic: the same events give
 * the same bytes.
 */
final class QuarterChart {
  /** One colour per type, in {@link EventType} order (cooperation in blues and greens, conflict in reds). */
  private static final String[] COLOURS = {"#1f77b4", "#4c9ed9", "#17becf", "#9edae5", "#2ca02c", "#98df8a", "#bcbd22",
      "#ff7f0e", "#d62728", "#ff9896", "#e377c2", "#8c564b", "#9467bd", "#c5b0d5", "#7f7f7f", "#000000"};
  private static final int BAR = 22;
  private static final int STEP = 30;
  private static final int HEIGHT = 160;
  private static final int LEFT = 36;
  private static final int TOP = 12;

  private QuarterChart() {}

  /** Whether the date can be put in a quarter (it is known to the month or day). */
  static boolean placeable(PartialDate d) {
    return d.precision() != PartialDate.Precision.YEAR;
  }

  /** The quarter of a date as a sortable key, year * 4 + (quarter − 1). */
  static int quarter(PartialDate d) {
    return d.year() * 4 + (d.month() - 1) / 3;
  }

  static String label(int quarter) {
    return (quarter / 4) + " Q" + (quarter % 4 + 1);
  }

  /** The SVG of {@code events} (those with a placeable date), or an empty string when there are none. */
  static String svg(List<EventRow> events, String title) {
    TreeMap<Integer, Map<EventType, Integer>> counts = new TreeMap<>();
    for (EventRow e : events) {
      if (e.date() != null && placeable(e.date())) {
        counts.computeIfAbsent(quarter(e.date()), q -> new EnumMap<>(EventType.class)).merge(e.type(), 1, Integer::sum);
      }
    }
    if (counts.isEmpty()) {
      return "";
    }
    int first = counts.firstKey();
    int last = counts.lastKey();
    int max = counts.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).max().orElse(1);
    List<EventType> present = new ArrayList<>();
    for (EventType t : EventType.values()) {
      if (counts.values().stream().anyMatch(m -> m.containsKey(t))) {
        present.add(t);
      }
    }
    int n = last - first + 1;
    int width = LEFT + n * STEP + 10;
    int legendY = TOP + HEIGHT + 44;
    int height = legendY + 18 * ((present.size() + 3) / 4) + 4;
    width = Math.max(width, 4 * 130 + LEFT);
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
        + " role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"10\">%n", width, height, width, height, Html.escape(title)));
    s.append("<title>").append(Html.escape(title)).append("</title>\n");
    double unit = HEIGHT / (double) max;
    int base = TOP + HEIGHT;
    s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n", LEFT, base, LEFT + n * STEP, base));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text>%n", LEFT - 4, TOP + 4, max));
    s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>%n", LEFT - 4, base));
    for (int q = first; q <= last; q++) {
      int x = LEFT + (q - first) * STEP + (STEP - BAR) / 2;
      double y = base;
      Map<EventType, Integer> m = counts.getOrDefault(q, Map.of());
      int total = 0;
      for (EventType t : EventType.values()) {
        Integer c = m.get(t);
        if (c == null) {
          continue;
        }
        total += c;
        double h = c * unit;
        y -= h;
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s: %d %s</title></rect>%n",
            x, y, BAR, h, COLOURS[t.ordinal()], label(q), c, t.name()));
      }
      if (total > 0) {
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"middle\">%d</text>%n", x + BAR / 2, y - 2, total));
      }
      s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" transform=\"rotate(-45 %d %d)\">%s</text>%n",
          x + BAR / 2 + 3, base + 12, x + BAR / 2 + 3, base + 12, label(q)));
    }
    for (int i = 0; i < present.size(); i++) {
      int lx = LEFT + (i % 4) * 130;
      int ly = legendY + (i / 4) * 18;
      EventType t = present.get(i);
      s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"%d\">%s</text>%n", lx, ly - 9, COLOURS[t.ordinal()], lx + 14, ly, t.name()));
    }
    s.append("</svg>\n");
    return s.toString();
  }
}
