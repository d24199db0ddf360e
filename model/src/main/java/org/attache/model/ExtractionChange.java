package org.attache.model;

/**
 * One difference between two extractions of the same article, recorded when a newer extractor re-reads it.
 *
 * @param articleId the article
 * @param fromVersion the extractor version that made the old extraction, or {@code unknown}
 * @param toVersion the extractor version that made the new one
 * @param kind added, removed or changed
 * @param eventKey the event's type and sides, e.g. {@code CONSULT BLR>ZWE}
 * @param detail what it was and what it is, in a line
 * @param at when it was recorded, ISO-8601 instant
 */
public record ExtractionChange(String articleId, String fromVersion, String toVersion, Kind kind, String eventKey,
    String detail, String at) {
  /** The kinds of change. */
  public enum Kind { ADDED, REMOVED, CHANGED }
}
