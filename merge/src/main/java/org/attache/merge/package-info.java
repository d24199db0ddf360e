/**
 * Cross-article merging: near-duplicate articles ({@link org.attache.merge.Copies}), and the canonical view
 * of people and events ({@link org.attache.merge.Merger}), with ids that depend only on what is merged, never
 * on the order articles arrived in. Pure functions of their inputs; no I/O.
 */
@NullMarked
package org.attache.merge;

import org.jspecify.annotations.NullMarked;
