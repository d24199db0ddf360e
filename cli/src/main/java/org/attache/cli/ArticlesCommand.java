package org.attache.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.model.Article;
import org.attache.model.ArticleIssue;
import org.attache.model.ArticleMeta;
import org.attache.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the stored articles with their metadata. */
@Command(name = "articles", mixinStandardHelpOptions = true,
    description = "List stored articles: id, file or URL, title, publication date and where it came from, language, "
        + "site, word count, the article it duplicates (same canonical URL or body), and recorded issues.")
final class ArticlesCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default) or jsonl (one JSON object a line).")
  String format;

  /** One listed article. */
  record Row(Article article, ArticleMeta meta, String dateSource, int words, String duplicateOf, List<ArticleIssue> issues) {}

  @Override
  public void run() {
    if (!format.equals("table") && !format.equals("jsonl")) {
      throw new IllegalArgumentException("--format " + format + ": expected table or jsonl");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Row> rows = new ArrayList<>();
    try (Store s = store.openExisting()) {
      Map<String, String> dups = s.duplicateOf();
      Map<String, List<ArticleIssue>> issues = new HashMap<>();
      for (ArticleIssue i : s.issues()) {
        issues.computeIfAbsent(i.source(), k -> new ArrayList<>()).add(i);
      }
      for (Article a : s.articles()) {
        ArticleMeta m = s.articleMeta(a.id()).orElse(new ArticleMeta(a.id(), null, null, null, null, null, Map.of()));
        String from = a.pubDate() == null ? "" : m.provenance().getOrDefault("pubDate", a.pubDateSource().name().toLowerCase(
            java.util.Locale.ROOT).replace('_', ' '));
        String body = a.text().substring(a.body().start(), a.body().end()).strip();
        int words = body.isEmpty() ? 0 : body.split("\\s+").length;
        rows.add(new Row(a, m, from, words, dups.getOrDefault(a.id(), ""), issues.getOrDefault(a.source(), List.of())));
      }
    }
    if (format.equals("jsonl")) {
      ObjectMapper json = new ObjectMapper();
      for (Row r : rows) {
        ObjectNode o = json.createObjectNode();
        Article a = r.article();
        o.put("id", a.id());
        o.put("source", a.source());
        o.put("url", a.url());
        o.put("title", a.title());
        o.put("pubDate", a.pubDate() == null ? null : a.pubDate().toString());
        o.put("pubDateSource", r.dateSource().isEmpty() ? null : r.dateSource());
        o.put("language", r.meta().language());
        o.put("site", r.meta().siteName());
        o.put("author", r.meta().author());
        o.put("canonicalUrl", r.meta().canonicalUrl());
        o.put("words", r.words());
        o.put("duplicateOf", r.duplicateOf().isEmpty() ? null : r.duplicateOf());
        ObjectNode prov = o.putObject("provenance");
        new java.util.TreeMap<>(r.meta().provenance()).forEach(prov::put);
        ArrayNode is = o.putArray("issues");
        for (ArticleIssue i : r.issues()) {
          is.addObject().put("kind", i.kind().name()).put("message", i.message());
        }
        out.println(o);
      }
    } else {
      out.printf("%-16s  %-40s  %-40s  %-10s  %-28s  %-4s  %-20s  %6s  %-16s  %s%n", "ID", "FILE OR URL", "TITLE", "DATE",
          "DATE FROM", "LANG", "SITE", "WORDS", "DUPLICATE OF", "ISSUES");
      for (Row r : rows) {
        Article a = r.article();
        StringBuilder is = new StringBuilder();
        for (ArticleIssue i : r.issues()) {
          is.append(is.isEmpty() ? "" : "; ").append(i.kind()).append(": ").append(i.message());
        }
        out.printf("%-16s  %-40s  %-40s  %-10s  %-28s  %-4s  %-20s  %6d  %-16s  %s%n", a.id(), cut(a.url() != null ? a.url()
            : a.source(), 40), cut(a.title() == null ? "" : a.title(), 40), a.pubDate() == null ? "" : a.pubDate(),
            cut(r.dateSource(), 28), r.meta().language() == null ? "" : r.meta().language(),
            cut(r.meta().siteName() == null ? "" : r.meta().siteName(), 20), r.words(), r.duplicateOf(), is);
      }
      out.printf("%d article(s)%n", rows.size());
    }
    out.flush();
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
