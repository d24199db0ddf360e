package org.attache.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.Article.PubDateSource;
import org.attache.model.ArticleIssue;
import org.attache.model.ArticleIssue.Kind;
import org.attache.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
  private static final String STORY = "The two ministers met in a quiet lakeside town to talk about grain.\n";
  private static final String OTHER = "A delegation of engineers arrived to inspect the new bridge.\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private static Collected read(IngestOptions options, Path... paths) {
    Collected c = new Collected();
    new Ingestor(options).read(List.of(paths), c);
    return c;
  }

  private static Collected read(Path... paths) {
    return read(IngestOptions.defaults(), paths);
  }

  @Test
  void takesADayPrecisionDateLineAsThePublicationDateAndLeavesItOutOfTheBody() throws IOException {
    String text = " date 2024-03-09 Officials from both countries signed a fishing accord.";
    Article a = read(write("a.txt", text)).only();

    assertThat(a.text()).isEqualTo(text);
    assertThat(a.pubDate()).isEqualTo(new PartialDate(2024, 3, 9));
    assertThat(a.pubDateSource()).isEqualTo(PubDateSource.DATE_LINE);
    assertThat(a.body().of(a.text())).isEqualTo("Officials from both countries signed a fishing accord.");
    assertThat(a.body().start()).isEqualTo(" date 2024-03-09 ".length());
  }

  @Test
  void takesAMonthPrecisionDateLineWithoutLeadingSpaceOrFollowedByANewline() throws IOException {
    Article a = read(write("a.txt", "date 2023-11\nDiplomats gathered for the annual summit.")).only();

    assertThat(a.pubDate()).isEqualTo(PartialDate.ofMonth(2023, 11));
    assertThat(a.text().substring(a.body().start())).startsWith("Diplomats gathered");
  }

  @Test
  void acceptsTabsAndSeveralSpacesAroundTheDateWord() throws IOException {
    Article a = read(write("a.txt", "\t  date 2022-01-31 Envoys talked.")).only();

    assertThat(a.pubDate()).isEqualTo(new PartialDate(2022, 1, 31));
    assertThat(a.body().of(a.text())).isEqualTo("Envoys talked.");
  }

  @Test
  void treatsTextWithoutADateLineAsAllBodyWithNoDate() throws IOException {
    Article a = read(write("a.txt", "The date 2024-01-01 was mentioned later.")).only();

    assertThat(a.body().start()).isZero();
    assertThat(a.body().end()).isEqualTo(a.text().length());
    assertThat(a.pubDate()).isNull();
    assertThat(a.pubDateSource()).isEqualTo(PubDateSource.NONE);
  }

  @Test
  void recordsAnImpossibleDateLineButStillDeliversTheArticleWithoutIt() throws IOException {
    Collected c = read(write("bad-date.txt", " date 2025-13-45 Talks resumed after a pause."));

    Article a = c.only();
    assertThat(a.pubDate()).isNull();
    assertThat(a.pubDateSource()).isEqualTo(PubDateSource.NONE);
    assertThat(a.body().of(a.text())).isEqualTo("Talks resumed after a pause.");
    ArticleIssue i = c.onlyIssue();
    assertThat(i.kind()).isEqualTo(Kind.BAD_DATE);
    assertThat(i.skipped()).isFalse();
    assertThat(i.source()).endsWith("bad-date.txt");
    assertThat(i.message()).contains("2025-13-45");
  }

  @Test
  void skipsAFileThatIsOnlyADateLineAsEmpty() throws IOException {
    ArticleIssue i = read(write("a.txt", " date 2024-05-06 \n")).onlyIssue();

    assertThat(i.kind()).isEqualTo(Kind.EMPTY);
    assertThat(i.skipped()).isTrue();
    assertThat(i.message()).contains("2024-05-06");
  }

  @Test
  void prefersTheOptionDateOverTheDateLine() throws IOException {
    Path f = write("a.txt", " date 2024-03-09 Officials met.");
    Article a = read(new IngestOptions(1000, PartialDate.ofMonth(2020, 2), null), f).only();

    assertThat(a.pubDate()).isEqualTo(PartialDate.ofMonth(2020, 2));
    assertThat(a.pubDateSource()).isEqualTo(PubDateSource.OPTION);
    assertThat(a.body().of(a.text())).isEqualTo("Officials met.");
  }

  @Test
  void prefersATsvManifestRowOverTheOptionAndTheDateLineAndTakesItsUrlAndTitle() throws IOException {
    Path manifest = write("m.tsv", "file\tpub_date\turl\ttitle\textra\n"
        + "a.txt\t2019-07-04\thttps://news.example/a\tMinisters meet\tignored\n"
        + "b.txt\t\t\t\t\n");
    Path a = write("in/a.txt", " date 2024-03-09 Officials met.");
    Path b = write("in/b.txt", " date 2024-03-10 Officials left.");

    Collected c = read(new IngestOptions(1000, null, manifest), a, b);

    assertThat(c.issues).isEmpty();
    Article first = c.articles.get(0);
    assertThat(first.pubDate()).isEqualTo(new PartialDate(2019, 7, 4));
    assertThat(first.pubDateSource()).isEqualTo(PubDateSource.MANIFEST);
    assertThat(first.url()).isEqualTo("https://news.example/a");
    assertThat(first.title()).isEqualTo("Ministers meet");
    Article second = c.articles.get(1);
    assertThat(second.pubDate()).as("an empty pub_date cell falls through").isEqualTo(new PartialDate(2024, 3, 10));
    assertThat(second.pubDateSource()).isEqualTo(PubDateSource.DATE_LINE);
    assertThat(second.url()).isNull();

    Article withOption = read(new IngestOptions(1000, PartialDate.ofYear(2001), manifest), a).only();
    assertThat(withOption.pubDateSource()).isEqualTo(PubDateSource.MANIFEST);
  }

  @Test
  void readsACsvManifestWithQuotedCellsAndMatchesByFileName() throws IOException {
    Path manifest = write("m.csv", "\uFEFFtitle,file,pub_date\n\"Talks, at last\",some/folder/a.txt,2018-02\n");
    Article a = read(new IngestOptions(1000, null, manifest), write("x/a.txt", " date 2024-03-09 Officials met.")).only();

    assertThat(a.pubDate()).isEqualTo(PartialDate.ofMonth(2018, 2));
    assertThat(a.pubDateSource()).isEqualTo(PubDateSource.MANIFEST);
    assertThat(a.title()).isEqualTo("Talks, at last");
  }

  @Test
  void rejectsAManifestWithABadDateNamingPathLineColumnAndValue() throws IOException {
    Path manifest = write("m.csv", "file,pub_date\na.txt,2020-01-01\n\nb.txt,2020-02-30\n");

    assertThatThrownBy(() -> new Ingestor(new IngestOptions(1000, null, manifest)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(manifest.toString())
        .hasMessageContaining("line 4")
        .hasMessageContaining("pub_date")
        .hasMessageContaining("2020-02-30");
  }

  @Test
  void rejectsAManifestWithoutAPubDateColumn() throws IOException {
    Path manifest = write("m.tsv", "file\tdate\na.txt\t2020-01-01\n");

    assertThatThrownBy(() -> new Ingestor(new IngestOptions(1000, null, manifest)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(manifest.toString())
        .hasMessageContaining("line 1")
        .hasMessageContaining("'pub_date'");
  }

  @Test
  void rejectsAManifestWithoutAFileColumn() throws IOException {
    Path manifest = write("m.csv", "name,pub_date\na.txt,2020-01-01\n");

    assertThatThrownBy(() -> new Ingestor(new IngestOptions(1000, null, manifest)))
        .hasMessageContaining("'file'");
  }

  @Test
  void rejectsAMissingManifestNamingIt() {
    Path manifest = dir.resolve("nowhere.tsv");

    assertThatThrownBy(() -> new Ingestor(new IngestOptions(1000, null, manifest)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(manifest.toString())
        .hasMessageContaining("no such file");
  }

  @Test
  void rejectsAManifestListingAFileTwice() throws IOException {
    Path manifest = write("m.csv", "file,pub_date\na.txt,2020-01-01\nx/a.txt,2020-01-02\n");

    assertThatThrownBy(() -> new Ingestor(new IngestOptions(1000, null, manifest)))
        .hasMessageContaining("line 3")
        .hasMessageContaining("line 2")
        .hasMessageContaining("a.txt");
  }

  @Test
  void rejectsOptionsWithANonPositiveCap() {
    assertThatThrownBy(() -> new IngestOptions(0, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes 0");
    assertThat(IngestOptions.defaults().maxBytes()).isEqualTo(5L * 1024 * 1024);
  }

  @Test
  void replacesInvalidUtf8AndRecordsWhereButStillDeliversTheArticle() throws IOException {
    byte[] head = "Trade rose by ".getBytes(UTF_8);
    byte[] tail = " percent, the ministry said.".getBytes(UTF_8);
    byte[] bytes = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3; // a lead byte with no continuation
    bytes[head.length + 1] = (byte) 0xFF; // never valid in UTF-8
    System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);

    Collected c = read(write("broken.txt", bytes));

    Article a = c.only();
    assertThat(a.text()).isEqualTo("Trade rose by \uFFFD\uFFFD percent, the ministry said.");
    ArticleIssue i = c.onlyIssue();
    assertThat(i.kind()).isEqualTo(Kind.INVALID_UTF8);
    assertThat(i.skipped()).isFalse();
    assertThat(i.message()).contains("2 malformed").contains("byte " + head.length);
    assertThat(c.events).containsExactly("INVALID_UTF8 broken.txt", "article broken.txt");
  }

  @Test
  void stripsAUtf8ByteOrderMarkAndKeepsLineEndingsExactly() throws IOException {
    byte[] body = " date 2021-06-01 First line.\r\nSecond line.\rThird.".getBytes(UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    Article a = read(write("bom.txt", bytes)).only();

    assertThat(a.text()).isEqualTo(" date 2021-06-01 First line.\r\nSecond line.\rThird.");
    assertThat(a.pubDate()).isEqualTo(new PartialDate(2021, 6, 1));
    assertThat(a.body().of(a.text())).startsWith("First line.");
  }

  @Test
  void decodesUtf16WithAByteOrderMarkWithoutRecordingAnything() throws IOException {
    Collected c = read(write("wide.txt", "Envoys met in Geneva.".getBytes(java.nio.charset.StandardCharsets.UTF_16)));

    assertThat(c.issues).isEmpty();
    assertThat(c.only().text()).isEqualTo("Envoys met in Geneva.");
  }

  @Test
  void givesAStableIdAndContentHash() throws IOException {
    Article a = read(write("a.txt", "abc")).only();

    assertThat(a.contentHash()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(a.id()).isEqualTo("ba7816bf8f01cfea");
    assertThat(a.source()).isEqualTo(dir.resolve("a.txt").toString());
  }

  @Test
  void skipsAFileOverTheCapWithoutReadingIt() throws IOException {
    Path big = write("big.txt", "x".repeat(101));

    ArticleIssue i = read(new IngestOptions(100, null, null), big).onlyIssue();

    assertThat(i.kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(i.skipped()).isTrue();
    assertThat(i.message()).contains("101 bytes").contains("cap of 100 bytes");
    assertThat(read(new IngestOptions(101, null, null), big).articles).hasSize(1);
  }

  @Test
  void skipsEmptyAndWhitespaceOnlyFiles() throws IOException {
    Collected c = read(write("empty.txt", ""), write("blank.txt", " \n\t\r\n \u00A0\n"));

    assertThat(c.articles).isEmpty();
    assertThat(c.issues).extracting(ArticleIssue::kind).containsExactly(Kind.EMPTY, Kind.EMPTY);
    assertThat(c.issues).allMatch(ArticleIssue::skipped);
    assertThat(c.issues.get(0).message()).contains("0 bytes");
    assertThat(c.issues.get(1).message()).contains("whitespace");
  }

  @Test
  void skipsBinaryFilesNamingWhatGaveThemAway() throws IOException {
    byte[] nul = "Looks like text\0but is not".getBytes(UTF_8);
    byte[] pdf = "%PDF-1.7\nsome text".getBytes(UTF_8);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 'a', 'b'};
    byte[] controls = "ab\u0001\u0002\u0003cdefgh".getBytes(UTF_8);

    Collected c = read(write("nul.txt", nul), write("doc.pdf", pdf), write("pic.png", png), write("ctl.txt", controls));

    assertThat(c.articles).isEmpty();
    assertThat(c.issues).extracting(ArticleIssue::kind).containsOnly(Kind.BINARY);
    assertThat(c.issues).extracting(ArticleIssue::message).satisfiesExactly(
        m -> assertThat(m).contains("NUL byte at byte 15"),
        m -> assertThat(m).contains("PDF"),
        m -> assertThat(m).contains("PNG"),
        m -> assertThat(m).contains("3 control characters"));
  }

  @Test
  void allowsTabsFormFeedsAndLineBreaksInText() throws IOException {
    assertThat(read(write("a.txt", "Col\tumn\f\n\r\n\t\t\t\t\n")).articles).hasSize(1);
  }

  @Test
  void recordsASecondFileWithTheSameTextAsADuplicateOfTheFirst() throws IOException {
    Path a = write("a.txt", STORY);
    Path b = write("b.txt", STORY);

    Collected c = read(a, b);

    assertThat(c.only().source()).isEqualTo(a.toString());
    ArticleIssue i = c.onlyIssue();
    assertThat(i.kind()).isEqualTo(Kind.DUPLICATE);
    assertThat(i.skipped()).isTrue();
    assertThat(i.source()).isEqualTo(b.toString());
    assertThat(i.message()).contains(a.toString());
  }

  @Test
  void walksNestedFoldersInNameOrderSkippingHiddenEntries() throws IOException {
    write("b.txt", "Second story.");
    write("a/z.md", "First story, nested.");
    write("a/deeper/m", "Nested twice, no extension.");
    write(".hidden.txt", "Hidden file.");
    write(".git/config", "Hidden folder.");
    Path explicitHidden = write("x/.note", "A hidden file named explicitly.");

    Collected c = read(dir, explicitHidden);

    assertThat(c.issues).isEmpty();
    assertThat(c.events).containsExactly("article m", "article z.md", "article b.txt", "article .note");
    assertThat(c.bytesDone).isEqualTo(Ingestor.countFiles(List.of(dir, explicitHidden)));
  }

  @Test
  void recordsALinkLoopAndGoesOn() throws IOException {
    write("top/story.txt", STORY);
    Files.createSymbolicLink(dir.resolve("top/back"), dir.resolve("top"));
    Files.createSymbolicLink(dir.resolve("top/self"), dir.resolve("top/self"));

    Collected c = read(dir.resolve("top"));

    assertThat(c.articles).extracting(Article::fileName).containsExactly("story.txt");
    assertThat(c.issues).extracting(ArticleIssue::kind).containsExactly(Kind.UNREADABLE, Kind.UNREADABLE);
    assertThat(c.issues.get(0).source()).endsWith("back");
    assertThat(c.issues.get(0).message()).contains("link loop");
    assertThat(c.issues.get(1).source()).endsWith("self");
  }

  @Test
  void followsLinksToFoldersOutsideTheTree() throws IOException {
    write("elsewhere/story.txt", STORY);
    Files.createDirectories(dir.resolve("tree"));
    Files.createSymbolicLink(dir.resolve("tree/link"), dir.resolve("elsewhere"));

    assertThat(read(dir.resolve("tree")).only().source()).isEqualTo(dir.resolve("tree/link/story.txt").toString());
  }

  @Test
  void recordsAMissingExplicitPathAndGoesOn() throws IOException {
    Path missing = dir.resolve("missing.txt");
    Collected c = read(missing, write("a.txt", STORY));

    assertThat(c.events).containsExactly("UNREADABLE missing.txt", "article a.txt");
    assertThat(c.issues.get(0).source()).isEqualTo(missing.toString());
  }

  @Test
  void readsStandardInputUnderTheNameGiven() {
    Collected c = new Collected();
    byte[] bytes = " date 2024-02-29 Leaders met on a leap day.".getBytes(UTF_8);

    new Ingestor(IngestOptions.defaults()).read(new ByteArrayInputStream(bytes), "-", c);

    Article a = c.only();
    assertThat(a.source()).isEqualTo("-");
    assertThat(a.pubDate()).isEqualTo(new PartialDate(2024, 2, 29));
    assertThat(a.body().of(a.text())).isEqualTo("Leaders met on a leap day.");
  }

  @Test
  void stopsReadingStandardInputJustPastTheCap() {
    Collected c = new Collected();
    ByteArrayInputStream in = new ByteArrayInputStream("y".repeat(1000).getBytes(UTF_8));

    new Ingestor(new IngestOptions(10, null, null)).read(in, "-", c);

    assertThat(c.onlyIssue().kind()).isEqualTo(Kind.TOO_LARGE);
    assertThat(c.onlyIssue().source()).isEqualTo("-");
    assertThat(in.available()).isEqualTo(1000 - 11);
  }

  @Test
  void deliversEveryGoodFileAndRecordsEveryBadOneInAMixedBatch() throws IOException {
    write("batch/01-good.txt", " date 2024-01-02 " + STORY);
    write("batch/02-empty.txt", "");
    write("batch/03-blank.txt", "   \n");
    write("batch/04-binary.bin", new byte[] {'%', 'P', 'D', 'F', '-', '1'});
    write("batch/05-large.txt", "z".repeat(500));
    write("batch/06-dup.txt", " date 2024-01-02 " + STORY);
    write("batch/07-baddate.txt", " date 2024-02-30 " + OTHER);
    write("batch/08-utf8.txt", new byte[] {'O', 'k', ' ', (byte) 0xE2, (byte) 0x82, ' ', 'y', 'e', 's'});
    write("batch/09-onlydate.txt", " date 2024-01-02 ");
    write("batch/sub/10-good.txt", "Nested good story about a treaty.");
    Files.createSymbolicLink(dir.resolve("batch/sub/11-loop"), dir.resolve("batch"));

    Collected c = read(new IngestOptions(400, null, null), dir.resolve("batch"), dir.resolve("batch/12-missing.txt"));

    assertThat(c.articles).extracting(Article::fileName)
        .containsExactly("01-good.txt", "07-baddate.txt", "08-utf8.txt", "10-good.txt");
    assertThat(c.events).containsExactly(
        "article 01-good.txt",
        "EMPTY 02-empty.txt",
        "EMPTY 03-blank.txt",
        "BINARY 04-binary.bin",
        "TOO_LARGE 05-large.txt",
        "DUPLICATE 06-dup.txt",
        "BAD_DATE 07-baddate.txt",
        "article 07-baddate.txt",
        "INVALID_UTF8 08-utf8.txt",
        "article 08-utf8.txt",
        "EMPTY 09-onlydate.txt",
        "article 10-good.txt",
        "UNREADABLE 11-loop",
        "UNREADABLE 12-missing.txt");
  }
}
