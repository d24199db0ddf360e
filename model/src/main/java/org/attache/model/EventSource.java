package org.attache.model;

import org.jspecify.annotations.Nullable;

/**
 * One report of a canonical event: the per-article event it was merged from, with its evidence.
 *
 * @param eventId the id of the per-article {@link Event}
 * @param articleId the article it was extracted from
 * @param copyOf the id of the article this one is a copy of (an exact or near-duplicate re-post), or null when
 *     it is an original (the earliest-published, then smallest id, of its copy group)
 * @param date the date that article gives, or null
 * @param evidence the span of that article's text stating the event (0-based, half-open)
 * @param evidenceText the text of {@code evidence}
 */
public record EventSource(String eventId, String articleId, @Nullable String copyOf, @Nullable PartialDate date,
    Span evidence, String evidenceText) {
  public EventSource {
    if (evidence.length() != evidenceText.length()) {
      throw new IllegalArgumentException("source " + eventId + ": evidence text of " + evidenceText.length()
          + " chars does not fit span " + evidence);
    }
  }
}
