package org.attache.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema migrations of the SQLite store, and the code that brings a database up to date. Each
 * migration is an SQL script on the class path, {@code migrations/V<n>__<name>.sql} next to this class;
 * the versions applied are recorded in the table {@code schema_version}.
 */
final class Migrations {
  /** The bundled scripts, in order. Add a new one at the end; never edit one that has been released. */
  private static final List<String> SCRIPTS = List.of("V1__initial", "V2__search", "V3__web", "V4__canonical",
      "V5__query_speed", "V6__pair_timeline", "V7__evidence_index", "V8__article_index");

  private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)");

  /** One schema step: its version (1, 2, ...), a short name, and the SQL it runs. */
  record Migration(int version, String name, String sql) {}

  private Migrations() {}

  /** The migrations bundled with this code, read from the class path. */
  static List<Migration> bundled() {
    List<Migration> out = new ArrayList<>();
    for (String script : SCRIPTS) {
      Matcher m = NAME.matcher(script);
      if (!m.matches()) {
        throw new IllegalStateException("migration script name '" + script + "' is not V<n>__<name>");
      }
      String resource = "migrations/" + script + ".sql";
      try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("migration script " + resource + " is missing from the class path");
        }
        String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        out.add(new Migration(Integer.parseInt(m.group(1)), m.group(2), sql));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read migration script " + resource, e);
      }
    }
    return out;
  }

  /**
   * Applies to {@code db} those of {@code migrations} (versions 1..n in order) it lacks, in one write
   * transaction, so that two processes opening a new file at once do not both migrate it.
   *
   * @param file the database file, for messages
   * @return the schema version the database has now
   * @throws IllegalArgumentException when the database's version is newer than the last of {@code migrations}
   */
  static int apply(Connection db, Path file, List<Migration> migrations, Clock clock) throws SQLException {
    for (int i = 0; i < migrations.size(); i++) {
      if (migrations.get(i).version() != i + 1) {
        throw new IllegalStateException("migration " + migrations.get(i).name() + " has version "
            + migrations.get(i).version() + ", expected " + (i + 1));
      }
    }
    int latest = migrations.size();
    return Transactions.run(db, "BEGIN IMMEDIATE", () -> {
      try (Statement st = db.createStatement()) {
        st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY,"
            + " name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT");
        int found = version(db);
        if (found > latest) {
          throw new IllegalArgumentException(file + ": schema version " + found + " is newer than version " + latest
              + ", the newest this code knows; open it with a newer Attaché");
        }
        for (Migration m : migrations.subList(found, latest)) {
          for (String sql : statements(m.sql())) {
            try {
              st.execute(sql);
            } catch (SQLException e) {
              throw new SQLException("migration V" + m.version() + "__" + m.name() + " failed at '"
                  + firstLine(sql) + "': " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
            }
          }
          try (PreparedStatement ins = db.prepareStatement(
              "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
            ins.setInt(1, m.version());
            ins.setString(2, m.name());
            ins.setString(3, clock.instant().toString());
            ins.executeUpdate();
          }
        }
        return Math.max(found, latest);
      }
    });
  }

  /** The highest schema version recorded in {@code db}, 0 for none. */
  static int version(Connection db) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** The statements of a script: split at semicolons that end a line, with {@code --} comment lines dropped. */
  static List<String> statements(String script) {
    StringBuilder current = new StringBuilder();
    List<String> out = new ArrayList<>();
    for (String line : script.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        out.add(current.toString().strip());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  private static String firstLine(String sql) {
    int nl = sql.indexOf('\n');
    return nl < 0 ? sql : sql.substring(0, nl);
  }
}
