package org.attache.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.attache.geo.Gazetteer;
import org.attache.merge.View;
import org.attache.model.CanonicalPerson;
import org.attache.model.Correction;
import org.attache.pipeline.Canon;
import org.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Splits the mentions under one name out of a canonical person. */
@Command(name = "split", mixinStandardHelpOptions = true,
    description = "Take the mentions of a person that use NAME out into a person of their own. The correction is "
        + "stored apart from what was extracted and applied again after every re-run.")
final class PeopleSplitCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "PERSON", description = "The person: an id, or a name only one person has.")
  String person;

  @Option(names = "--name", required = true, paramLabel = "NAME",
      description = "The name (as listed under 'also called') whose mentions are another person.")
  String name;

  @Option(names = "--why", paramLabel = "TEXT", defaultValue = "", description = "Why (kept with the correction).")
  String why;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openExisting()) {
      View v = Curation.view(s);
      CanonicalPerson p = Curation.person(s, v, person);
      boolean known = p.aliases().stream().anyMatch(x -> x.equalsIgnoreCase(name.strip()))
          || p.name().equalsIgnoreCase(name.strip());
      if (!known || p.name().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT))
          && p.aliases().isEmpty()) {
        throw new IllegalArgumentException("people split " + p.id() + ": --name '" + name + "' is not one of its other"
            + " names " + p.aliases());
      }
      Correction c = s.addCorrection(Correction.Kind.PERSON_SPLIT, p.id(), Map.of("name", name.strip()), why.strip());
      View after = Canon.refresh(s, Canon.places(Gazetteer.load()));
      long left = after.people().stream().filter(x -> x.id().equals(p.id())).count();
      out.printf("correction #%d: mentions named '%s' split out of %s (%s)%s%n", c.seq(), name.strip(), p.id(), p.name(),
          left == 1 ? "" : "; no mention was left under the old id");
    }
    out.flush();
  }
}
