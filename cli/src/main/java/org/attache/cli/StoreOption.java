package org.attache.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option every command that reads or writes the store shares. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "FILE", defaultValue = "attache.db",
      description = "The SQLite store (default: ${DEFAULT-VALUE}).")
  Path db;

  /** Opens the store, creating it when missing. */
  Store open() {
    return Store.openSqlite(db);
  }

  /** Opens a store that must exist already. */
  Store openExisting() {
    if (!Files.isRegularFile(db)) {
      throw new IllegalArgumentException("--db " + db + ": no store there; run 'attache ingest PATH' or 'attache demo' first");
    }
    return Store.openSqlite(db);
  }
}
