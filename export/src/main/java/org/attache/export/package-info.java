/**
 * Exports of the store in the formats event-data users already load (JSON Lines, CSV, PLOVER JSON,
 * CAMEO/GDELT-style TSV, GraphML, Parquet) and written briefs of one pair's relations, built only from
 * stored events. Entry types: {@link org.attache.export.Exporter} and {@link org.attache.export.Brief}.
 */
@NullMarked
package org.attache.export;

import org.jspecify.annotations.NullMarked;
