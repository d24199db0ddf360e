package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.attache.store.Fixtures.article;
import static org.attache.store.Fixtures.person;

import java.nio.file.Path;
import java.util.List;
import org.attache.model.Article;
import org.attache.model.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonQueryTest {
  @TempDir Path dir;

  private Store store;
  private Article a;

  @BeforeEach
  void storeSomePeople() {
    store = Store.openSqlite(dir.resolve("attache.db"));
    a = article("a.txt", "\u0141ukasz Nowak met Annalena Baerbock. Nowak smiled.");
    Article b = article("b.txt", "Sergei Lavrov spoke with \u00C9ric Dupond.");
    store.putArticle(b, List.of(person("lavrov", b, "Sergei Lavrov", "RUS"), person("dupond", b, "\u00C9ric Dupond",
        null)), List.of());
    store.putArticle(a, List.of(person("nowak", a, "\u0141ukasz Nowak", "POL", "Nowak"),
        person("baerbock", a, "Annalena Baerbock", "DEU", "Baerbock")), List.of());
  }

  @AfterEach
  void close() {
    store.close();
  }

  private List<String> ids(PersonQuery q) {
    return store.people(q).stream().map(Person::id).toList();
  }

  @Test
  void listsPeopleByArticleSourceThenInTheOrderStored() {
    assertThat(ids(PersonQuery.all())).containsExactly("nowak", "baerbock", "lavrov", "dupond");
  }

  @Test
  void selectsPeopleOfOneCountry() {
    assertThat(ids(PersonQuery.all().withCountry("DEU"))).containsExactly("baerbock");
    assertThat(ids(PersonQuery.all().withCountry("FRA"))).isEmpty();
  }

  @Test
  void findsANamePartIgnoringCaseBeyondAscii() {
    assertThat(ids(PersonQuery.all().withNameContaining("\u0141UKASZ"))).containsExactly("nowak");
    assertThat(ids(PersonQuery.all().withNameContaining("\u00E9ric"))).containsExactly("dupond");
    assertThat(ids(PersonQuery.all().withNameContaining("lav"))).containsExactly("lavrov");
    assertThat(ids(PersonQuery.all().withNameContaining("%"))).isEmpty();
  }

  @Test
  void findsAPersonByAnAlias() {
    Article c = article("c.txt", "Minister Nowakowski arrived.");
    store.putArticle(c, List.of(new Person("nk", c.id(), "Jan Kowalski", "POL", null, List.of("Nowakowski"),
        List.of())), List.of());
    assertThat(ids(PersonQuery.all().withNameContaining("nowakow"))).containsExactly("nk");
  }

  @Test
  void selectsThePeopleOfOneArticleUpToTheLimit() {
    assertThat(ids(PersonQuery.all().withArticleId(a.id()))).containsExactly("nowak", "baerbock");
    assertThat(ids(PersonQuery.all().withLimit(3))).containsExactly("nowak", "baerbock", "lavrov");
    assertThat(ids(PersonQuery.all().withArticleId(a.id()).withLimit(1))).containsExactly("nowak");
  }

  @Test
  void refusesABlankConditionAndANegativeLimit() {
    assertThatThrownBy(() -> PersonQuery.all().withNameContaining("")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nameContains");
    assertThatThrownBy(() -> PersonQuery.all().withLimit(-5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-5");
  }
}
