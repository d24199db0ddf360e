package org.attache.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Person;
import org.attache.model.Sector;
import org.attache.model.Span;
import org.attache.model.Status;
import org.jspecify.annotations.Nullable;

/** Made-up articles, people and events for the store tests. */
final class Fixtures {
  private Fixtures() {}

  /** An article with no publication date, URL or title; its id is derived from its text as ingest does. */
  static Article article(String source, String text) {
    String hash = sha256(text);
    return new Article(hash.substring(0, 16), source, text, new Span(0, text.length()), null,
        Article.PubDateSource.NONE, null, null, hash);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** An event of {@code article} whose evidence is the first place {@code evidence} occurs in its text. */
  static Event event(String id, Article article, String evidence, EventType type, Status status,
      @Nullable String date, String... actors) {
    int start = article.text().indexOf(evidence);
    if (start < 0) {
      throw new AssertionError("'" + evidence + "' is not in the text of " + article.source());
    }
    return new Event(id, article.id(), type, "", List.of(actors), false, date == null ? null : PartialDate.parse(date),
        null, List.of(), status, List.of(), new Span(start, start + evidence.length()), evidence, 0.5, Map.of());
  }

  /** A person of {@code article}, mentioned wherever {@code name} occurs in its text. */
  static Person person(String id, Article article, String name, @Nullable String country, String... aliases) {
    List<Span> mentions = new ArrayList<>();
    for (int i = article.text().indexOf(name); i >= 0; i = article.text().indexOf(name, i + 1)) {
      mentions.add(new Span(i, i + name.length()));
    }
    return new Person(id, article.id(), name, country, null, List.of(aliases), mentions);
  }
}
