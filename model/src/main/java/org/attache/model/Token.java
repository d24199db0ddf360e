package org.attache.model;

/**
 * One token of an annotated sentence.
 *
 * @param index 0-based position in its sentence
 * @param span where the token stands in the article text
 * @param word the token as written
 * @param lemma its lemma (lower-cased for most words)
 * @param pos its Penn Treebank part-of-speech tag
 * @param ner its named-entity tag ({@code O} when none)
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner) {}
