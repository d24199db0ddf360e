/** Finds people, countries and events in annotated articles. */
@NullMarked
package org.attache.extract;

import org.jspecify.annotations.NullMarked;
