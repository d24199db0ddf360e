/** Scores extracted events and people against gold annotations. */
@NullMarked
package org.attache.eval;

import org.jspecify.annotations.NullMarked;
