package org.attache.cli;

import java.io.PrintWriter;
import org.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists stored events. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List stored events, oldest first, with filters.")
final class EventsCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin EventFilter filter;

  @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
  EventFormat.Kind format;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openExisting()) {
      EventFormat.write(format, s.events(filter.query()), s, out);
    }
  }
}
