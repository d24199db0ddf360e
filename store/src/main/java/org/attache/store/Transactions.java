package org.attache.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs work inside one SQLite transaction on a connection, rolled back if the work fails. */
final class Transactions {
  /** Work that may fail with an {@link SQLException}. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  private Transactions() {}

  /**
   * Starts a transaction with {@code begin} ({@code BEGIN} or {@code BEGIN IMMEDIATE}), runs
   * {@code work}, and commits; on any failure rolls back and rethrows it.
   */
  static <T> T run(Connection db, String begin, Work<T> work) throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute(begin);
      try {
        T result = work.run();
        st.execute("COMMIT");
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          st.execute("ROLLBACK");
        } catch (SQLException r) {
          e.addSuppressed(r);
        }
        throw e;
      }
    }
  }
}
