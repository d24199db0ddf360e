package org.attache.model;

/**
 * One arc of a sentence's dependency parse (Universal Dependencies relations).
 *
 * @param governor index of the head token in the sentence, or -1 for the root
 * @param dependent index of the dependent token in the sentence
 * @param relation the relation name, e.g. {@code nsubj}, {@code obl:to}
 */
public record Dependency(int governor, int dependent, String relation) {}
