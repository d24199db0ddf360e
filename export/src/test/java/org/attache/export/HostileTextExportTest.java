package org.attache.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.attache.model.Article;
import org.attache.model.EventType;
import org.attache.model.Person;
import org.attache.model.Span;
import org.attache.model.Status;
import org.junit.jupiter.api.Test;

/** Exports of text with tabs, line breaks, quotes, control characters, emoji and right-to-left script. */
class HostileTextExportTest {
  private static final String TEXT = "Belarus \"and\"\tZimbabwe\r\nmet 🤝 in مينسك\u0001 today; a,b.";
  private static final Exporter EXPORTER = Exporter.create();

  private static Selection selection() {
    Article a = Fixture.article("/odd/file\tname.txt", TEXT, null, "https://example.org/a?b=1&c=\"2\"", "Title <with> \"quotes\"");
    Span all = new Span(0, TEXT.length());
    EventRow e = new EventRow("odd-1", EventType.CONSULT, "meet", List.of("BLR", "ZWE"), false, null, "Min\tsk\nCity",
        List.of(), Status.OCCURRED, List.of("Name\u0001 With\tControl"), 0.5, List.of(Source.of("odd-e", a, all, TEXT)));
    Person p = new Person("odd-p", a.id(), "Name\u0001 With\tControl", "BLR", "Minister <of> \"Things\"", List.of(), List.of());
    return new Selection(List.of(e), List.of(p), List.of(a));
  }

  private static String write(Exporter.Format f) {
    StringWriter w = new StringWriter();
    EXPORTER.write(selection(), new Exporter.Options(f, Exporter.Table.EVENTS, false, false, LocalDate.of(2026, 1, 1)), w);
    return w.toString();
  }

  @Test
  void csvAndJsonlGiveTheEvidenceBackExactly() throws Exception {
    try (CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(write(Exporter.Format.CSV)))) {
      assertThat(p.getRecords().get(0).get("evidence")).isEqualTo(TEXT);
    }
    String jsonl = write(Exporter.Format.JSONL);
    assertThat(jsonl.strip().lines()).hasSize(1);
    assertThat(new ObjectMapper().readTree(jsonl).get("evidence").asText()).isEqualTo(TEXT);
    assertThat(new ObjectMapper().readTree(write(Exporter.Format.PLOVER)).get("event_text").asText()).isEqualTo(TEXT);
  }

  @Test
  void gdeltRowsStaySixtyOneTabSeparatedFieldsOnOneLine() {
    String tsv = write(Exporter.Format.GDELT);
    assertThat(tsv.split("\n")).hasSize(1);
    String[] fields = tsv.split("\n")[0].split("\t", -1);
    assertThat(fields).hasSize(61);
    assertThat(fields[Gdelt.COLUMNS.indexOf("ActionGeo_FullName")]).isEqualTo("Min sk City");
    assertThat(fields[60]).isEqualTo("https://example.org/a?b=1&c=\"2\"");
  }

  @Test
  void graphmlStaysWellFormedXml() throws Exception {
    String xml = write(Exporter.Format.GRAPHML);
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(3);
    assertThat(xml).contains("Name With\tControl").contains("Minister &lt;of&gt; \"Things\"");
  }

  @Test
  void briefMarkupEscapesWhatWouldBreakIt() {
    assertThat(Html.escape("a<b>&\"c\"\u0001")).isEqualTo("a&lt;b&gt;&amp;&quot;c&quot;");
    assertThat(Graphml.xmlText("x\u0001y\uD800z😀")).isEqualTo("xyz😀");
  }
}
