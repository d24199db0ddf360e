package org.attache.cli;

import java.nio.file.Path;
import java.util.List;
import org.attache.ingest.IngestOptions;
import org.attache.ingest.Ingestor;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.attache.store.EventQuery;
import org.attache.store.PersonQuery;
import org.attache.store.Store;

/**
 * The store-writing half of {@code attache ingest} in a JVM that starts in well under a second, for crash tests
 * that must kill many processes: it reads the articles with the real {@link Ingestor} and makes the calls the
 * pipeline makes on the store ({@code containsArticle}, {@code putArticle} with the article's people and events,
 * {@code putIssue}), taking each article's people and events from a store an uninterrupted {@code attache ingest}
 * wrote instead of from the language models.
 *
 * <p>Usage: {@code ReplayWriter REFERENCE_DB TARGET_DB PATH...}; prints {@code writing} once the target is open.
 */
final class ReplayWriter {
  private ReplayWriter() {}

  public static void main(String[] args) {
    List<Path> paths = java.util.Arrays.stream(args).skip(2).map(Path::of).toList();
    try (Store ref = Store.openSqlite(Path.of(args[0])); Store target = Store.openSqlite(Path.of(args[1]))) {
      System.out.println("writing");
      System.out.flush();
      new Ingestor(IngestOptions.defaults()).read(paths, new Ingestor.Sink() {
        @Override
        public void article(Article a) {
          if (!target.containsArticle(a.id())) {
            target.putArticle(a, ref.people(PersonQuery.all().withArticleId(a.id())),
                ref.events(EventQuery.all().withArticleId(a.id())));
          }
        }

        @Override
        public void issue(ArticleIssue i) {
          target.putIssue(i);
        }
      });
    }
    System.out.println("done");
  }
}
