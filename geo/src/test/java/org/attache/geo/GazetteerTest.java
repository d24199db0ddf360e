package org.attache.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.load();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '=', value = {
      "Belarus=BLR", "Republic of Belarus=BLR", "Belarusian=BLR", "Belorussian=BLR", "Byelorussian=BLR", "Belarusians=BLR",
      "Zimbabwe=ZWE", "Republic of Zimbabwe=ZWE", "Zimbabwean=ZWE", "Zimbabweans=ZWE",
      "Pakistan=PAK", "Pakistani=PAK", "Pakistanis=PAK", "Islamic Republic of Pakistan=PAK",
      "China=CHN", "People's Republic of China=CHN", "Chinese=CHN", "PRC=CHN",
      "Russia=RUS", "Russian Federation=RUS", "Russian=RUS", "Russians=RUS",
      "North Korea=PRK", "DPRK=PRK", "North Korean=PRK", "Democratic People's Republic of Korea=PRK",
      "South Korea=KOR", "Republic of Korea=KOR", "South Korean=KOR",
      "United States=USA", "US=USA", "U.S.=USA", "USA=USA", "America=USA", "American=USA", "Americans=USA",
      "United Kingdom=GBR", "UK=GBR", "Britain=GBR", "Great Britain=GBR", "British=GBR",
      "Iran=IRN", "Islamic Republic of Iran=IRN", "Iranian=IRN",
      "Venezuela=VEN", "Venezuelan=VEN", "Kenya=KEN", "Kenyan=KEN", "Uganda=UGA", "Ugandan=UGA",
      "Congo=COG", "Republic of the Congo=COG", "Congo-Brazzaville=COG",
      "DR Congo=COD", "DRC=COD", "Democratic Republic of the Congo=COD", "Democratic Republic of Congo=COD",
      "Türkiye=TUR", "Turkey=TUR", "Czechia=CZE", "Czech Republic=CZE", "Ivory Coast=CIV", "Côte d'Ivoire=CIV",
      "Emirati=ARE", "Kyrgyz=KGZ", "Azerbaijani=AZE", "Azeri=AZE", "Vietnam=VNM", "Laos=LAO", "Moldova=MDA",
      "Syria=SYR", "Bolivia=BOL", "Tanzania=TZA", "Kosovo=XKX"})
  void mapsCountryNamesAliasesAndDemonymsToAlpha3(String phrase, String code) {
    assertThat(GAZETTEER.actorCode(phrase)).contains(code);
  }

  @Test
  void leavesCongoleseAmbiguousBetweenTheTwoCongos() {
    assertThat(GAZETTEER.actorCode("Congolese")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"us", "Us", "uk", "china", "turkey", "chad", "the", "", "   ", "Of", "Nice", "Reading", "Male", "Victoria"})
  void findsNoActorInOrdinaryWords(String phrase) {
    assertThat(GAZETTEER.actorCode(phrase)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '=', value = {
      "Zimbabwe's=ZWE", "Zimbabwe’s=ZWE", "Belarus'=BLR", "Belarus’=BLR", "China's=CHN", "the United States'=USA",
      "America's=USA", "NATO's=NATO", "the Philippines'=PHL"})
  void readsPossessivesAsTheirCountry(String phrase, String code) {
    assertThat(GAZETTEER.actorCode(phrase)).contains(code);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '=', value = {
      "Minsk=BLR", "Harare=ZWE", "Islamabad=PAK", "Beijing=CHN", "Moscow=RUS", "Pyongyang=PRK", "Seoul=KOR",
      "Washington=USA", "Tehran=IRN", "Caracas=VEN", "Nairobi=KEN", "Kampala=UGA", "Kinshasa=COD", "Brazzaville=COG",
      "London=GBR", "Kyiv=UKR", "Kiev=UKR", "Bogota=COL", "Bogotá=COL"})
  void readsCapitalsAsTheirGovernment(String phrase, String code) {
    assertThat(GAZETTEER.actorCode(phrase)).contains(code);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '=', value = {
      "United Nations=UN", "UN=UN", "U.N.=UN", "the United Nations=UN", "European Union=EU", "the European Union=EU",
      "EU=EU", "NATO=NATO", "Nato=NATO", "Shanghai Cooperation Organisation=SCO", "SCO=SCO", "CSTO=CSTO", "CIS=CIS",
      "Eurasian Economic Union=EAEU", "African Union=AU", "SADC=SADC", "BRICS=BRICS", "ASEAN=ASEAN", "OSCE=OSCE",
      "IAEA=IAEA", "World Health Organization=WHO", "IMF=IMF", "World Bank=WB", "OPEC=OPEC", "ECOWAS=ECOWAS",
      "Gulf Cooperation Council=GCC", "Arab League=LAS"})
  void mapsOrganisationsToTheirShortCode(String phrase, String code) {
    assertThat(GAZETTEER.actorCode(phrase)).contains(code);
  }

  @Test
  void doesNotTakeEuropeanForTheEuropeanUnion() {
    assertThat(GAZETTEER.actorCode("European")).isEmpty();
    assertThat(GAZETTEER.actorCode("who")).isEmpty();
  }

  @Test
  void toleratesSurroundingSpaceAndALeadingThe() {
    assertThat(GAZETTEER.actorCode("  the   United\nStates ")).contains("USA");
    assertThat(GAZETTEER.actorCode("The Netherlands")).contains("NLD");
  }

  @Test
  void returnsFullCountryRecords() {
    Country blr = GAZETTEER.country("BLR").orElseThrow();
    assertThat(blr.alpha2()).isEqualTo("BY");
    assertThat(blr.name()).isEqualTo("Belarus");
    assertThat(blr.names()).contains("Belarus", "Republic of Belarus");
    assertThat(blr.demonyms()).containsExactly("Belarusian");
    assertThat(blr.capital()).isEqualTo("Minsk");
    assertThat(blr.lat()).isEqualTo(53.0);
    assertThat(blr.lon()).isEqualTo(28.0);
    assertThat(GAZETTEER.country("ZWE").orElseThrow().demonyms()).contains("Zimbabwean");
    assertThat(GAZETTEER.country("blr")).isEmpty();
    assertThat(GAZETTEER.country("XXX")).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource({
      "Minsk, BLR, CAPITAL", "Harare, ZWE, CAPITAL", "Islamabad, PAK, CAPITAL", "Beijing, CHN, CAPITAL",
      "New York, USA, CITY", "Washington, USA, CAPITAL", "Moscow, RUS, CAPITAL", "Hyderabad, IND, CITY",
      "Karachi, PAK, CITY", "Bulawayo, ZWE, CITY", "Gomel, BLR, CITY", "Belarus, BLR, COUNTRY", "the Congo, COG, COUNTRY",
      "Kuwait, KWT, COUNTRY", "Male, MDV, CAPITAL", "Astana, KAZ, CAPITAL"})
  void resolvesPlacesToTheMostPopulousNamesake(String name, String country, Place.Kind kind) {
    Place place = GAZETTEER.place(name).orElseThrow();
    assertThat(place.countryAlpha3()).isEqualTo(country);
    assertThat(place.kind()).isEqualTo(kind);
  }

  @Test
  void givesCityCoordinatesAndPopulation() {
    Place minsk = GAZETTEER.place("Minsk").orElseThrow();
    assertThat(minsk.name()).isEqualTo("Minsk");
    assertThat(minsk.lat()).isBetween(53.8, 54.0);
    assertThat(minsk.lon()).isBetween(27.4, 27.7);
    assertThat(minsk.population()).isGreaterThan(1_000_000);
    assertThat(GAZETTEER.place("Nowhereville")).isEmpty();
  }

  @Test
  void findsCountriesDemonymsCapitalsAndOrganisationsWithExactOffsets() {
    String text = "Belarusian President Alexander Lukashenko met Zimbabwe's President in Minsk, "
        + "where Belarus’ ties with Harare and the U.S. were discussed; the SCO and the United Nations welcomed it.";
    List<GeoMatch> matches = GAZETTEER.find(text);
    assertThat(matches).extracting(GeoMatch::text, GeoMatch::code, GeoMatch::kind).containsExactly(
        tuple("Belarusian", "BLR", MatchKind.DEMONYM),
        tuple("Zimbabwe's", "ZWE", MatchKind.COUNTRY_NAME),
        tuple("Minsk", "BLR", MatchKind.CAPITAL),
        tuple("Belarus’", "BLR", MatchKind.COUNTRY_NAME),
        tuple("Harare", "ZWE", MatchKind.CAPITAL),
        tuple("U.S.", "USA", MatchKind.COUNTRY_NAME),
        tuple("SCO", "SCO", MatchKind.ORGANISATION),
        tuple("United Nations", "UN", MatchKind.ORGANISATION));
    for (GeoMatch m : matches) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    assertThat(matches.get(0).start()).isZero();
    assertThat(matches.get(1).start()).isEqualTo(text.indexOf("Zimbabwe's"));
  }

  @Test
  void prefersTheLongestNameAndKeepsMatchesApart() {
    String text = "The Democratic Republic of the Congo and the Republic of the Congo, DR Congo and Congo, "
        + "Pakistani and Chinese officials in Karachi, New York and Shanghai; South Korea, North Korean troops.";
    assertThat(GAZETTEER.find(text)).extracting(GeoMatch::text, GeoMatch::code).containsExactly(
        tuple("Democratic Republic of the Congo", "COD"), tuple("Republic of the Congo", "COG"),
        tuple("DR Congo", "COD"), tuple("Congo", "COG"), tuple("Pakistani", "PAK"), tuple("Chinese", "CHN"),
        tuple("Karachi", "PAK"), tuple("New York", "USA"), tuple("Shanghai", "CHN"), tuple("South Korea", "KOR"),
        tuple("North Korean", "PRK"));
  }

  @Test
  void matchesOnlyAtWordBoundaries() {
    assertThat(GAZETTEER.find("Chinatown, Irani, USB ports, EUR, UNICEF, Perus, Indiana, Turkeys, Chadwick")).isEmpty();
    assertThat(GAZETTEER.find("an Omani-run port")).extracting(GeoMatch::text, GeoMatch::code).containsExactly(tuple("Omani", "OMN"));
    assertThat(GAZETTEER.find("Russia-Ukraine talks")).extracting(GeoMatch::code).containsExactly("RUS", "UKR");
  }

  @Test
  void findsNoPlacesInOrdinaryEnglish() {
    String text = "Most of us read it. Split the bill; a mobile phone is nice. Reading is fun, said the male nurse. "
        + "Nice work! Victoria and Hamilton went to the valley. Of course, Male voters. Let us sale it. "
        + "It will split. Mobile units, who knows, the sale of a perm. IT staff, AS IS, IN ALL CAPS, "
        + "Rosario Murillo, Charlotte and Douglas said so.";
    assertThat(GAZETTEER.find(text)).isEmpty();
  }

  @Test
  void skipsCountryNamesInsideOtherPlaceNames() {
    String text = "Governors of New Jersey and New Mexico flew over the Indian Ocean to Latin American and "
        + "Northern Ireland leaders, then to Jersey and Mexico.";
    assertThat(GAZETTEER.find(text)).extracting(GeoMatch::text, GeoMatch::code).containsExactly(
        tuple("Northern Ireland", "GBR"), tuple("Jersey", "JEY"), tuple("Mexico", "MEX"));
  }

  @Test
  void findsNothingInEmptyOrSymbolText() {
    assertThat(GAZETTEER.find("")).isEmpty();
    assertThat(GAZETTEER.find("'s ’ 🙂 \u202E ...")).isEmpty();
  }

  @Test
  void findHandlesNamesAtTheEndsOfTheText() {
    assertThat(GAZETTEER.find("Belarus")).extracting(GeoMatch::start, GeoMatch::end).containsExactly(tuple(0, 7));
    assertThat(GAZETTEER.find("to Belarus'")).extracting(GeoMatch::text).containsExactly("Belarus'");
    assertThat(GAZETTEER.find("with the U.S.")).extracting(GeoMatch::text).containsExactly("U.S.");
  }
}
