package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.Article;
import org.attache.model.Span;
import org.attache.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void servesTheStoreUntilStoppedAndSaysWhere() throws Exception {
    Path db = dir.resolve("attache.db");
    try (Store s = Store.openSqlite(db)) {
      String text = "Minsk and Harare agreed to talk.";
      s.putArticle(new Article("0123456789abcdef", "a.txt", text, new Span(0, text.length()), null,
          Article.PubDateSource.NONE, null, null, "0123456789abcdef"), List.of(), List.of());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int[] code = {-1};
    Thread serving = new Thread(() -> code[0] = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
        "serve", "--db", db.toString(), "--port", "0"));
    serving.start();
    Matcher m = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)").matcher("");
    for (int i = 0; i < 1200 && !m.reset(out.toString()).find(); i++) { // up to a minute on a loaded machine
      Thread.sleep(50);
    }
    assertThat(m.find(0)).as("out: %s err: %s", out, err).isTrue();
    assertThat(out.toString()).contains("1 article(s)").contains("Ctrl-C");
    HttpResponse<String> health = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(m.group(1) + "api/health")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"articles\":1");
    Path articleIndex = dir.resolve("attache.db.articles.search");
    for (int i = 0; i < 1200 && !java.nio.file.Files.exists(articleIndex); i++) { // warmed up in the background
      Thread.sleep(50);
    }
    assertThat(articleIndex).as("the search indexes are built at start").isDirectory();
    assertThat(dir.resolve("attache.db.search")).isDirectory();

    serving.interrupt();
    serving.join(10_000);
    assertThat(serving.isAlive()).isFalse();
    assertThat(code[0]).isZero();
  }

  @Test
  void refusesAPortOutOfRangeNamingTheOption() {
    Cli.Result r = Cli.run("serve", "--db", dir.resolve("x.db").toString(), "--port", "70000");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--port").contains("70000");
  }

  @Test
  void refusesAStoreThatIsNotThereNamingIt() {
    Cli.Result r = Cli.run("serve", "--db", dir.resolve("missing.db").toString(), "--port", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("missing.db").contains("attache demo");
  }

  @Test
  void saysWhenTheCanonicalViewBuiltInTheBackgroundIsReady() throws Exception {
    Path db = dir.resolve("view.db");
    try (Store s = Store.openSqlite(db)) {
      String text = "Minsk and Harare agreed to talk.";
      s.putArticle(new Article("0123456789abcdef", "a.txt", text, new Span(0, text.length()), null,
          Article.PubDateSource.NONE, null, null, "0123456789abcdef"), List.of(), List.of());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Thread serving = new Thread(() -> Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
        "serve", "--db", db.toString(), "--port", "0"));
    serving.start();
    for (int i = 0; i < 1200 && !err.toString().contains("canonical view ready"); i++) {
      Thread.sleep(50);
    }
    assertThat(err.toString()).as("out: %s", out).contains("canonical view ready: 0 canonical event(s) from 1 article(s)");
    serving.interrupt();
    serving.join(10_000);
    assertThat(serving.isAlive()).isFalse();
  }
}
