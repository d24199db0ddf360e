package org.attache.store;

import org.jspecify.annotations.Nullable;

/**
 * Which people {@link Store#people(PersonQuery)} returns: those meeting every condition that is set (a null
 * condition selects everything). Build one from {@link #all()} with the {@code with} methods.
 *
 * @param country the ISO 3166-1 alpha-3 code the person acts for, compared exactly
 * @param nameContains text that the person's name or one of their aliases must contain, ignoring case
 * @param articleId the id of the article the person was found in
 * @param limit the most people to return, 0 for no limit
 */
public record PersonQuery(@Nullable String country, @Nullable String nameContains, @Nullable String articleId,
    int limit) {

  private static final PersonQuery ALL = new PersonQuery(null, null, null, 0);

  /** @throws IllegalArgumentException naming the field and value when one is blank or the limit negative */
  public PersonQuery {
    EventQuery.requireNonBlank("country", country);
    EventQuery.requireNonBlank("nameContains", nameContains);
    EventQuery.requireNonBlank("articleId", articleId);
    if (limit < 0) {
      throw new IllegalArgumentException("person query: limit " + limit + " is negative (0 means no limit)");
    }
  }

  /** The query that selects every person. */
  public static PersonQuery all() {
    return ALL;
  }

  public PersonQuery withCountry(@Nullable String code) {
    return new PersonQuery(code, nameContains, articleId, limit);
  }

  public PersonQuery withNameContaining(@Nullable String text) {
    return new PersonQuery(country, text, articleId, limit);
  }

  public PersonQuery withArticleId(@Nullable String id) {
    return new PersonQuery(country, nameContains, id, limit);
  }

  /** At most {@code n} people; 0 for no limit. */
  public PersonQuery withLimit(int n) {
    return new PersonQuery(country, nameContains, articleId, n);
  }
}
