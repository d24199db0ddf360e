package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.store.Fixtures.article;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.attache.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private Path file() {
    return dir.resolve("attache.db");
  }

  private static List<Migrations.Migration> withSecond(String sql) {
    List<Migrations.Migration> list = new ArrayList<>(Migrations.bundled());
    list.add(new Migrations.Migration(list.size() + 1, "test_step", sql));
    return list;
  }

  @Test
  void bundlesConsecutiveVersionsStartingAtOne() {
    List<Migrations.Migration> bundled = Migrations.bundled();
    assertThat(bundled).isNotEmpty();
    for (int i = 0; i < bundled.size(); i++) {
      assertThat(bundled.get(i).version()).isEqualTo(i + 1);
    }
    assertThat(bundled.getFirst().name()).isEqualTo("initial");
  }

  @Test
  void recordsTheVersionsAppliedToANewDatabase() throws SQLException {
    Store.openSqlite(file()).close();
    assertThat(query("SELECT version || ' ' || name FROM schema_version ORDER BY version"))
        .containsExactlyElementsOf(Migrations.bundled().stream().map(m -> m.version() + " " + m.name()).toList());
    assertThat(query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")).contains("articles",
        "people", "person_aliases", "person_mentions", "events", "event_actors", "event_people", "event_sectors",
        "event_why", "article_issues", "schema_version");
    assertThat(query("SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_%'"))
        .contains("events_by_date", "events_by_type", "events_by_article", "event_actors_by_code");
  }

  @Test
  void bringsADatabaseAtVersionOneUpToTheLatestAndKeepsItsData() throws SQLException {
    Article a = article("a.txt", "Japan protested.");
    try (Store v1 = SqliteStore.open(file(), Migrations.bundled().subList(0, 1), CLOCK)) {
      v1.putArticle(a, List.of(), List.of());
    }
    List<Migrations.Migration> later = withSecond("""
        -- a later step
        CREATE TABLE notes (article_id TEXT NOT NULL REFERENCES articles (id), note TEXT NOT NULL) STRICT;
        INSERT INTO notes SELECT id, 'migrated' FROM articles;
        """);

    try (Store v2 = SqliteStore.open(file(), later, CLOCK)) {
      assertThat(v2.articles()).containsExactly(a);
    }
    assertThat(query("SELECT version || ' ' || name || ' ' || applied_at FROM schema_version ORDER BY version"))
        .containsExactlyElementsOf(later.stream().map(m -> m.version() + " " + m.name() + " 2025-01-02T03:04:05Z").toList());
    assertThat(query("SELECT article_id || ' ' || note FROM notes")).containsExactly(a.id() + " migrated");

    // Opening again applies nothing twice.
    SqliteStore.open(file(), later, CLOCK).close();
    assertThat(query("SELECT count(*) FROM notes")).containsExactly("1");
  }

  @Test
  void leavesTheVersionAsItWasWhenAMigrationFails() throws SQLException {
    Store.openSqlite(file()).close();
    List<Migrations.Migration> broken = withSecond("CREATE TABLE fine (x INTEGER);\nCREATE TABLE articles (x);\n");

    assertThatThrownBy(() -> SqliteStore.open(file(), broken, CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file().toString()).hasMessageContaining("V" + broken.size() + "__test_step")
        .hasMessageContaining("CREATE TABLE articles");
    assertThat(query("SELECT max(version) FROM schema_version")).containsExactly(String.valueOf(broken.size() - 1));
    assertThat(query("SELECT name FROM sqlite_schema WHERE name = 'fine'")).isEmpty();
  }

  @Test
  void refusesADatabaseWithANewerSchemaNamingTheFileAndVersion() throws SQLException {
    Store.openSqlite(file()).close();
    int future = Migrations.bundled().size() + 1;
    update("INSERT INTO schema_version (version, name, applied_at) VALUES (" + future + ", 'future',"
        + " '2030-01-01T00:00:00Z')");

    assertThatThrownBy(() -> Store.openSqlite(file()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file().toString()).hasMessageContaining("schema version " + future);
  }

  @Test
  void splitsAScriptIntoStatementsLeavingOutComments() {
    assertThat(Migrations.statements("""
        -- first; not a statement
        CREATE TABLE a (x INTEGER,
          y TEXT);

        CREATE INDEX a_x ON a (x);
        """)).containsExactly("CREATE TABLE a (x INTEGER,\n  y TEXT);", "CREATE INDEX a_x ON a (x);");
  }

  private List<String> query(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private void update(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement st = c.createStatement()) {
      st.executeUpdate(sql);
    }
  }
}
