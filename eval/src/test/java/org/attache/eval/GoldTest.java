package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Sector;
import org.attache.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldTest {
  private static final String EVENT = """
      {"id": "e1", "type": "AGREE", "mode": "sign", "actors": ["BLR", "ZWE"], "directed": false,
       "date": "2025-12", "location": "Harare", "sectors": ["military", "health"], "status": "occurred",
       "people": ["A B"], "evidence": "they signed", "optional": false, "same_as": "x"}""".replace("\n", "");
  private static final String PERSON =
      "{\"name\": \"A B\", \"country\": \"BLR\", \"role\": \"Minister of Defence\", \"aliases\": [\"B\"]}";

  @TempDir
  Path dir;

  private static String line(String event) {
    return "{\"file\": \"x.txt\", \"pub_date\": \"2025-12-17\", \"events\": [" + event + "], \"people\": ["
        + PERSON + "]}";
  }

  private Path write(String... lines) throws IOException {
    Path file = dir.resolve("gold.jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  @Test
  void readsTheFiveSeedArticlesWithTheirRequiredEvents() {
    List<GoldArticle> seeds = Gold.read(Fixtures.shared().resolve("eval/seeds/gold.jsonl"));

    assertThat(seeds).hasSize(5);
    assertThat(seeds.stream().flatMap(a -> a.events().stream()).filter(e -> !e.optional())).hasSize(24);
    assertThat(seeds.stream().flatMap(a -> a.events().stream()).filter(GoldEvent::optional)).hasSize(9);
    assertThat(seeds.stream().mapToInt(a -> a.people().size()).sum()).isEqualTo(22);
    assertThat(seeds.getFirst().file()).isEqualTo("000_26a2739436c9ca99.txt");
    assertThat(seeds.getFirst().pubDate()).isNull();
  }

  @Test
  void readsTheTwentyFiveDevArticlesWithTheirRequiredEvents() {
    List<GoldArticle> dev = Gold.read(Fixtures.shared().resolve("eval/dev/gold.jsonl"));

    assertThat(dev).hasSize(25);
    assertThat(dev.stream().flatMap(a -> a.events().stream()).filter(e -> !e.optional())).hasSize(67);
    assertThat(dev.stream().flatMap(a -> a.events().stream()).filter(GoldEvent::optional)).hasSize(53);
  }

  @Test
  void readsEveryFieldOfALine() throws IOException {
    GoldArticle a = Gold.read(write(line(EVENT))).getFirst();

    assertThat(a.file()).isEqualTo("x.txt");
    assertThat(a.pubDate()).isEqualTo(PartialDate.parse("2025-12-17"));
    assertThat(a.events()).containsExactly(new GoldEvent("e1", EventType.AGREE, "sign", List.of("BLR", "ZWE"),
        false, PartialDate.ofMonth(2025, 12), "Harare", List.of(Sector.MILITARY, Sector.HEALTH), Status.OCCURRED,
        List.of("A B"), "they signed", false, "x"));
    assertThat(a.people()).containsExactly(new GoldPerson("A B", "BLR", "Minister of Defence", List.of("B")));
  }

  @Test
  void skipsBlankLines() throws IOException {
    assertThat(Gold.read(write("", line(EVENT), "  "))).hasSize(1);
  }

  @Test
  void rejectsAnUnknownTypeNamingFileLineFieldAndValue() throws IOException {
    Path file = write(line(EVENT), line(EVENT.replace("\"AGREE\"", "\"HUG\"")).replace("x.txt", "y.txt"));

    assertThatThrownBy(() -> Gold.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + ":2:").hasMessageContaining("events[0].type").hasMessageContaining("HUG");
  }

  @Test
  void rejectsAnUnknownSectorNamingIt() throws IOException {
    Path file = write(line(EVENT.replace("\"health\"", "\"sports\"")));

    assertThatThrownBy(() -> Gold.read(file)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file + ":1:").hasMessageContaining("events[0].sectors[1]")
        .hasMessageContaining("sports");
  }

  @Test
  void rejectsABadDateAStatusAndAWrongJsonType() throws IOException {
    Path badDate = write(line(EVENT.replace("\"2025-12\"", "\"2025-13\"")));
    assertThatThrownBy(() -> Gold.read(badDate)).hasMessageContaining("events[0].date").hasMessageContaining("13");

    Path badStatus = write(line(EVENT.replace("\"occurred\"", "\"rumoured\"")));
    assertThatThrownBy(() -> Gold.read(badStatus)).hasMessageContaining("events[0].status")
        .hasMessageContaining("rumoured");

    Path badBool = write(line(EVENT.replace("\"directed\": false", "\"directed\": \"no\"")));
    assertThatThrownBy(() -> Gold.read(badBool)).hasMessageContaining("events[0].directed")
        .hasMessageContaining("\"no\"");
  }

  @Test
  void rejectsMissingAndUnknownFields() throws IOException {
    Path missing = write(line(EVENT.replace("\"optional\": false, ", "")));
    assertThatThrownBy(() -> Gold.read(missing)).hasMessageContaining("events[0].optional: missing");

    Path unknown = write(line(EVENT.replace("\"optional\": false", "\"optional\": false, \"score\": 3")));
    assertThatThrownBy(() -> Gold.read(unknown)).hasMessageContaining("events[0].score: unknown field");
  }

  @Test
  void rejectsAnEventWithoutActorsAndAFileListedTwice() throws IOException {
    Path noActors = write(line(EVENT.replace("[\"BLR\", \"ZWE\"]", "[]")));
    assertThatThrownBy(() -> Gold.read(noActors)).hasMessageContaining(":1:").hasMessageContaining("no actors");

    Path twice = write(line(EVENT), line(EVENT));
    assertThatThrownBy(() -> Gold.read(twice)).hasMessageContaining(":2:").hasMessageContaining("x.txt");
  }

  @Test
  void rejectsALineThatIsNotJson() throws IOException {
    Path file = write("{\"file\": ");
    assertThatThrownBy(() -> Gold.read(file)).hasMessageContaining(file + ":1:").hasMessageContaining("JSON");
  }

  @Test
  void reportsAMissingFileAsAnIoError() {
    Path file = dir.resolve("absent.jsonl");
    assertThatThrownBy(() -> Gold.read(file)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("absent.jsonl");
  }
}
