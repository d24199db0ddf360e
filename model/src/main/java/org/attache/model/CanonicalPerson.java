package org.attache.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One real person, merged from the per-article {@link Person}s that name them.
 *
 * @param id stable identifier ({@code P} and 12 hex digits), derived from the country and the folded full name
 * @param name the fullest name the sources use (the most used one among equals)
 * @param country ISO 3166-1 alpha-3 code of the country they act for, or null
 * @param aliases every other name the sources use, sorted
 * @param roles their roles over time, earliest first seen first
 * @param members the ids of the per-article people merged here, sorted
 * @param articleIds the articles naming them, sorted
 */
public record CanonicalPerson(String id, String name, @Nullable String country, List<String> aliases,
    List<RoleSpan> roles, List<String> members, List<String> articleIds) {
  public CanonicalPerson {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    members = List.copyOf(members);
    articleIds = List.copyOf(articleIds);
  }

  /** The role seen last, or null when none is known. */
  public @Nullable String currentRole() {
    return roles.isEmpty() ? null : roles.getLast().role();
  }
}
