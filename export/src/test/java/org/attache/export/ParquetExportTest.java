package org.attache.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attache.store.EventQuery;
import org.attache.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetExportTest {
  @TempDir static Path tmp;
  static Fixture f;
  static Selection sel;
  static Exporter exporter;

  @BeforeAll
  static void fillStore() {
    Path db = tmp.resolve("attache.db");
    f = Fixture.store(db);
    try (Store s = Store.openSqlite(db)) {
      sel = Selection.load(s, EventQuery.all());
    }
    exporter = Exporter.create();
  }

  private static Path export(Exporter.Table table, boolean perSource, String name) {
    Path out = tmp.resolve("out").resolve(name);
    exporter.write(sel, new Exporter.Options(Exporter.Format.PARQUET, table, perSource, false, LocalDate.now()), out);
    return out;
  }

  private static String path(Path p) {
    return p.toString().replace("'", "''");
  }

  @Test
  void eventsReadBackWithTypedListsAndSourceStructs() throws Exception {
    Path out = export(Exporter.Table.EVENTS, false, "events.parquet");
    assertThat(out).isRegularFile();
    assertThat(Files.list(out.getParent()).filter(p -> p.getFileName().toString().endsWith(".part"))).isEmpty();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT count(*), count(DISTINCT id) FROM read_parquet('" + path(out) + "')")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(f.events.size());
        assertThat(rs.getInt(2)).isEqualTo(f.events.size());
      }
      try (ResultSet rs = st.executeQuery("SELECT id, actors, directed, confidence, len(sources), sources[1].article_id,"
          + " sources[1].\"start\", sources[1].\"end\", sources[1].evidence, type, date FROM read_parquet('" + path(out)
          + "') ORDER BY id")) {
        List<String> ids = new ArrayList<>();
        while (rs.next()) {
          ids.add(rs.getString(1));
          Array actors = rs.getArray(2);
          assertThat((Object[]) actors.getArray()).hasSizeGreaterThanOrEqualTo(2);
          assertThat(rs.getDouble(4)).isEqualTo(0.75);
          assertThat(rs.getInt(5)).isEqualTo(1);
          String text = f.articleOf(rs.getString(6)).text();
          assertThat(text.substring(rs.getInt(7), rs.getInt(8))).isEqualTo(rs.getString(9));
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(sel.events().stream().map(EventRow::id).toList());
      }
      try (ResultSet rs = st.executeQuery("SELECT typeof(actors), typeof(directed), typeof(source_count) FROM read_parquet('"
          + path(out) + "') LIMIT 1")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("VARCHAR[]");
        assertThat(rs.getString(2)).isEqualTo("BOOLEAN");
        assertThat(rs.getString(3)).isEqualTo("INTEGER");
      }
    }
  }

  @Test
  void perSourcePeopleAndArticlesReadBack() throws Exception {
    Path src = export(Exporter.Table.EVENTS, true, "sources.parquet");
    Path people = export(Exporter.Table.PEOPLE, false, "people.parquet");
    Path articles = export(Exporter.Table.ARTICLES, false, "articles.parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT count(*), min(evidence_start) FROM read_parquet('" + path(src) + "')")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(f.events.size());
      }
      try (ResultSet rs = st.executeQuery("SELECT name, role FROM read_parquet('" + path(people) + "') WHERE country = 'BLR'"
          + " ORDER BY name")) {
        List<String> names = new ArrayList<>();
        while (rs.next()) {
          names.add(rs.getString(1) + "/" + rs.getString(2));
        }
        assertThat(names).containsExactly("Alexander Lukashenko/President", "Viktor Khrenin/Minister of Defence");
      }
      try (ResultSet rs = st.executeQuery("SELECT text FROM read_parquet('" + path(articles) + "') WHERE id = '"
          + f.sanctions.id() + "'")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo(Fixture.SANCTIONS);
      }
    }
  }
}
