/**
 * The canonical view of a store ({@link org.attache.canon.Canon}): what the store holds, merged across
 * articles by {@code org.attache.merge}, for the readers of the store (CLI, exports, server). No language models.
 */
@NullMarked
package org.attache.canon;

import org.jspecify.annotations.NullMarked;
