package org.attache.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * The gold annotation of one article: one line of {@code gold.jsonl}.
 *
 * @param file the article's file name (e.g. {@code 001_14f6ffc1abdc10fb.txt}), unique within its gold set
 * @param pubDate the known publication date, or null
 * @param events its events, in annotation order; ids are unique
 * @param people its people, in annotation order
 */
public record GoldArticle(String file, @Nullable PartialDate pubDate, List<GoldEvent> events,
    List<GoldPerson> people) {
  public GoldArticle {
    events = List.copyOf(events);
    people = List.copyOf(people);
    if (file.isBlank()) {
      throw new IllegalArgumentException("gold article file name is blank");
    }
    Set<String> ids = new HashSet<>();
    for (GoldEvent e : events) {
      if (!ids.add(e.id())) {
        throw new IllegalArgumentException("gold article " + file + ": event id " + e.id() + " is used twice");
      }
    }
  }
}
