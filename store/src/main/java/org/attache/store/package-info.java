/** The embedded SQLite store of articles, people, events and issues. */
@NullMarked
package org.attache.store;

import org.jspecify.annotations.NullMarked;
