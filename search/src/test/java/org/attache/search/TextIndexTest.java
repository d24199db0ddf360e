package org.attache.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextIndexTest {
  @TempDir Path dir;

  private static final TextIndex.Version V1 = new TextIndex.Version("store-a", 1, "t1");

  private static List<String> ids(List<TextIndex.Hit> hits) {
    return hits.stream().map(TextIndex.Hit::id).toList();
  }

  private static void fill(TextIndex index) {
    try (TextIndex.Writer w = index.writer(Duration.ZERO).orElseThrow()) {
      w.put("short", "Belarus sent tractors.", "k3");
      w.put("twice", "Tractors and more tractors went from Belarus to Zimbabwe by rail this spring.", "k2");
      w.put("long", "Belarus and Zimbabwe discussed many matters at length, among them tractors, in a long meeting.", "k1");
      w.put("none", "Pakistan and Belarus held talks.", "k0");
      w.commit(V1);
    }
  }

  @Test
  void findsTheTextsWithEveryWordBestFirstByBm25() {
    try (TextIndex index = TextIndex.open(dir.resolve("ix"))) {
      assertThat(index.version()).isEmpty();
      assertThat(index.search(TextQuery.parse("tractors"), 10)).isEmpty();
      fill(index);
      assertThat(index.version()).contains(V1);
      assertThat(index.size()).isEqualTo(4);
      List<TextIndex.Hit> hits = index.search(TextQuery.parse("TRACTORS belarus"), 10);
      assertThat(ids(hits)).containsExactly("short", "twice", "long");
      assertThat(hits).extracting(TextIndex.Hit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
      assertThat(ids(index.search(TextQuery.parse("tractors belarus"), 2))).containsExactly("short", "twice");
      assertThat(ids(index.search(TextQuery.parse("zimbabwe trac*"), 10))).containsExactlyInAnyOrder("twice", "long");
      assertThat(ids(index.search(TextQuery.parse("tractors pakistan"), 10))).isEmpty();
    }
  }

  @Test
  void indexesAndFindsATextWithAWordFarLongerThanLuceneTakes() {
    String blob = "Zq".repeat(50_000);
    try (TextIndex index = TextIndex.open(dir.resolve("ix"))) {
      try (TextIndex.Writer w = index.writer(Duration.ZERO).orElseThrow()) {
        w.put("blob", "A payload " + blob + " arrived.", "k");
        w.commit(V1);
      }
      index.version();
      assertThat(ids(index.search(TextQuery.parse(blob.toLowerCase(java.util.Locale.ROOT) + " payload"), 5)))
          .containsExactly("blob");
    }
  }

  @Test
  void ordersTextsOfEqualRelevanceByTheirTieKey() {
    try (TextIndex index = TextIndex.open(dir.resolve("ix"))) {
      try (TextIndex.Writer w = index.writer(Duration.ZERO).orElseThrow()) {
        for (String key : List.of("b", "a\u0000z", "ab", "a\u00001", "c")) {
          w.put("id-" + key, "The same words.", key);
        }
        w.commit(V1);
      }
      index.version();
      assertThat(ids(index.search(TextQuery.parse("same"), 10)))
          .containsExactly("id-a\u00001", "id-a\u0000z", "id-ab", "id-b", "id-c");
    }
  }

  @Test
  void keepsTheBestTextsInOrderWhenManyTieAcrossSegmentsAndChanges() {
    Random r = new Random(4);
    String[] words = {"alpha", "beta", "gamma", "delta"};
    try (TextIndex index = TextIndex.open(dir.resolve("ix"))) {
      for (int round = 0; round < 12; round++) { // a commit each: several segments, tie keys interleaved across them
        try (TextIndex.Writer w = index.writer(Duration.ZERO).orElseThrow()) {
          for (int i = 0; i < 60; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 2 + r.nextInt(3); n > 0; n--) { // few lengths and words: many equal scores
              text.append(words[r.nextInt(words.length)]).append(' ');
            }
            String id = "d" + r.nextInt(400); // some replace an earlier text
            String key = (char) ('a' + r.nextInt(26)) + "" + (char) ('a' + r.nextInt(26)) + "\0" + id;
            w.put(id, text.toString(), key);
          }
          w.delete("d" + r.nextInt(400));
          w.commit(new TextIndex.Version("store-a", round, "t"));
        }
      }
      index.version();
      for (String q : List.of("alpha", "alpha beta", "gam*", "delta alpha gamma")) {
        List<TextIndex.Hit> all = index.search(TextQuery.parse(q), 100_000); // no text left out: nothing to skip
        assertThat(all).as(q).hasSizeGreaterThan(30).extracting(TextIndex.Hit::score)
            .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(index.search(TextQuery.parse(q), Integer.MAX_VALUE)).isEqualTo(all);
        for (int k : List.of(1, 2, 3, 5, 8, 13, 21, 34)) {
          assertThat(index.search(TextQuery.parse(q), k)).as(q + " top " + k).isEqualTo(all.subList(0, k));
        }
      }
    }
  }

  @Test
  void startsAfreshInAnIndexWhoseTextsAreNotInTieKeyOrder() throws Exception {
    Path folder = dir.resolve("ix");
    try (var d = org.apache.lucene.store.FSDirectory.open(folder); var w = new org.apache.lucene.index.IndexWriter(d,
        new org.apache.lucene.index.IndexWriterConfig())) { // as the first Lucene index of evidence was written
      w.addDocument(List.of(new org.apache.lucene.document.TextField("text", "Minsk.", org.apache.lucene.document.Field.Store.NO)));
      w.setLiveCommitData(java.util.Map.of("owner", "store-a", "version", "1", "tag", "t1").entrySet());
      w.commit();
    }
    try (TextIndex index = TextIndex.open(folder)) {
      assertThat(index.version()).as("rebuilt by its owner").isEmpty();
      fill(index);
      assertThat(index.version()).contains(V1);
      assertThat(ids(index.search(TextQuery.parse("tractors belarus"), 2))).containsExactly("short", "twice");
    }
  }

  @Test
  void replacesAndDeletesTextsByIdAndShowsChangesOnlyOnceCommitted() {
    try (TextIndex index = TextIndex.open(dir.resolve("ix"))) {
      fill(index);
      index.version();
      try (TextIndex.Writer w = index.writer(Duration.ZERO).orElseThrow()) {
        w.put("short", "Belarus sent grain.", "k3");
        w.delete("long");
        w.delete("never-there");
        assertThat(index.version()).contains(V1);
        assertThat(ids(index.search(TextQuery.parse("tractors"), 10))).contains("short", "long");
        w.commit(new TextIndex.Version("store-a", 2, "t2"));
      }
      assertThat(index.version()).contains(new TextIndex.Version("store-a", 2, "t2"));
      assertThat(ids(index.search(TextQuery.parse("tractors"), 10))).containsExactly("twice");
      assertThat(ids(index.search(TextQuery.parse("grain"), 10))).containsExactly("short");
      try (TextIndex.Writer w = index.writer(Duration.ZERO).orElseThrow()) {
        w.put("gone", "Tractors again.", "k9");
        // closed without a commit: dropped
      }
      assertThat(index.version()).contains(new TextIndex.Version("store-a", 2, "t2"));
      assertThat(ids(index.search(TextQuery.parse("tractors"), 10))).containsExactly("twice");
      try (TextIndex.Writer w = index.writer(Duration.ZERO).orElseThrow()) {
        w.clear();
        w.commit(new TextIndex.Version("store-b", 0, "t0"));
      }
      assertThat(index.version()).contains(new TextIndex.Version("store-b", 0, "t0"));
      assertThat(index.size()).isZero();
    }
  }

  @Test
  void findsATextOfPartsByWordsInAnyPartAndWeighsEachPartsWords() {
    try (TextIndex index = TextIndex.open(dir.resolve("ix"))) {
      try (TextIndex.Writer w = index.writer(Duration.ZERO).orElseThrow()) {
        String body = "Officials of both sides met in Minsk and spoke at length about tractors and grain.";
        w.put("titled", List.of(new TextIndex.Part("Tractors", 5), new TextIndex.Part(body.replace("tractors", "trucks"), 1)), "k1");
        w.put("plain", List.of(new TextIndex.Part("Minsk news", 5), new TextIndex.Part(body, 1)), "k0");
        w.put("once", List.of(new TextIndex.Part("Tractors", 1), new TextIndex.Part(body.replace("tractors", "trucks"), 1)), "k2");
        w.commit(V1);
      }
      index.version();
      assertThat(ids(index.search(TextQuery.parse("tractors"), 10))).as("the title's word counts 5 times")
          .containsExactlyInAnyOrder("titled", "plain", "once").first().isEqualTo("titled");
      assertThat(ids(index.search(TextQuery.parse("tractors trucks"), 10))).as("a word of each part")
          .containsExactly("titled", "once");
      assertThat(ids(index.search(TextQuery.parse("tractors news"), 10))).containsExactly("plain");
    }
    assertThatThrownBy(() -> new TextIndex.Part("x", 0)).hasMessageContaining("weight 0");
    assertThatThrownBy(() -> new TextIndex.Part("x", TextIndex.Part.MAX_WEIGHT + 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void letsOneWriterAtATimeAndShowsItsCommitsToOtherInstances() {
    try (TextIndex one = TextIndex.open(dir.resolve("ix")); TextIndex two = TextIndex.open(dir.resolve("ix"))) {
      try (TextIndex.Writer w = one.writer(Duration.ZERO).orElseThrow()) {
        assertThat(two.writer(Duration.ofMillis(100))).isEmpty();
        w.put("x", "Minsk.", "k");
        w.commit(V1);
      }
      assertThat(two.version()).contains(V1);
      assertThat(ids(two.search(TextQuery.parse("minsk"), 5))).containsExactly("x");
      Optional<TextIndex.Writer> free = two.writer(Duration.ZERO);
      assertThat(free).isPresent();
      free.get().close();
    }
  }

  @Test
  void startsAfreshInAFolderItCannotRead() throws Exception {
    Path folder = dir.resolve("ix");
    try (TextIndex index = TextIndex.open(folder)) {
      fill(index);
    }
    try (var files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
        Files.writeString(f, "not an index");
      }
    }
    try (TextIndex index = TextIndex.open(folder)) {
      assertThat(index.version()).isEmpty();
      try (TextIndex.Writer w = index.writer(Duration.ZERO).orElseThrow()) {
        w.put("y", "Harare.", "k");
        w.commit(V1);
      }
      assertThat(index.version()).contains(V1);
      assertThat(index.size()).isEqualTo(1);
    }
  }
}
