package org.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attache.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void countsLinesAcrossCrlfEndingsAndQuotedLineBreaks() throws IOException {
    Path m = write("m.csv", "file,pub_date,title\r\na.txt,2020,\"Two\nlines\"\r\nb.txt,2020-13,x\r\n");

    assertThatThrownBy(() -> Manifest.read(m)).hasMessageContaining("line 4").hasMessageContaining("'2020-13'");
  }

  @Test
  void leavesMissingOptionalColumnsAndEmptyCellsNull() throws IOException {
    Manifest m = Manifest.read(write("m.tsv", "pub_date\tfile\n2020-05-06\ta.txt\n\tb.txt\n"));

    Manifest.Entry a = m.find("a.txt");
    assertThat(a).isNotNull();
    assertThat(a.pubDate()).isEqualTo(new PartialDate(2020, 5, 6));
    assertThat(a.url()).isNull();
    assertThat(a.title()).isNull();
    assertThat(m.find("b.txt")).extracting(Manifest.Entry::pubDate).isNull();
    assertThat(m.find("c.txt")).isNull();
  }

  @Test
  void rejectsARowWithMoreCellsThanTheHeaderNamingItsLine() throws IOException {
    Path m = write("m.csv", "file,pub_date\na.txt,2020,extra\n");

    assertThatThrownBy(() -> Manifest.read(m)).hasMessageContaining("line 2").hasMessageContaining("3 columns");
  }

  @Test
  void rejectsAnEmptyFileCell() throws IOException {
    Path m = write("m.csv", "file,pub_date\n,2020\n");

    assertThatThrownBy(() -> Manifest.read(m)).hasMessageContaining("line 2 column file");
  }
}
