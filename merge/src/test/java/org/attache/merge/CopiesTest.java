package org.attache.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.model.ArticleFingerprint;
import org.attache.model.PartialDate;
import org.junit.jupiter.api.Test;

class CopiesTest {
  // Our own wire story, about 120 words.
  static final String STORY = "Minsk, 12 March. The defence ministers of Belarus and Zimbabwe met in Minsk on Tuesday "
      + "to review the plan of military cooperation agreed last year. The two delegations discussed the training of "
      + "Zimbabwean officers at Belarusian military academies, the supply of spare parts for transport vehicles and "
      + "a joint exercise planned for the autumn. The Belarusian minister said that his country valued the "
      + "partnership and was ready to share its experience in border security. His Zimbabwean counterpart thanked "
      + "the hosts for the warm welcome and invited a Belarusian delegation to Harare later in the year. The "
      + "ministers also signed a protocol on the exchange of military observers and agreed to meet again before "
      + "the end of the year to take stock of the progress made.";

  static final String OTHER = "Islamabad, 3 May. The foreign ministers of Pakistan and Belarus held talks in "
      + "Islamabad on trade, agriculture and the supply of tractors. They agreed to set up a working group on "
      + "industrial cooperation, to open a trade house in Lahore and to hold a business forum in Minsk in the "
      + "autumn. The Pakistani side asked for more scholarships for its students at Belarusian universities, "
      + "and the Belarusian side promised to consider the request before the next session of the joint commission.";

  @Test
  void exactRepostWithOtherCaseAndSpacingIsACopy() {
    ArticleFingerprint a = Copies.fingerprint("a", STORY);
    ArticleFingerprint b = Copies.fingerprint("b", "  " + STORY.toUpperCase().replace(" ", "  \n"));
    assertThat(a.bodyHash()).isEqualTo(b.bodyHash());
    assertThat(Copies.areCopies(a, b)).isTrue();
  }

  @Test
  void repostWithOtherBoilerplateIsANearDuplicate() {
    String repost = "Home | World | Politics\nShare on Facebook. Follow us for more news.\n" + STORY
        + "\nYou Might Also Like: Harvest festival opens in Gomel; New metro line planned in Minsk; "
        + "Ice hockey team wins the cup.\nComments (0). Rate this article: 4.5 stars. Cookies help us deliver our services.";
    ArticleFingerprint a = Copies.fingerprint("a", STORY);
    ArticleFingerprint b = Copies.fingerprint("b", repost);
    assertThat(a.bodyHash()).isNotEqualTo(b.bodyHash());
    assertThat(Copies.containment(a, b)).isGreaterThan(0.7);
    assertThat(Copies.areCopies(a, b)).isTrue();
  }

  @Test
  void truncatedRepostIsANearDuplicate() {
    ArticleFingerprint a = Copies.fingerprint("a", STORY);
    ArticleFingerprint b = Copies.fingerprint("b", STORY.substring(0, STORY.length() * 2 / 3) + " Read m");
    assertThat(Copies.areCopies(a, b)).isTrue();
  }

  @Test
  void differentStoriesAreNotCopies() {
    ArticleFingerprint a = Copies.fingerprint("a", STORY);
    ArticleFingerprint b = Copies.fingerprint("b", OTHER);
    assertThat(Copies.containment(a, b)).isLessThan(0.2);
    assertThat(Copies.areCopies(a, b)).isFalse();
  }

