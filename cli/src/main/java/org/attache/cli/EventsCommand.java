package org.attache.cli;

import java.io.PrintWriter;
import org.attache.pipeline.Canon;
import org.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists stored events: canonical (merged across articles) by default, or as extracted from each article. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"List events, oldest first, with filters: one line per real-world event, merged across the "
        + "articles reporting it (its sources), with curators' corrections applied; --per-article lists the events as "
        + "extracted from each article instead.",
        "Subcommands reject and fix correct the canonical events; corrections are kept apart and survive re-runs."},
    subcommands = {EventsRejectCommand.class, EventsFixCommand.class})
final class EventsCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin EventFilter filter;

  @Option(names = "--format", defaultValue = "table", description = "table, jsonl or csv (default: ${DEFAULT-VALUE}).")
  EventFormat.Kind format;

  @Option(names = "--per-article", description = "List the events of each article as extracted, not merged.")
  boolean perArticle;

  @Option(names = "--rejected", description = "Also list the canonical events curators rejected.")
  boolean rejected;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    var query = filter.query();
    try (Store s = store.openExisting()) {
      if (perArticle) {
        EventFormat.write(format, s.events(query), s, out);
      } else {
        CanonicalFormat.write(format, Canon.select(Curation.view(s), query, rejected), s, out);
      }
    }
  }
}
