package org.attache.store;

import org.jspecify.annotations.Nullable;

/** A failure of the database under a {@link Store} (I/O, locking, corruption), naming the file and the work. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
