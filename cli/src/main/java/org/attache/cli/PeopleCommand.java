package org.attache.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.attache.model.CanonicalPerson;
import org.attache.model.Person;
import org.attache.model.RoleSpan;
import org.attache.store.PersonQuery;
import org.attache.store.Store;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the people found: one per real person by default, or per article. */
@Command(name = "people", mixinStandardHelpOptions = true,
    description = {"List the people found, one per real person (merged across articles: other spellings, surname "
        + "alone, misspellings), with country, latest role and other names; --roles adds their role history, "
        + "--per-article lists them per article instead.",
        "Subcommands merge and split correct the merging; corrections are kept apart and survive re-runs."},
    subcommands = {PeopleMergeCommand.class, PeopleSplitCommand.class})
final class PeopleCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--country", paramLabel = "CODE", description = "Only people of this country (ISO-3).")
  @Nullable String country;

  @Option(names = "--name", paramLabel = "TEXT", description = "Only people whose name or another name contains TEXT.")
  @Nullable String name;

  @Option(names = "--per-article", description = "List the people of each article as found, not merged.")
  boolean perArticle;

  @Option(names = "--roles", description = "Under each person, their roles with the dates first and last seen.")
  boolean roles;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    String code = country == null ? null : country.toUpperCase(Locale.ROOT);
    try (Store s = store.openExisting()) {
      if (perArticle) {
        perArticle(out, s, code);
        return;
      }
      out.printf("%-28s  %-7s  %-40s  %-13s  %-8s  %s%n", "name", "country", "role", "id", "articles", "also called");
      int n = 0;
      for (CanonicalPerson p : Curation.view(s).people()) {
        if ((code != null && !code.equals(p.country())) || (name != null && !contains(p, name))) {
          continue;
        }
        String role = p.currentRole();
        out.printf("%-28s  %-7s  %-40s  %-13s  %-8d  %s%n", p.name(), p.country() == null ? "" : p.country(),
            role == null ? "" : EventFormat.clip(role, 40), p.id(), p.articleIds().size(), String.join(", ", p.aliases()));
        if (roles) {
          for (RoleSpan r : p.roles()) {
            out.printf("    %s%s: %s to %s, %d article(s)%n", r.role(), r.country() == null ? "" : " (" + r.country() + ")",
                r.firstSeen() == null ? "?" : r.firstSeen(), r.lastSeen() == null ? "?" : r.lastSeen(),
                r.articleIds().size());
          }
        }
        n++;
      }
      out.printf("%d people%n", n);
    }
    out.flush();
  }

  private static boolean contains(CanonicalPerson p, String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return p.name().toLowerCase(Locale.ROOT).contains(t)
        || p.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(t));
  }

  private void perArticle(PrintWriter out, Store s, @Nullable String code) {
    PersonQuery q = PersonQuery.all();
    if (code != null) {
      q = q.withCountry(code);
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
    out.flush();
  }
}
