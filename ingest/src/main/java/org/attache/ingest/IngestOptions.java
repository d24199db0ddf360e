package org.attache.ingest;

import java.nio.file.Path;
import org.attache.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * How an {@link Ingestor} reads its inputs.
 *
 * @param maxBytes the largest input read, in bytes; larger ones are recorded as too large and skipped.
 *     Must be in {@code 1..}{@value #MAX_MAX_BYTES}
 * @param pubDate the publication date of every article read ({@code --pub-date}), or null; a manifest
 *     row for the file wins over it, and it wins over a date line in the text
 * @param manifest a TSV ({@code .tsv}) or CSV file with columns {@code file} and {@code pub_date} and
 *     optionally {@code url} and {@code title} ({@code --manifest}), or null
 */
public record IngestOptions(long maxBytes, @Nullable PartialDate pubDate, @Nullable Path manifest) {
  /** The default {@link #maxBytes}: 5 MiB. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  /** The largest {@link #maxBytes} allowed: 1 GiB (a Java string holds at most 2 G chars). */
  public static final long MAX_MAX_BYTES = 1L << 30;

  public IngestOptions {
    if (maxBytes <= 0 || maxBytes > MAX_MAX_BYTES) {
      throw new IllegalArgumentException("maxBytes " + maxBytes + " must be in 1.." + MAX_MAX_BYTES);
    }
  }

  /** Options with a 5 MiB cap, no publication date and no manifest. */
  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_BYTES, null, null);
  }
}
