package org.attache.cli;

import java.io.PrintWriter;
import org.attache.model.ArticleIssue;
import org.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** Lists the problems recorded with single inputs. */
@Command(name = "issues", mixinStandardHelpOptions = true,
    description = "List the problems recorded with single inputs (empty, binary, too large, invalid UTF-8, bad dates…).")
final class IssuesCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openExisting()) {
      int n = 0;
      for (ArticleIssue i : s.issues()) {
        out.printf("%-15s %-8s %s: %s%n", i.kind(), i.skipped() ? "skipped" : "kept", i.source(), i.message());
        n++;
      }
      out.printf("%d issue(s)%n", n);
    }
  }
}
