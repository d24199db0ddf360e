package org.attache.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person named in one article, with every mention of them there.
 *
 * @param id identifier, unique within the store
 * @param articleId the article they were found in
 * @param name the fullest name used in the article
 * @param country ISO 3166-1 alpha-3 code of the country they act for, or null
 * @param role their role as normalised (e.g. {@code Minister of Defence}), or null
 * @param aliases the other names used for them in the article (e.g. the surname alone)
 * @param mentions every place they are mentioned, in text order
 */
public record Person(String id, String articleId, String name, @Nullable String country, @Nullable String role,
    List<String> aliases, List<Span> mentions) {
  public Person {
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
  }
}
