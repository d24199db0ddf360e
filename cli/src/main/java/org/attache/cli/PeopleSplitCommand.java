package org.attache.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.merge.View;
import org.attache.model.CanonicalPerson;
import org.attache.model.Correction;
import org.attache.model.Person;
import org.attache.store.PersonQuery;
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
      description = "The name, as an article gives it in full, of the mentions that are another person.")
  String name;

  @Option(names = "--why", paramLabel = "TEXT", defaultValue = "", description = "Why (kept with the correction).")
  String why;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openExisting()) {
      View v = Curation.view(s);
      CanonicalPerson p = Curation.person(s, v, person);
      Set<String> members = Set.copyOf(p.members());
      List<String> names = s.people(PersonQuery.all()).stream().filter(x -> members.contains(x.id()))
          .map(Person::name).distinct().sorted().toList();
      String wanted = name.strip().toLowerCase(Locale.ROOT);
      long matching = names.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(wanted)).count();
      if (matching == 0) {
        throw new IllegalArgumentException("people split " + p.id() + ": --name '" + name + "' is not the name of any"
            + " of its article mentions; they are named " + names);
      }
      if (matching == names.size()) {
        throw new IllegalArgumentException("people split " + p.id() + ": every mention is named '" + name
            + "'; nothing would be left");
      }
      Correction c = s.addCorrection(Correction.Kind.PERSON_SPLIT, p.id(), Map.of("name", name.strip()), why.strip());
      View after = Curation.refresh(s);
      long left = after.people().stream().filter(x -> x.id().equals(p.id())).count();
      out.printf("correction #%d: mentions named '%s' split out of %s (%s)%s%n", c.seq(), name.strip(), p.id(), p.name(),
          left == 1 ? "" : "; no mention was left under the old id");
    }
    out.flush();
  }
}
