package org.attache.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.Person;
import org.attache.model.Sector;

/**
 * Inserts articles with their people and events through statements prepared once: the inside of
 * {@link Store#putArticle}, {@link Store#putArticles} and {@link Store#replaceExtraction}. The caller runs it inside
 * one write transaction and checks the input first. Not thread-safe; one per transaction.
 */
final class BulkInsert implements AutoCloseable {
  private final PreparedStatement article;
  private final PreparedStatement person;
  private final PreparedStatement alias;
  private final PreparedStatement mention;
  private final PreparedStatement event;
  private final PreparedStatement actor;
  private final PreparedStatement named;
  private final PreparedStatement sector;
  private final PreparedStatement why;
  private final String now;

  BulkInsert(Connection db, Instant now) throws SQLException {
    this.now = now.toString();
    article = db.prepareStatement("INSERT INTO articles (id, source, text, body_start, body_end,"
        + " pub_date, pub_date_source, url, title, content_hash, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        + " ON CONFLICT (id) DO NOTHING");
    person = db.prepareStatement("INSERT INTO people (id, article_id, position, name, country, role) VALUES (?, ?, ?, ?, ?, ?)");
    alias = db.prepareStatement("INSERT INTO person_aliases (person_id, position, alias) VALUES (?, ?, ?)");
    mention = db.prepareStatement("INSERT INTO person_mentions (person_id, position, span_start, span_end) VALUES (?, ?, ?, ?)");
    event = db.prepareStatement("INSERT INTO events (id, article_id, position, type, mode, directed, date, date_first_day,"
        + " location, status, evidence_start, evidence_end, evidence_text, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    actor = db.prepareStatement("INSERT INTO event_actors (event_id, position, code) VALUES (?, ?, ?)");
    named = db.prepareStatement("INSERT INTO event_people (event_id, position, name) VALUES (?, ?, ?)");
    sector = db.prepareStatement("INSERT INTO event_sectors (event_id, position, sector) VALUES (?, ?, ?)");
    why = db.prepareStatement("INSERT INTO event_why (event_id, field, reason) VALUES (?, ?, ?)");
  }

  /** Inserts one article and, when it was not stored yet, its people and events; returns whether it was new. */
  boolean put(Article a, List<Person> people, List<Event> events) throws SQLException {
    if (!putArticle(a)) {
      return false;
    }
    putExtraction(a.id(), people, events);
    return true;
  }

  /** Inserts an article without people or events; false, inserting nothing, when its id is stored already. */
  private boolean putArticle(Article a) throws SQLException {
    article.setString(1, a.id());
    article.setString(2, a.source());
    article.setString(3, a.text());
    article.setInt(4, a.body().start());
    article.setInt(5, a.body().end());
    article.setString(6, a.pubDate() == null ? null : a.pubDate().toString());
    article.setString(7, a.pubDateSource().name());
    article.setString(8, a.url());
    article.setString(9, a.title());
    article.setString(10, a.contentHash());
    article.setString(11, now);
    return article.executeUpdate() == 1;
  }

  /** Inserts the people and events of a stored article (parents before children: foreign keys are checked at once). */
  void putExtraction(String articleId, List<Person> people, List<Event> events) throws SQLException {
    for (int i = 0; i < people.size(); i++) {
      Person p = people.get(i);
      person.setString(1, p.id());
      person.setString(2, articleId);
      person.setInt(3, i);
      person.setString(4, p.name());
      person.setString(5, p.country());
      person.setString(6, p.role());
      person.executeUpdate();
      for (int j = 0; j < p.aliases().size(); j++) {
        list(alias, p.id(), j, p.aliases().get(j));
      }
      for (int j = 0; j < p.mentions().size(); j++) {
        mention.setString(1, p.id());
        mention.setInt(2, j);
        mention.setInt(3, p.mentions().get(j).start());
        mention.setInt(4, p.mentions().get(j).end());
        mention.executeUpdate();
      }
    }
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      event.setString(1, e.id());
      event.setString(2, articleId);
      event.setInt(3, i);
      event.setString(4, e.type().name());
      event.setString(5, e.mode());
      event.setBoolean(6, e.directed());
      event.setString(7, e.date() == null ? null : e.date().toString());
      event.setString(8, e.date() == null ? null : e.date().firstDay().toString());
      event.setString(9, e.location());
      event.setString(10, e.status().name());
      event.setInt(11, e.evidence().start());
      event.setInt(12, e.evidence().end());
      event.setString(13, e.evidenceText());
      event.setDouble(14, e.confidence());
      event.executeUpdate();
      for (int j = 0; j < e.actors().size(); j++) {
        list(actor, e.id(), j, e.actors().get(j));
      }
      for (int j = 0; j < e.people().size(); j++) {
        list(named, e.id(), j, e.people().get(j));
      }
      List<Sector> sectors = e.sectors();
      for (int j = 0; j < sectors.size(); j++) {
        list(sector, e.id(), j, sectors.get(j).name());
      }
      for (Map.Entry<String, String> w : e.why().entrySet()) {
        list3(why, e.id(), w.getKey(), w.getValue());
      }
    }
  }

  private static void list(PreparedStatement ps, String owner, int position, String value) throws SQLException {
    ps.setString(1, owner);
    ps.setInt(2, position);
    ps.setString(3, value);
    ps.executeUpdate();
  }

  private static void list3(PreparedStatement ps, String owner, String key, String value) throws SQLException {
    ps.setString(1, owner);
    ps.setString(2, key);
    ps.setString(3, value);
    ps.executeUpdate();
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement ps : List.of(article, person, alias, mention, event, actor, named, sector, why)) {
      ps.close();
    }
  }
}
