package org.attache.eval;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One hand-annotated person of a gold article.
 *
 * @param name the fullest name the article uses
 * @param country ISO 3166-1 alpha-3 code of the country they act for, or null
 * @param role their role (e.g. {@code Minister of Defence}), or null
 * @param aliases the other names the article uses for them
 */
public record GoldPerson(String name, @Nullable String country, @Nullable String role, List<String> aliases) {
  public GoldPerson {
    aliases = List.copyOf(aliases);
    if (name.isBlank()) {
      throw new IllegalArgumentException("gold person name is blank");
    }
  }
}
