package org.attache.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.attache.geo.Gazetteer;
import org.attache.model.Article;
import org.attache.model.Event;
import org.attache.model.EventType;
import org.attache.model.PartialDate;
import org.attache.model.Person;
import org.attache.model.Span;
import org.attache.model.Status;
import org.attache.nlp.Nlp;
import org.attache.nlp.NlpOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Extraction on short articles written for these tests, through the real annotator. */
class ExtractorTest {
  private static Nlp nlp;
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    nlp = Nlp.load(NlpOptions.defaults());
    extractor = new Extractor(Gazetteer.load());
  }

  static Extraction run(String text, String pubDate) throws Exception {
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    Article a = new Article(hash.substring(0, 16), "test.txt", text, new Span(0, text.length()),
        pubDate == null ? null : PartialDate.parse(pubDate), pubDate == null ? Article.PubDateSource.NONE : Article.PubDateSource.OPTION,
        null, null, hash);
    Extraction x = extractor.extract(nlp.annotate(a, extractor::needsParse));
    for (Event e : x.events()) {
      assertThat(e.evidence().of(text)).isEqualTo(e.evidenceText());
    }
    for (Person p : x.people()) {
      p.mentions().forEach(m -> assertThat(m.end()).isLessThanOrEqualTo(text.length()));
    }
    return x;
  }

  @Test
  void findsADirectedVisitWithItsPlaceAndAWeekdayResolvedIntoThePast() throws Exception {
    Extraction x = run("Belarusian Defence Minister Viktor Khrenin arrived in Harare on Monday for talks with "
        + "Oppah Muchinguri-Kashiri, Zimbabwe's Minister of Defence.", "2025-12-17");

    assertThat(x.events()).hasSize(1);
    Event visit = x.events().get(0);
    assertThat(visit.type()).isEqualTo(EventType.CONSULT);
    assertThat(visit.mode()).isEqualTo("visit");
    assertThat(visit.actors()).containsExactly("BLR", "ZWE");
    assertThat(visit.directed()).isTrue();
    assertThat(visit.location()).isEqualTo("Harare");
    assertThat(visit.date()).hasToString("2025-12-15");
    assertThat(visit.status()).isEqualTo(Status.OCCURRED);
    assertThat(visit.why()).containsKeys("type", "actors", "date", "status");
  }

  @Test
  void placesEventsAtTheVenuesCityAndAtTheOccasionTheyBelongTo() throws Exception {
    Extraction venue = run("Kenyan President William Ruto received Belarusian President Aleksandr Lukashenko at "
        + "State House, Nairobi on Monday.", "2023-12-12");
    assertThat(venue.events()).extracting(Event::type, Event::location)
        .contains(org.assertj.core.groups.Tuple.tuple(EventType.CONSULT, "Nairobi"));

    Extraction during = run("Aleksandr Lukashenko, the Belarusian leader, arrived in Islamabad on Monday to begin "
        + "a three-day visit to Pakistan. Pakistan and Belarus will sign a number of agreements during the visit.",
        "2024-11-25");
    assertThat(during.events()).extracting(Event::type, Event::location)
        .contains(org.assertj.core.groups.Tuple.tuple(EventType.AGREE, "Islamabad"));

    Extraction sameDay = run("Belarusian Defence Minister Viktor Khrenin and Zimbabwean Defence Minister Oppah "
        + "Muchinguri-Kashiri signed an agreement on military training. The two ministers met during a visit by the "
        + "Belarusian delegation to Harare.", null);
    assertThat(sameDay.events()).extracting(Event::type, Event::location)
        .contains(org.assertj.core.groups.Tuple.tuple(EventType.AGREE, "Harare"));
  }

  @Test
  void readsRolesAndCountriesOnBothSidesOfAName() throws Exception {
    Extraction x = run("Belarusian Defence Minister Viktor Khrenin arrived in Harare on Monday for talks with "
        + "Oppah Muchinguri-Kashiri, Zimbabwe's Minister of Defence. Khrenin laid a wreath.", "2025-12-17");

    assertThat(x.people()).extracting(Person::name, Person::country, Person::role).contains(
        org.assertj.core.groups.Tuple.tuple("Viktor Khrenin", "BLR", "Minister of Defence"),
        org.assertj.core.groups.Tuple.tuple("Oppah Muchinguri-Kashiri", "ZWE", "Minister of Defence"));
    Person khrenin = x.people().stream().filter(p -> p.name().equals("Viktor Khrenin")).findFirst().orElseThrow();
    assertThat(khrenin.aliases()).contains("Khrenin");
    assertThat(khrenin.mentions()).hasSize(2);
  }

  @Test
  void attachesTheMinisterToTheLastMinisterNamed() throws Exception {
    String text = "Belarusian Defence Minister Viktor Khrenin arrived in Harare on Monday. "
        + "The minister laid a wreath at the National Heroes Acre.";
    Extraction x = run(text, "2025-12-17");
    Person khrenin = x.people().stream().filter(p -> p.name().equals("Viktor Khrenin")).findFirst().orElseThrow();
    assertThat(khrenin.mentions()).extracting(m -> m.of(text)).contains("The minister");
  }

  @Test
  void resolvesYesterdayAndKeepsFutureSigningsPlanned() throws Exception {
    Extraction x = run("Pakistan and Belarus signed a memorandum of understanding on agricultural machinery yesterday. "
        + "Belarus will sign a trade agreement with Pakistan next year.", "2024-11-26");

    assertThat(x.events()).extracting(Event::type, e -> String.valueOf(e.date()), Event::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple(EventType.AGREE, "2024-11-25", Status.OCCURRED),
        org.assertj.core.groups.Tuple.tuple(EventType.AGREE, "2025", Status.PLANNED));
    assertThat(x.events().get(0).sectors()).extracting(Enum::name).contains("AGRICULTURE");
  }

  @Test
  void leavesRelativeDatesUnresolvedWithoutAPublicationDate() throws Exception {
    Extraction x = run("Pakistan and Belarus signed a memorandum of understanding yesterday.", null);
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.date()).isNull());
  }

  @Test
  void findsNoEventInPageFurniture() throws Exception {
    Extraction x = run("You Might Also Like\n\nComments\n\nWe use cookies to improve your visit to Belarus and Zimbabwe.", "2025-01-01");
    assertThat(x.events()).isEmpty();
  }

  @Test
  void givesUnlabelledOfficialsTheCountryOfTheDateline() throws Exception {
    Extraction x = run("HARARE: President Emmerson Mnangagwa received Belarusian Prime Minister Roman Golovchenko in his "
        + "office on Tuesday. Foreign Minister Frederick Shava also attended.", "2024-03-14");

    assertThat(x.people()).extracting(Person::name, Person::country).contains(
        org.assertj.core.groups.Tuple.tuple("Emmerson Mnangagwa", "ZWE"),
        org.assertj.core.groups.Tuple.tuple("Frederick Shava", "ZWE"),
        org.assertj.core.groups.Tuple.tuple("Roman Golovchenko", "BLR"));
  }

  @Test
  void findsTheDatelineBelowAPhotoCaption() throws Exception {
    Extraction x = run("Belarusian Prime Minister Roman Golovchenko and his host at State House. Photo: The Herald\n\n"
        + "HARARE: Belarus and Zimbabwe signed a memorandum on mining on Tuesday. Prime Minister Golovchenko later met "
        + "Deputy President Constantino Chiwenga.", "2024-03-14");

    assertThat(x.people()).extracting(Person::name, Person::country).contains(
        org.assertj.core.groups.Tuple.tuple("Constantino Chiwenga", "ZWE"));
  }

  @Test
  void givesUnlabelledOfficialsTheCountryNobodyIsIntroducedWith() throws Exception {
    Extraction x = run("Prime Minister Shehbaz Sharif welcomed Belarusian President Aleksandr Lukashenko. "
        + "Pakistan and Belarus signed a roadmap on trade. Pakistan hopes to sell rice to Belarus.", "2024-11-26");

    assertThat(x.people()).extracting(Person::name, Person::country).contains(
        org.assertj.core.groups.Tuple.tuple("Shehbaz Sharif", "PAK"),
        org.assertj.core.groups.Tuple.tuple("Aleksandr Lukashenko", "BLR"));
  }

  @Test
  void findsNoEventInGenericConditionalOrUnattributedMentions() throws Exception {
    Extraction x = run("The ministers praised the high-level visits between Belarus and Kenya. "
        + "Nobody said if Belarus had delivered the tractors to Kenya. "
        + "Kenya and Belarus face sanctions imposed by Western countries.", "2024-03-14");

    assertThat(x.events()).extracting(Event::type).doesNotContain(EventType.CONSULT, EventType.COOPERATE, EventType.SANCTION);
  }

  @Test
  void theHostOfAVisitIsTheOneWhoInvites() throws Exception {
    Extraction x = run("Zimbabwe's Foreign Minister Frederick Shava extended an invitation for Belarusian President "
        + "Aleksandr Lukashenko to visit Zimbabwe.", "2024-03-14");

    Event invite = x.events().stream().filter(e -> e.type() == EventType.REQUEST).findFirst().orElseThrow();
    assertThat(invite.actors()).containsExactly("ZWE", "BLR");
  }

  @Test
  void aVisitBySomeoneToSomewhereHasTheVisitorFirstAndItsOwnDate() throws Exception {
    Extraction x = run("A Zimbabwe-Belarus Business Forum opened in Harare on the anniversary of a state visit "
        + "to Zimbabwe by the Belarusian leader Aleksandr Lukashenko in January 2023.", "2024-03-14");

    Event visit = x.events().stream().filter(e -> e.mode().equals("visit")).findFirst().orElseThrow();
    assertThat(visit.actors()).containsExactly("BLR", "ZWE");
    assertThat(visit.date()).hasToString("2023-01");
    x.events().stream().filter(e -> e.type() == EventType.COOPERATE)
        .forEach(forum -> assertThat(forum.date()).as("the forum is not dated by the visit").isNotEqualTo(PartialDate.parse("2023-01")));
  }

  @Test
  void firstPersonInAQuotationIsTheSpeakersCountry() throws Exception {
    Extraction x = run("Zimbabwe's Defence Minister Oppah Muchinguri-Kashiri thanked her hosts. "
        + "“We signed an agreement on military training with Belarus last year,” Muchinguri-Kashiri said.", "2025-12-17");

    Event signing = x.events().stream().filter(e -> e.type() == EventType.AGREE).findFirst().orElseThrow();
    assertThat(signing.actors()).containsExactlyInAnyOrder("ZWE", "BLR");
    assertThat(signing.date()).hasToString("2024");
  }

  @Test
  void givesCoordinatedNamesTheirCountriesInOrder() throws Exception {
    Extraction x = run("The talks were chaired by the Belarusian and Pakistani Foreign Ministers Maxim Ryzhenkov and "
        + "Ishaq Dar in Minsk.", "2024-11-26");

    assertThat(x.people()).extracting(Person::name, Person::country, Person::role).contains(
        org.assertj.core.groups.Tuple.tuple("Maxim Ryzhenkov", "BLR", "Minister of Foreign Affairs"),
        org.assertj.core.groups.Tuple.tuple("Ishaq Dar", "PAK", "Minister of Foreign Affairs"));
  }

  @Test
  void knowsTheCountryOfLeadersTheTextDoesNotIntroduce() throws Exception {
    Extraction x = run("Putin and Mnangagwa spoke about grain deliveries at the summit.", "2024-07-25");

    assertThat(x.people()).extracting(Person::name, Person::country).contains(
        org.assertj.core.groups.Tuple.tuple("Putin", "RUS"),
        org.assertj.core.groups.Tuple.tuple("Mnangagwa", "ZWE"));
  }

  @Test
  void makesOneMeetingPerCountryOfACoordinatedList() throws Exception {
    Extraction x = run("In Minsk, President Aleksandr Lukashenko held talks with Vietnamese Prime Minister Pham Minh Chinh, "
        + "Laotian President Thongloun Sisoulith and Cuban President Miguel Diaz-Canel.", "2024-07-25");

    assertThat(x.events()).filteredOn(e -> e.type() == EventType.CONSULT)
        .extracting(e -> java.util.Set.copyOf(e.actors()))
        .containsExactlyInAnyOrder(java.util.Set.of("BLR", "VNM"), java.util.Set.of("BLR", "LAO"), java.util.Set.of("BLR", "CUB"));
  }

  @Test
  void makesOneCriticismPerCriticWhenTwoCriticiseTogether() throws Exception {
    Extraction x = run("At a joint briefing in Minsk, Lukashenko and Putin condemned the sanctions policy of the European Union.",
        "2024-07-25");

    assertThat(x.events()).filteredOn(e -> e.type() == EventType.ACCUSE).extracting(Event::actors)
        .containsExactlyInAnyOrder(java.util.List.of("BLR", "EU"), java.util.List.of("RUS", "EU"));
  }

  @Test
  void readsRolesOfCounterpartsAndOfNamesListedByCountry() throws Exception {
    Extraction x = run("Belarusian Foreign Minister Maxim Ryzhenkov met his Kenyan counterpart Musalia Mudavadi in Nairobi. "
        + "The memorandum was signed by the trade ministers of Kenya, Lee Kinyanjui, and Belarus, Alexei Bogdanov.", "2024-07-25");

    assertThat(x.people()).extracting(Person::name, Person::country, Person::role).contains(
        org.assertj.core.groups.Tuple.tuple("Musalia Mudavadi", "KEN", "Minister of Foreign Affairs"),
        org.assertj.core.groups.Tuple.tuple("Lee Kinyanjui", "KEN", "Minister of Trade"),
        org.assertj.core.groups.Tuple.tuple("Alexei Bogdanov", "BLR", "Minister of Trade"));
  }

  @Test
  void keepsAnEarlierMeetingApartFromTheVisitReported() throws Exception {
    Extraction x = run("Belarusian Foreign Minister Maxim Ryzhenkov arrived in Islamabad on Monday. "
        + "The ministers of Pakistan and Belarus recalled their last meeting in New York.", "2024-11-26");

    assertThat(x.events()).extracting(Event::mode).contains("visit", "meet");
  }

  @Test
  void datesASigningByTheVisitItReportsOn() throws Exception {
    Extraction x = run("Belarusian President Aleksandr Lukashenko paid a state visit to Zimbabwe in January 2023. "
        + "Officials in Harare said the visit by the Belarusian leader culminated in the signing of several memoranda.", "2023-05-18");

    Event signing = x.events().stream().filter(e -> e.type() == EventType.AGREE).findFirst().orElseThrow();
    assertThat(signing.actors()).containsExactlyInAnyOrder("BLR", "ZWE");
    assertThat(signing.date()).hasToString("2023-01");
  }

  @Test
  void theOneWhoIsHostedWasInvitedByTheHost() throws Exception {
    Extraction x = run("Prime Minister Roman Golovchenko of Belarus, who is in Uganda on a working trip at the invitation "
        + "of his host, met President Yoweri Museveni.", "2025-02-21");

    Event invite = x.events().stream().filter(e -> e.type() == EventType.REQUEST).findFirst().orElseThrow();
    assertThat(invite.actors()).containsExactly("UGA", "BLR");
  }

  @Test
  void aRefusalIsARejectionButRefusingToSpeakIsNoAct() throws Exception {
    Extraction x = run("Poland refused to reopen the border crossing with Belarus. Zimbabwe refused to condemn Russia.", "2024-07-25");

    assertThat(x.events()).filteredOn(e -> e.type() == EventType.REJECT).extracting(Event::actors)
        .containsExactly(java.util.List.of("POL", "BLR"));
  }

  @Test
  void talksDuringAVisitArePartOfTheVisit() throws Exception {
    Extraction x = run("Belarusian Defence Minister Viktor Khrenin arrived in Harare on Monday. On Tuesday he held talks with "
        + "Zimbabwe's Defence Minister Oppah Muchinguri-Kashiri.", "2025-12-17");

    assertThat(x.events()).filteredOn(e -> e.type() == EventType.CONSULT).extracting(Event::mode).containsExactly("visit");
  }

  @Test
  void aMonthOfThatYearIsInTheYearNamedBefore() throws Exception {
    Extraction x = run("Belarusian President Aleksandr Lukashenko paid a state visit to Zimbabwe in January 2023. "
        + "Zimbabwe's Defence Minister Oppah Muchinguri-Kashiri met Belarusian Defence Minister Viktor Khrenin in Minsk "
        + "in May of that year.", "2025-12-17");

    Event meeting = x.events().stream().filter(e -> e.mode().equals("meet")).findFirst().orElseThrow();
    assertThat(meeting.date()).hasToString("2023-05");
  }

  @Test
  void yearsAgoNameAYearNotADay() throws Exception {
    Extraction x = run("Belarus and Zimbabwe signed a memorandum on mining two years ago.", "2025-12-17");

    assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.date()).hasToString("2023"));
  }
}
