package org.attache.bench;

import java.util.List;
import java.util.Random;

/** The invented cast of the synthetic articles and events: countries with capitals, demonyms and officials. */
final class World {
  /** A country as the templates need it; the officials' names are invented. */
  record Country(String code, String name, String demonym, String capital, List<String> officials) {}

  static final List<Country> COUNTRIES = List.of(
      new Country("BLR", "Belarus", "Belarusian", "Minsk", List.of("Anton Verasovich", "Iryna Kalinskaya", "Pavel Dubrouski")),
      new Country("ZWE", "Zimbabwe", "Zimbabwean", "Harare", List.of("Tendai Mushore", "Rudo Chikowore", "Farai Ndlovu")),
      new Country("PAK", "Pakistan", "Pakistani", "Islamabad", List.of("Imran Qureshan", "Sadia Malikzai", "Tariq Hassanzada")),
      new Country("CHN", "China", "Chinese", "Beijing", List.of("Li Weiran", "Zhao Minhua", "Chen Boqiang")),
      new Country("RUS", "Russia", "Russian", "Moscow", List.of("Oleg Varlamov", "Nadezhda Pimenova", "Sergei Ovchinin")),
      new Country("PRK", "North Korea", "North Korean", "Pyongyang", List.of("Ri Chol-nam", "Kim Song-ae", "Pak Myong-su")),
      new Country("IRN", "Iran", "Iranian", "Tehran", List.of("Hamid Rezaeifar", "Leila Kazemian", "Mohsen Tavakkol")),
      new Country("VEN", "Venezuela", "Venezuelan", "Caracas", List.of("Luis Carvajalino", "Marta Urdaneta", "Jose Pernalete")),
      new Country("KAZ", "Kazakhstan", "Kazakh", "Astana", List.of("Yerlan Abishev", "Aigerim Tulegenova", "Daniyar Sarsenov")),
      new Country("VNM", "Vietnam", "Vietnamese", "Hanoi", List.of("Nguyen Van Thao", "Tran Thi Lanh", "Pham Quoc Dinh")),
      new Country("CUB", "Cuba", "Cuban", "Havana", List.of("Raul Echemendia", "Yanet Bermudez", "Osvaldo Lamoru")),
      new Country("KEN", "Kenya", "Kenyan", "Nairobi", List.of("Wanjiru Kamau", "Otieno Barasa", "Achieng Odhiambo")));

  static final List<String> MINISTRIES = List.of("Foreign Minister", "Defence Minister", "Minister of Industry",
      "Minister of Agriculture", "Minister of Education", "Deputy Prime Minister", "Minister of Health",
      "Minister of Energy");

  static final List<String> SECTORS = List.of("agricultural machinery", "military-technical cooperation",
      "higher education", "pharmaceuticals", "energy", "mining", "trade", "transport", "public health",
      "information technology");

  static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  private World() {}

  static Country country(Random r) {
    return COUNTRIES.get(r.nextInt(COUNTRIES.size()));
  }

  /** Two different countries. */
  static Country[] pair(Random r) {
    Country a = country(r);
    Country b;
    do {
      b = country(r);
    } while (b == a);
    return new Country[] {a, b};
  }

  static <T> T pick(Random r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  static String pick(Random r, String... items) {
    return items[r.nextInt(items.length)];
  }
}
