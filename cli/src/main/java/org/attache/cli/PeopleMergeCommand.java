package org.attache.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.attache.merge.View;
import org.attache.model.CanonicalPerson;
import org.attache.model.Correction;
import org.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Merges two canonical people into one. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Merge person B into person A (A keeps its id). The correction is stored apart from what was "
        + "extracted and applied again after every re-run.")
final class PeopleMergeCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "A", description = "The person to keep: an id, or a name only one person has.")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "The person merged into A: an id or a name.")
  String b;

  @Option(names = "--why", paramLabel = "TEXT", defaultValue = "", description = "Why (kept with the correction).")
  String why;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openExisting()) {
      View v = Curation.view(s);
      CanonicalPerson keep = Curation.person(s, v, a);
      CanonicalPerson other = Curation.person(s, v, b);
      if (keep.id().equals(other.id())) {
        throw new IllegalArgumentException("people merge: '" + a + "' and '" + b + "' are already one person, " + keep.id());
      }
      Correction c = s.addCorrection(Correction.Kind.PERSON_MERGE, keep.id(), Map.of("other", other.id()), why.strip());
      Curation.refresh(s);
      out.printf("correction #%d: %s (%s) merged into %s (%s)%n", c.seq(), other.id(), other.name(), keep.id(), keep.name());
    }
    out.flush();
  }
}
