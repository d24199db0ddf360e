package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache serve} beyond loopback: only with a token, which every API call then needs. */
class ServeSecurityTest {
  @TempDir Path dir;
  Path db;

  @BeforeEach
  void makeAStore() {
    db = dir.resolve("attache.db");
    Store.openSqlite(db).close();
  }

  @Test
  void refusesToServeTheNetworkWithoutAToken() {
    Cli.Result r = Cli.run("serve", "--db", db.toString(), "--host", "0.0.0.0", "--port", "0");
    assertThat(r.code()).as("%s", r).isEqualTo(2);
    assertThat(r.err()).contains("--host").contains("'0.0.0.0' is not a loopback address").contains("--token-file");
  }

  @Test
  void refusesWeakOrMissingTokensNamingTheOption() {
    Cli.Result shortToken = Cli.run("serve", "--db", db.toString(), "--host", "0.0.0.0", "--port", "0", "--token", "abc");
    assertThat(shortToken.code()).isEqualTo(2);
    assertThat(shortToken.err()).contains("--token ").contains("at least 16");
    Path missing = dir.resolve("no-token-file");
    Cli.Result noFile = Cli.run("serve", "--db", db.toString(), "--port", "0", "--token-file", missing.toString());
    assertThat(noFile.code()).isEqualTo(2);
    assertThat(noFile.err()).contains("--token-file " + missing);
    Cli.Result both = Cli.run("serve", "--db", db.toString(), "--port", "0", "--token", "a".repeat(20), "--token-file",
        missing.toString());
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("give one of them");
  }

  @Test
  void servesTheNetworkWithATokenFileAndAsksForTheToken() throws Exception {
    String token = "file-token-0123456789abcdef";
    Path file = Files.writeString(dir.resolve("token"), token + "\n");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int[] code = {-1};
    Thread serving = new Thread(() -> code[0] = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
        "serve", "--db", db.toString(), "--host", "0.0.0.0", "--port", "0", "--token-file", file.toString()));
    serving.start();
    Matcher m = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)").matcher("");
    for (int i = 0; i < 400 && !m.reset(out.toString()).find(); i++) {
      Thread.sleep(50);
    }
    assertThat(m.find(0)).as("out: %s err: %s", out, err).isTrue();
    HttpClient http = HttpClient.newHttpClient();
    URI health = URI.create(m.group(1) + "api/health");
    assertThat(http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(401);
    assertThat(http.send(HttpRequest.newBuilder(health).header("Authorization", "Bearer " + token).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    assertThat(out.toString()).doesNotContain(token);
    serving.interrupt();
    serving.join(10_000);
    assertThat(code[0]).isZero();
  }
}
