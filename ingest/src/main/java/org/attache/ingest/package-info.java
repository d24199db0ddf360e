/** Reads text articles from files, folders and standard input into stored articles and recorded issues. */
@NullMarked
package org.attache.ingest;

import org.jspecify.annotations.NullMarked;
