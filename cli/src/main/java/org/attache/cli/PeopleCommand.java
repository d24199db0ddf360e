package org.attache.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.attache.model.Person;
import org.attache.store.PersonQuery;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the people found. */
@Command(name = "people", mixinStandardHelpOptions = true, description = "List the people found, with role, country and other names.")
final class PeopleCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--country", paramLabel = "CODE", description = "Only people of this country (ISO-3).")
  @Nullable String country;

  @Option(names = "--name", paramLabel = "TEXT", description = "Only people whose name or another name contains TEXT.")
  @Nullable String name;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openExisting()) {
      PersonQuery q = PersonQuery.all();
      if (country != null) {
        q = q.withCountry(country.toUpperCase(Locale.ROOT));
      }
      if (name != null) {
        q = q.withNameContaining(name);
      }
      out.printf("%-28s  %-7s  %-40s  %s%n", "name", "country", "role", "also called");
      int n = 0;
      for (Person p : s.people(q)) {
        out.printf("%-28s  %-7s  %-40s  %s%n", p.name(), p.country() == null ? "" : p.country(),
            p.role() == null ? "" : EventFormat.clip(p.role(), 40), String.join(", ", p.aliases()));
        n++;
      }
      out.printf("%d person mention group(s), one per article%n", n);
    }
  }
}
