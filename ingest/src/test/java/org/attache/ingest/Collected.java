package org.attache.ingest;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;

/** A sink that keeps everything it is given, in order. */
final class Collected implements Ingestor.Sink {
  final List<Article> articles = new ArrayList<>();
  final List<ArticleIssue> issues = new ArrayList<>();
  /** Sources in the order articles and issues arrived, e.g. {@code "article a.txt"}. */
  final List<String> events = new ArrayList<>();
  long bytesDone;

  @Override
  public void article(Article a) {
    articles.add(a);
    events.add("article " + a.fileName());
  }

  @Override
  public void issue(ArticleIssue i) {
    issues.add(i);
    events.add(i.kind() + " " + i.source().substring(Math.max(i.source().lastIndexOf('/'), i.source().lastIndexOf('\\')) + 1));
  }

  @Override
  public void inputDone(String source, long bytes) {
    bytesDone += bytes;
  }

  Article only() {
    if (articles.size() != 1) {
      throw new AssertionError("expected one article, got " + articles + " and issues " + issues);
    }
    return articles.get(0);
  }

  ArticleIssue onlyIssue() {
    if (issues.size() != 1) {
      throw new AssertionError("expected one issue, got " + issues);
    }
    return issues.get(0);
  }
}
