/**
 * Benchmarks: extraction throughput against Stanford CoreNLP's full pipeline on the same articles, cold
 * start, heap and quality ({@link org.attache.bench.ExtractionBench}), and query latency on a store of a
 * million synthetic events ({@link org.attache.bench.QueryBench}). Run them with {@code ./attache bench}.
 */
@NullMarked
package org.attache.bench;

import org.jspecify.annotations.NullMarked;
