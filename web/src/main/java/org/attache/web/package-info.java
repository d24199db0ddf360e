/** Reads web pages, URLs, RSS/Atom feeds and WARC archives into articles with per-field provenance. */
@NullMarked
package org.attache.web;

import org.jspecify.annotations.NullMarked;
