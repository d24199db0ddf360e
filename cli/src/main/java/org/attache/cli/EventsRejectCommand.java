package org.attache.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.attache.model.CanonicalEvent;
import org.attache.model.Correction;
import org.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Rejects a canonical event. */
@Command(name = "reject", mixinStandardHelpOptions = true,
    description = "Reject a canonical event (it is then left out of events, timeline and eval). The correction is "
        + "stored apart from what was extracted and applied again after every re-run.")
final class EventsRejectCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "ID", description = "The canonical event's id (see 'attache events').")
  String id;

  @Option(names = "--why", required = true, paramLabel = "TEXT", description = "Why it is rejected.")
  String why;

  @Override
  public void run() {
    if (why.isBlank()) {
      throw new IllegalArgumentException("--why is blank; say why the event is rejected");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openExisting()) {
      CanonicalEvent e = Curation.event(s, Curation.view(s), id);
      Correction c = s.addCorrection(Correction.Kind.EVENT_REJECT, e.id(), Map.of(), why.strip());
      Curation.refresh(s);
      out.printf("correction #%d: event %s (%s %s %s) rejected: %s%n", c.seq(), e.id(), e.type(),
          CanonicalFormat.actors(e), e.date() == null ? "undated" : e.date(), c.why());
    }
    out.flush();
  }
}
