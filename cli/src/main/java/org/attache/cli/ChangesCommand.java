package org.attache.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import org.attache.model.Article;
import org.attache.model.ExtractionChange;
import org.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** Lists what changed when a newer extractor re-read stored articles. */
@Command(name = "changes", mixinStandardHelpOptions = true,
    description = "List what changed (events added, removed or changed) each time a newer extractor re-read a stored "
        + "article; 'attache ingest' re-reads an article whose stored extraction was made by another version.")
final class ChangesCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store s = store.openExisting()) {
      Map<String, String> files = new HashMap<>();
      int n = 0;
      for (ExtractionChange c : s.changes()) {
        String file = files.computeIfAbsent(c.articleId(), id -> s.article(id).map(Article::fileName).orElse(id));
        out.printf("%s  %-8s %-22s %s  (%s → %s, %s)%n", c.at(), c.kind().name().toLowerCase(java.util.Locale.ROOT),
            c.eventKey(), c.detail(), c.fromVersion(), c.toVersion(), file);
        n++;
      }
      out.printf("%d change(s)%n", n);
    }
    out.flush();
  }
}
