/** Wires ingest, annotation, extraction and storage into one job. */
@NullMarked
package org.attache.pipeline;

import org.jspecify.annotations.NullMarked;
