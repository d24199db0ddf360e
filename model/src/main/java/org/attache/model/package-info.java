/**
 * The domain records every pipeline stage shares. All character offsets are 0-based, half-open
 * ({@link org.attache.model.Span}) and point into {@link org.attache.model.Article#text()}.
 */
@NullMarked
package org.attache.model;

import org.jspecify.annotations.NullMarked;
