package org.attache.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One role a person was seen in, over a period.
 *
 * @param role the role as normalised (e.g. {@code Minister of Defence})
 * @param country the country they held it for, or null
 * @param firstSeen the earliest publication date of an article giving it, or null when none is dated
 * @param lastSeen the latest such date, or null
 * @param articleIds the articles giving it, sorted
 */
public record RoleSpan(String role, @Nullable String country, @Nullable PartialDate firstSeen,
    @Nullable PartialDate lastSeen, List<String> articleIds) {
  public RoleSpan {
    articleIds = List.copyOf(articleIds);
  }
}
