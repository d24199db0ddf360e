/** Reference data: countries, codes, names, demonyms, capitals and cities. */
@NullMarked
package org.attache.geo;

import org.jspecify.annotations.NullMarked;
