/**
 * Full-text search with top-k ranking that stays fast when a word is in a large share of the texts (Lucene's
 * BM25 with block-max skipping): {@link org.attache.search.TextIndex} and {@link org.attache.search.TextQuery}, with
 * snippets chosen as SQLite FTS5 chooses them.
 * The only importer of Lucene.
 */
@NullMarked
package org.attache.search;

import org.jspecify.annotations.NullMarked;
