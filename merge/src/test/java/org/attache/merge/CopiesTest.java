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
}
