package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs of tens of megabytes read whole when the cap allows them, with every character kept. */
class LargeInputTest {
  @TempDir Path dir;

  @Test
  void readsA50MegabyteTextWithADateLineWhenTheCapAllowsIt() throws IOException {
    Path big = dir.resolve("big.txt");
    byte[] line = "Grain prices held steady in a quiet market town on an ordinary day, caf\u00e9 owners said.\n"
        .getBytes(StandardCharsets.UTF_8);
    long size;
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write(" date 2024-05-14 ".getBytes(StandardCharsets.UTF_8));
      for (long n = 0; n < 50L * 1024 * 1024; n += line.length) {
        out.write(line);
      }
    }
    size = Files.size(big);
    Collected c = new Collected();
    new Ingestor(new IngestOptions(64L * 1024 * 1024, null, null)).read(List.of(big), c);
    assertThat(c.issues).isEmpty();
    Article a = c.articles.get(0);
    assertThat(a.text().getBytes(StandardCharsets.UTF_8).length).isEqualTo(size);
    assertThat(a.body().start()).isEqualTo(" date 2024-05-14 ".length());
    assertThat(a.pubDate()).hasToString("2024-05-14");
  }

  @Test
  void readsOneTenMegabyteLineWhenTheCapAllowsIt() throws IOException {
    Path one = Files.writeString(dir.resolve("one.txt"), "word ".repeat(2 * 1024 * 1024));
    Collected c = new Collected();
    new Ingestor(new IngestOptions(16L * 1024 * 1024, null, null)).read(List.of(one), c);
    assertThat(c.issues).isEmpty();
    assertThat(c.articles.get(0).text()).hasSize(10 * 1024 * 1024).doesNotContain("\n");
  }
}
