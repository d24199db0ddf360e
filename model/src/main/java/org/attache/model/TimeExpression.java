package org.attache.model;

import org.jspecify.annotations.Nullable;

/**
 * A time expression and its value, normalised against the publication date.
 *
 * @param span where it stands in the article text
 * @param text the text of the span
 * @param type the TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value the TIMEX3 value as the normaliser gave it (e.g. {@code 2023-05-17}, {@code 2023-05},
 *     {@code XXXX-05-17}, {@code PAST_REF}), or null
 * @param date the value as a calendar date when it names one, or null
 * @param sentence index of the sentence it is in
 */
public record TimeExpression(Span span, String text, String type, @Nullable String value, @Nullable PartialDate date, int sentence) {}
