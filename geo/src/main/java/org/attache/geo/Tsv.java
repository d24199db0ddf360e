package org.attache.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated resources of this package: UTF-8, {@code #} comment lines, a fixed column count. */
final class Tsv {
  /** One data line: its 1-based line number in the resource and its columns. */
  record Row(String resource, int line, List<String> columns) {
    String get(int i) {
      return columns.get(i);
    }

    /** An error message naming the resource, line, column and value. */
    String where(int column, String problem) {
      return resource + " line " + line + " column " + (column + 1) + " '" + columns.get(column) + "': " + problem;
    }

    int intColumn(int i) {
      try {
        return Integer.parseInt(get(i));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(where(i, "expected an integer"), e);
      }
    }

    long longColumn(int i) {
      try {
        return Long.parseLong(get(i));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(where(i, "expected an integer"), e);
      }
    }

    double doubleColumn(int i) {
      try {
        return Double.parseDouble(get(i));
      } catch (NumberFormatException e) {
        throw new IllegalStateException(where(i, "expected a number"), e);
      }
    }

    /** The {@code |}-separated values of a column, without empty ones. */
    List<String> listColumn(int i) {
      String value = get(i);
      if (value.isEmpty()) {
        return List.of();
      }
      List<String> values = new ArrayList<>();
      for (String v : value.split("\\|", -1)) {
        if (!v.isEmpty()) {
          values.add(v);
        }
      }
      return values;
    }
  }

  private Tsv() {}

  /** Reads the resource named {@code name} next to this class; every data line must have {@code columns} columns. */
  static List<Row> read(String name, int columns) {
    String resource = "org/attache/geo/" + name;
    List<Row> rows = new ArrayList<>();
    try (InputStream in = Tsv.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": resource not found on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cols = List.of(line.split("\t", -1));
        if (cols.size() != columns) {
          throw new IllegalStateException(resource + " line " + lineNo + ": expected " + columns + " tab-separated columns, found "
              + cols.size() + " in '" + line + "'");
        }
        rows.add(new Row(resource, lineNo, cols));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": cannot read", e);
    }
    return rows;
  }
}
