package org.attache.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Parquet files written through an in-memory DuckDB (no extension is installed or loaded: Parquet is built
 * in). The columns are those of the CSV export, typed: lists as {@code VARCHAR[]}, counts and offsets as
 * {@code INTEGER}, {@code directed} as {@code BOOLEAN}, {@code confidence} as {@code DOUBLE}; one row per
 * event also has {@code sources}, a list of structs (article_id, file, url, title, pub_date, start, end,
 * evidence). The file is written next to the target and moved into place, so a failed export leaves no
 * half-written file.
 */
final class Parquet {
  private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("actors", "VARCHAR[]"),
      Map.entry("sectors", "VARCHAR[]"), Map.entry("people", "VARCHAR[]"), Map.entry("article_ids", "VARCHAR[]"),
      Map.entry("urls", "VARCHAR[]"), Map.entry("aliases", "VARCHAR[]"), Map.entry("directed", "BOOLEAN"),
      Map.entry("confidence", "DOUBLE"), Map.entry("source_count", "INTEGER"), Map.entry("source_index", "INTEGER"),
      Map.entry("evidence_start", "INTEGER"), Map.entry("evidence_end", "INTEGER"), Map.entry("mention_count", "INTEGER"),
      Map.entry("first_mention_start", "INTEGER"), Map.entry("first_mention_end", "INTEGER"),
      Map.entry("body_start", "INTEGER"), Map.entry("body_end", "INTEGER"));

  private Parquet() {}

  static void write(Selection sel, Exporter.Table table, boolean perSource, Path target) {
    List<String> cols = Tabular.columns(table, perSource);
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = dir.resolve("." + target.getFileName() + ".part");
    try {
      Files.createDirectories(dir);
      Files.deleteIfExists(tmp);
      Properties props = new Properties();
      props.setProperty("autoinstall_known_extensions", "false");
      props.setProperty("autoload_known_extensions", "false");
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:", props); Statement st = c.createStatement()) {
        List<String> defs = new ArrayList<>();
        for (String col : cols) {
          defs.add(quote(col) + " " + TYPES.getOrDefault(col, "VARCHAR"));
        }
        st.execute("CREATE TABLE t (ord INTEGER, " + String.join(", ", defs) + ")");
        insert(c, "t", cols.size() + 1, withOrder(Tabular.rows(sel, table, perSource)));
        String select = "SELECT " + String.join(", ", cols.stream().map(Parquet::quote).toList()) + " FROM t ORDER BY ord";
        if (table == Exporter.Table.EVENTS && !perSource) {
          st.execute("CREATE TABLE s (event_id VARCHAR, idx INTEGER, article_id VARCHAR, file VARCHAR, url VARCHAR,"
              + " title VARCHAR, pub_date VARCHAR, \"start\" INTEGER, \"end\" INTEGER, evidence VARCHAR)");
          List<List<@Nullable Object>> srcs = new ArrayList<>();
          for (EventRow e : sel.events()) {
            for (int i = 0; i < e.sources().size(); i++) {
              Source s = e.sources().get(i);
              srcs.add(java.util.Arrays.asList(e.id(), i, s.articleId(), s.file(), s.url(), s.title(),
                  s.pubDate() == null ? null : s.pubDate().toString(), s.evidence().start(), s.evidence().end(),
                  s.evidenceText()));
            }
          }
          insert(c, "s", 10, srcs);
          select = "SELECT " + String.join(", ", cols.stream().map(col -> "t." + quote(col)).toList())
              + ", (SELECT list(struct_pack(article_id := s.article_id, file := s.file, url := s.url, title := s.title,"
              + " pub_date := s.pub_date, \"start\" := s.\"start\", \"end\" := s.\"end\", evidence := s.evidence) ORDER BY s.idx)"
              + " FROM s WHERE s.event_id = t.id) AS sources FROM t ORDER BY t.ord";
        }
        st.execute("COPY (" + select + ") TO '" + tmp.toString().replace("'", "''") + "' (FORMAT parquet)");
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (SQLException e) {
      throw new IllegalStateException("writing Parquet " + target + ": " + e.getMessage(), e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("writing Parquet " + target + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (java.io.IOException ignored) {
        // the temporary file is hidden and replaced on the next export
      }
    }
  }

  private static List<List<@Nullable Object>> withOrder(List<List<@Nullable Object>> rows) {
    List<List<@Nullable Object>> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<@Nullable Object> r = new ArrayList<>(rows.get(i).size() + 1);
      r.add(i);
      r.addAll(rows.get(i));
      out.add(r);
    }
    return out;
  }

  private static void insert(Connection c, String table, int n, List<List<@Nullable Object>> rows) throws SQLException {
    String marks = String.join(", ", java.util.Collections.nCopies(n, "?"));
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
      for (List<@Nullable Object> row : rows) {
        for (int i = 0; i < n; i++) {
          Object v = row.get(i);
          if (v instanceof List<?> l) {
            ps.setArray(i + 1, c.createArrayOf("VARCHAR", l.stream().map(String::valueOf).toArray()));
          } else {
            ps.setObject(i + 1, v);
          }
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static String quote(String col) {
    return "\"" + col.replace("\"", "\"\"") + "\"";
  }
}
