package org.attache.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.attache.model.ArticleFingerprint;
import org.attache.model.Correction;
import org.attache.model.ExtractionChange;

/**
 * The SQL of the tables cross-article merging adds (schema version 2): fingerprints, extractor versions,
 * corrections, canonical membership and aliases, and extraction changes. Each method runs inside a transaction
 * its caller opened.
 */
final class CanonicalTables {
  private CanonicalTables() {}

  static void putFingerprint(Connection db, ArticleFingerprint f) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO article_fingerprints (article_id, body_hash, shingles,"
        + " min_hash) VALUES (?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET body_hash = excluded.body_hash,"
        + " shingles = excluded.shingles, min_hash = excluded.min_hash")) {
      ps.setString(1, f.articleId());
      ps.setString(2, f.bodyHash());
      ps.setInt(3, f.shingles());
      StringBuilder sig = new StringBuilder();
      for (int v : f.minHash()) {
        sig.append(sig.isEmpty() ? "" : ",").append(v);
      }
      ps.setString(4, sig.toString());
      ps.executeUpdate();
    }
  }

  static List<ArticleFingerprint> fingerprints(Connection db) throws SQLException {
    List<ArticleFingerprint> out = new ArrayList<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT article_id, body_hash, shingles, min_hash FROM article_fingerprints ORDER BY article_id")) {
      while (rs.next()) {
        out.add(fingerprint(rs));
      }
    }
    return out;
  }

  /** The fingerprint in the current row of {@code rs}: article id, body hash, shingles, MinHash as text. */
  static ArticleFingerprint fingerprint(ResultSet rs) throws SQLException {
    String sig = rs.getString(4);
    List<Integer> ints = new ArrayList<>(sig.isEmpty() ? 0 : 128);
    for (int from = 0; from < sig.length(); ) {
      int comma = sig.indexOf(',', from);
      int to = comma < 0 ? sig.length() : comma;
      ints.add(Integer.parseInt(sig, from, to, 10));
      from = to + 1;
    }
    return new ArticleFingerprint(rs.getString(1), rs.getString(2), rs.getInt(3), ints);
  }

  static void setExtractorVersion(Connection db, String articleId, String version, Instant at) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO article_extractions (article_id, extractor_version,"
        + " extracted_at) VALUES (?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET"
        + " extractor_version = excluded.extractor_version, extracted_at = excluded.extracted_at")) {
      ps.setString(1, articleId);
      ps.setString(2, version);
      ps.setString(3, at.toString());
      ps.executeUpdate();
    }
  }

  static Optional<String> extractorVersion(Connection db, String articleId) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT extractor_version FROM article_extractions WHERE article_id = ?")) {
      ps.setString(1, articleId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  static Correction addCorrection(Connection db, Correction.Kind kind, String target, Map<String, String> args,
      String why, Instant at) throws SQLException {
    long seq;
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO corrections (kind, target, why, entered_at) VALUES (?, ?, ?, ?) RETURNING seq")) {
      ps.setString(1, kind.name());
      ps.setString(2, target);
      ps.setString(3, why);
      ps.setString(4, at.toString());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        seq = rs.getLong(1);
      }
    }
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO correction_args (seq, name, value) VALUES (?, ?, ?)")) {
      for (Map.Entry<String, String> e : new TreeMap<>(args).entrySet()) {
        ps.setLong(1, seq);
        ps.setString(2, e.getKey());
        ps.setString(3, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return new Correction(seq, kind, target, args, why, at.toString());
  }

  static List<Correction> corrections(Connection db) throws SQLException {
    Map<Long, Map<String, String>> args = new HashMap<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT seq, name, value FROM correction_args")) {
      while (rs.next()) {
        args.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
      }
    }
    List<Correction> out = new ArrayList<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
        "SELECT seq, kind, target, why, entered_at FROM corrections ORDER BY seq")) {
      while (rs.next()) {
        Correction.Kind kind;
        try {
          kind = Correction.Kind.valueOf(rs.getString(2));
        } catch (IllegalArgumentException e) {
          throw new StoreException("corrections row " + rs.getLong(1) + ": unknown kind '" + rs.getString(2) + "'", e);
        }
        out.add(new Correction(rs.getLong(1), kind, rs.getString(3), args.getOrDefault(rs.getLong(1), Map.of()),
            rs.getString(4), rs.getString(5)));
      }
    }
    return out;
  }

  static Map<String, String> aliases(Connection db) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT old_id, new_id FROM canonical_aliases")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  /**
   * Replaces the recorded membership with {@code canonicalOf}; each canonical id that was in use and is no
   * longer becomes an alias of the id now holding most of its old members (ties: the smallest id).
   *
   * @return the aliases added, old id → new id
   */
  static Map<String, String> recordMembership(Connection db, Map<String, String> canonicalOf, Instant at)
      throws SQLException {
    Map<String, Map<String, Integer>> moved = new TreeMap<>();
    java.util.Set<String> now = new java.util.HashSet<>(canonicalOf.values());
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT member, canonical_id FROM canonical_members")) {
      while (rs.next()) {
        String oldId = rs.getString(2);
        String newId = canonicalOf.get(rs.getString(1));
        if (!now.contains(oldId) && newId != null) {
          moved.computeIfAbsent(oldId, k -> new TreeMap<>()).merge(newId, 1, Integer::sum);
        }
      }
    }
    Map<String, String> added = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : moved.entrySet()) {
      String best = null;
      int n = 0;
      for (Map.Entry<String, Integer> c : e.getValue().entrySet()) {
        if (c.getValue() > n) {
          best = c.getKey();
          n = c.getValue();
        }
      }
      added.put(e.getKey(), best);
    }
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO canonical_aliases (old_id, new_id, recorded_at)"
        + " VALUES (?, ?, ?) ON CONFLICT (old_id) DO UPDATE SET new_id = excluded.new_id,"
        + " recorded_at = excluded.recorded_at")) {
      for (Map.Entry<String, String> e : added.entrySet()) {
        ps.setString(1, e.getKey());
        ps.setString(2, e.getValue());
        ps.setString(3, at.toString());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = db.prepareStatement("DELETE FROM canonical_aliases WHERE old_id = ?")) {
      // An id in use again is no alias.
      for (String id : now) {
        ps.setString(1, id);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (Statement st = db.createStatement()) {
      st.execute("DELETE FROM canonical_members");
    }
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO canonical_members (member, canonical_id) VALUES (?, ?)")) {
      for (Map.Entry<String, String> e : new TreeMap<>(canonicalOf).entrySet()) {
        ps.setString(1, e.getKey());
        ps.setString(2, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return added;
  }

  static void recordChanges(Connection db, List<ExtractionChange> changes) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO extraction_changes (article_id, from_version,"
        + " to_version, kind, event_key, detail, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (ExtractionChange c : changes) {
        ps.setString(1, c.articleId());
        ps.setString(2, c.fromVersion());
        ps.setString(3, c.toVersion());
        ps.setString(4, c.kind().name());
        ps.setString(5, c.eventKey());
        ps.setString(6, c.detail());
        ps.setString(7, c.at());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static List<ExtractionChange> changes(Connection db) throws SQLException {
    List<ExtractionChange> out = new ArrayList<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT article_id, from_version,"
        + " to_version, kind, event_key, detail, recorded_at FROM extraction_changes ORDER BY id")) {
      while (rs.next()) {
        out.add(new ExtractionChange(rs.getString(1), rs.getString(2), rs.getString(3),
            ExtractionChange.Kind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7)));
      }
    }
    return out;
  }
}
