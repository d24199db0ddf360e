package org.attache.model;

/**
 * A named entity found by NER: a person, organisation, place, nationality and so on.
 *
 * @param span where it stands in the article text
 * @param text the text of the span
 * @param type the NER type, e.g. {@code PERSON}, {@code ORGANIZATION}, {@code COUNTRY}, {@code CITY},
 *     {@code NATIONALITY}, {@code TITLE}, {@code LOCATION}
 * @param sentence index of the sentence it is in
 */
public record EntityMention(Span span, String text, String type, int sentence) {}
