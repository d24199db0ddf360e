package org.attache.export;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.attache.geo.Country;
import org.attache.geo.Gazetteer;
import org.attache.geo.Place;
import org.attache.model.PartialDate;

/**
 * CAMEO-coded events in the 61 tab-separated columns of a GDELT 2.0 Events file, so that scripts written for
 * GDELT load them unchanged. The CAMEO code is the official CAMEO→PLOVER table read in reverse (see
 * {@link CameoTable#codeFor}); the Goldstein scale is that code's score in the CAMEO codebook.
 *
 * <p>Columns Attaché cannot fill honestly stay empty: the actors' known-group, ethnic, religion and type codes,
 * AvgTone, the FIPS country and ADM codes and GeoNames feature ids. {@code GLOBALEVENTID} is a stable number
 * made from the event id (the first 13 hex digits of its SHA-256); {@code SQLDATE} is the first day of the
 * event's date (GDELT has no precision field; the date's precision is the same as Attaché's {@code date}, which
 * this format cannot carry), empty when undated; {@code DATEADDED} is the first source's publication date at
 * midnight; {@code NumMentions}, {@code NumSources} and {@code NumArticles} count the event's sources;
 * {@code SOURCEURL} is the first source's URL, or its file when it has none. Only an event's first two
 * actors fit the format.
 */
final class Gdelt {
  /** The GDELT 2.0 Events columns, in order. */
  static final List<String> COLUMNS = columns();

  private Gdelt() {}

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"));
    for (String a : List.of("Actor1", "Actor2")) {
      for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
        c.add(a + f);
      }
    }
    c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone"));
    for (String g : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
      for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")) {
        c.add(g + "_" + f);
      }
    }
    c.addAll(List.of("DATEADDED", "SOURCEURL"));
    return List.copyOf(c);
  }

  static void write(Selection sel, boolean header, CameoTable cameo, Gazetteer gaz, PrintWriter out) {
    // GDELT files are never quoted: fields are cleaned of tabs and line breaks instead, so a plain split on tabs works.
    CSVFormat.Builder fmt = CSVFormat.TDF.builder().setQuote(null).setRecordSeparator("\n");
    if (header) {
      fmt.setHeader(COLUMNS.toArray(String[]::new));
    }
    try {
      CSVPrinter p = new CSVPrinter(out, fmt.get());
      for (EventRow e : sel.events()) {
        p.printRecord(row(e, cameo, gaz).stream().map(Gdelt::clean).toList());
      }
      p.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static List<String> row(EventRow e, CameoTable cameo, Gazetteer gaz) {
    CameoTable.Code code = cameo.codeFor(Plover.code(e));
    List<String> r = new ArrayList<>(COLUMNS.size());
    r.add(Long.toString(numericId(e.id())));
    PartialDate d = e.date();
    if (d == null) {
      r.addAll(List.of("", "", "", ""));
    } else {
      var day = d.firstDay();
      r.add(String.format(Locale.ROOT, "%04d%02d%02d", day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
      r.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
      r.add(Integer.toString(day.getYear()));
      r.add(String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear()));
    }
    for (int i = 0; i < 2; i++) {
      String a = i < e.actors().size() ? e.actors().get(i) : "";
      Country c = a.isEmpty() ? null : gaz.country(a).orElse(null);
      r.add(a);
      r.add(c != null ? c.name().toUpperCase(Locale.ROOT) : a);
      r.add(c != null ? c.alpha3() : "");
      r.addAll(List.of("", "", "", "", "", "", ""));
    }
    r.add("0");
    r.add(code.code());
    r.add(code.code().substring(0, 3));
    r.add(code.root());
    r.add(Integer.toString(code.quadClass()));
    r.add(goldstein(code.goldstein()));
    String n = Integer.toString(e.sources().size());
    r.addAll(List.of(n, n, n, ""));
    for (int g = 0; g < 2; g++) {
      r.addAll(List.of("", "", "", "", "", "", "", "")); // actor locations: not coded
    }
    Place place = e.location() == null ? null : gaz.place(e.location()).orElse(null);
    if (place == null) {
      r.addAll(List.of(e.location() == null ? "" : "0", e.location() == null ? "" : e.location(), "", "", "", "", "", ""));
    } else {
      r.add(place.kind() == Place.Kind.COUNTRY ? "1" : "4");
      String country = gaz.country(place.countryAlpha3()).map(Country::name).orElse(place.countryAlpha3());
      r.add(place.kind() == Place.Kind.COUNTRY ? place.name() : place.name() + ", " + country);
      r.addAll(List.of("", "", ""));
      r.add(String.format(Locale.ROOT, "%.4f", place.lat()));
      r.add(String.format(Locale.ROOT, "%.4f", place.lon()));
      r.add("");
    }
    Source s = e.primary();
    PartialDate pub = s.pubDate();
    r.add(pub == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d000000", pub.firstDay().getYear(),
        pub.firstDay().getMonthValue(), pub.firstDay().getDayOfMonth()));
    r.add(s.url() != null ? s.url() : s.file());
    if (r.size() != COLUMNS.size()) {
      throw new IllegalStateException("GDELT row of " + r.size() + " columns, expected " + COLUMNS.size());
    }
    return r;
  }

  /** A field with tabs and line breaks turned into spaces. */
  static String clean(String field) {
    return field.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ");
  }

  private static String goldstein(double g) {
    return g == Math.rint(g) ? String.format(Locale.ROOT, "%.1f", g) : Double.toString(g);
  }

  /** A positive number below 2^52 made from {@code id}: the first 13 hex digits of its SHA-256. */
  static long numericId(String id) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return Long.parseLong(HexFormat.of().formatHex(h).substring(0, 13), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