  @Test
  void aShortStoryQuotedWholeInALongerArticleIsNoCopy() {
    StringBuilder filler = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      filler.append("paragraph ").append(i).append(" of the weekly digest ");
    }
    String longer = OTHER + " " + STORY + " " + filler;
    ArticleFingerprint a = Copies.fingerprint("a", STORY);
    ArticleFingerprint b = Copies.fingerprint("b", longer);
    assertThat(Copies.containment(a, b)).isGreaterThan(0.7);
    assertThat(Copies.areCopies(a, b)).isFalse();
  }

  @Test
  void shortTextsAreCopiesOnlyWhenEqual() {
    ArticleFingerprint a = Copies.fingerprint("a", "Belarus and Zimbabwe met.");
    ArticleFingerprint b = Copies.fingerprint("b", "Belarus and Zimbabwe met today.");
    assertThat(Copies.areCopies(a, b)).isFalse();
    assertThat(Copies.areCopies(a, Copies.fingerprint("c", "belarus, and Zimbabwe -- met"))).isTrue();
  }

  @Test
  void originalIsTheEarliestPublishedWhateverTheOrder() {
    ArticleFingerprint orig = Copies.fingerprint("zz-original", STORY);
    ArticleFingerprint copy1 = Copies.fingerprint("aa-copy", "Breaking. " + STORY + " Share this.");
    ArticleFingerprint copy2 = Copies.fingerprint("mm-copy", STORY);
    ArticleFingerprint other = Copies.fingerprint("oo-other", OTHER);
    Map<String, PartialDate> dates = new HashMap<>();
    dates.put("zz-original", PartialDate.parse("2024-03-12"));
    dates.put("aa-copy", PartialDate.parse("2024-03-13"));
    Map<String, String> one = Copies.originals(List.of(orig, copy1, copy2, other), dates);
    Map<String, String> two = Copies.originals(List.of(other, copy2, copy1, orig), dates);
    assertThat(one).isEqualTo(two).containsExactlyInAnyOrderEntriesOf(
        Map.of("aa-copy", "zz-original", "mm-copy", "zz-original"));
  }

  // ---- the definition, written plainly, that the fast code must match

  /** A fingerprint as first defined: regex folding, shingle strings, a set of hashes, MinHash value by value. */
  private static ArticleFingerprint defined(String id, String body) {
    String s = java.text.Normalizer.normalize(body, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    List<String> words = s.isEmpty() ? List.of() : List.of(s.split(" "));
    String folded = String.join(" ", words);
    java.util.Set<Long> shingles = new java.util.HashSet<>();
    if (!words.isEmpty()) {
      if (words.size() < 5) {
        shingles.add(fnv(folded));
      }
      for (int i = 0; i + 5 <= words.size(); i++) {
        shingles.add(fnv(String.join(" ", words.subList(i, i + 5))));
      }
    }
    long seed = 0x9E3779B97F4A7C15L;
    List<Integer> sig = new java.util.ArrayList<>();
    for (int h = 0; h < 128; h++) {
      seed = mix(seed + h * 0xBF58476D1CE4E5B9L);
      int min = Integer.MAX_VALUE;
      for (long x : shingles) {
        min = Math.min(min, (int) (mix(x ^ seed) >>> 33));
      }
      sig.add(min);
    }
    return new ArticleFingerprint(id, Ids.sha256(folded), shingles.size(), sig);
  }

  private static long fnv(String s) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001B3L;
    }
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Copy groups as first defined: every pair compared, the earliest published of a group its original. */
  private static Map<String, String> everyPair(List<ArticleFingerprint> fps, Map<String, PartialDate> dates) {
    Map<String, String> root = new HashMap<>();
    fps.forEach(f -> root.put(f.articleId(), f.articleId()));
    java.util.function.UnaryOperator<String> find = new java.util.function.UnaryOperator<>() {
      @Override
      public String apply(String id) {
        String r = id;
        while (!root.get(r).equals(r)) {
          r = root.get(r);
        }
        return r;
      }
    };
    for (int i = 0; i < fps.size(); i++) {
      for (int j = i + 1; j < fps.size(); j++) {
        if (Copies.areCopies(fps.get(i), fps.get(j))) {
          root.put(find.apply(fps.get(i).articleId()), find.apply(fps.get(j).articleId()));
        }
      }
    }
    Map<String, List<String>> groups = new java.util.TreeMap<>();
    fps.forEach(f -> groups.computeIfAbsent(find.apply(f.articleId()), k -> new java.util.ArrayList<>()).add(f.articleId()));
    Map<String, String> out = new java.util.TreeMap<>();
    for (List<String> g : groups.values()) {
      g.sort(java.util.Comparator.comparing((String id) -> dates.get(id),
          java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparing(java.util.Comparator.naturalOrder()));
      g.subList(1, g.size()).forEach(id -> out.put(id, g.getFirst()));
    }
    return out;
  }

  private static final String[] PIECES = {"a", "Z", "é", "e\u0301", "İ", "ß", "ﬁ", "Ⅻ", "٣", "²", "ΣΑΣ", "σ", "ς", " ",
      "\u00a0", "\t", "\n", "-", "—", ".", ",", "'", "\u200b", "😀", "👍🏽", "שלום", "مرحبا", "ｆｕｌｌ", "中文", "\ud800",
      "\udc00", "ǅ", "ʰ", "Minsk", "Harare", "2024", "visit", "talks", "the"};

  @Test
  void fingerprintsAreTheOnesTheDefinitionGivesForAnyText() {
    java.util.Random r = new java.util.Random(20);
    List<String> texts = new java.util.ArrayList<>(List.of("", " ", "...", "one", "one two three four",
        "one two three four five", STORY, OTHER, STORY.toUpperCase(java.util.Locale.ROOT), "ΟΔΟΣ ΣΑΣ. Σ", "İstanbul"));
    for (int i = 0; i < 400; i++) {
      StringBuilder t = new StringBuilder();
      int n = r.nextInt(60);
      for (int k = 0; k < n; k++) {
        t.append(PIECES[r.nextInt(PIECES.length)]);
        if (r.nextInt(3) == 0) {
          t.append(' ');
        }
      }
      texts.add(t.toString());
    }
    for (String t : texts) {
      assertThat(Copies.fingerprint("x", t)).as("%s", t).isEqualTo(defined("x", t));
      assertThat(String.join(" ", Copies.words(t))).isEqualTo(Copies.folded(t)).isEqualTo(
          String.join(" ", java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC)
              .toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ")));
    }
  }

  /** Variants of a story, as sites re-post it: other boilerplate, a cut, other case and spacing. */
  private static String repost(String story, java.util.Random r, int n) {
    String head = "Site " + n + " | Home | World\nShare this page with friends number " + r.nextInt(1000) + ".\n";
    String body = r.nextBoolean() ? story : story.substring(0, story.length() * 3 / 4);
    return head + (r.nextBoolean() ? body.toUpperCase(java.util.Locale.ROOT) : body) + "\nRead more at site " + n + ".";
  }

  @Test
  void copyGroupsAreThoseComparingEveryPairGives() {
    java.util.Random r = new java.util.Random(3);
    List<ArticleFingerprint> fps = new java.util.ArrayList<>();
    Map<String, PartialDate> dates = new HashMap<>();
    String[] stories = {STORY, OTHER, STORY.replace("Zimbabwe", "Pakistan").replace("Harare", "Lahore")
        .replace("military", "economic"), OTHER.replace("tractors", "buses")};
    for (int i = 0; i < 60; i++) {
      String id = String.format("a%03d", r.nextInt(1000)) + "-" + i;
      fps.add(Copies.fingerprint(id, repost(stories[r.nextInt(stories.length)], r, r.nextInt(6))));
      if (r.nextInt(4) > 0) {
        dates.put(id, PartialDate.of(java.time.LocalDate.of(2024, 1, 1).plusDays(r.nextInt(30))));
      }
    }
    Map<String, String> expected = everyPair(fps, dates);
    assertThat(expected).isNotEmpty();
    assertThat(Copies.originals(fps, dates)).isEqualTo(expected);
    java.util.Collections.shuffle(fps, r);
    assertThat(Copies.originals(fps, dates)).isEqualTo(expected);
  }

  @Test
  void aStoryRepostedByManySitesIsOneGroupThoughItsBucketsAreCrowded() {
    java.util.Random r = new java.util.Random(5);
    List<ArticleFingerprint> fps = new java.util.ArrayList<>();
    int copies = Copies.CROWDED * 3;
    for (int i = 0; i < copies; i++) {
      fps.add(Copies.fingerprint(String.format("s%03d", i), repost(STORY, r, i)));
    }
    fps.add(Copies.fingerprint("other", OTHER));
    Map<String, String> originals = Copies.originals(fps, Map.of());
    assertThat(originals).hasSize(copies - 1).doesNotContainKey("other").containsValue("s000");
    assertThat(originals.values()).containsOnly("s000");
  }

  @Test
  void aFinderFedFingerprintsOrBodiesFindsTheSameCopies() {
    Copies.Finder byBody = new Copies.Finder();
    Copies.Finder byPrint = new Copies.Finder();
    java.util.Random r = new java.util.Random(9);
    for (int i = 0; i < 40; i++) {
      String text = repost(i % 2 == 0 ? STORY : OTHER, r, i % 7);
      byBody.add("b" + i, text);
      byPrint.add(Copies.fingerprint("b" + i, text));
    }
    assertThat(byBody.size()).isEqualTo(40);
    assertThat(byBody.originals(Map.of())).isEqualTo(byPrint.originals(Map.of())).hasSize(38);
  }
}
