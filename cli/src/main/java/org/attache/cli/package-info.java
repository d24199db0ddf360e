/** The attache command line. */
@NullMarked
package org.attache.cli;

import org.jspecify.annotations.NullMarked;
