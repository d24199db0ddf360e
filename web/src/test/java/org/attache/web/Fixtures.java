package org.attache.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The own-written fixture pages and what each should give. */
final class Fixtures {
  static final List<String> PAGES = List.of("wordpress-news", "gov-press-release", "jsonld-news", "url-date", "wire-dateline");

  /** Expectations of one page: single fields, and the body and boilerplate sentences. */
  record Expected(Map<String, String> fields, List<String> body, List<String> boilerplate) {
    String get(String key) {
      return fields.get(key);
    }
  }

  static Expected expected(String page) {
    String text = new String(FixtureServer.resource("pages/" + page + ".expected"), StandardCharsets.UTF_8);
    Map<String, String> fields = new HashMap<>();
    List<String> body = new ArrayList<>();
    List<String> boilerplate = new ArrayList<>();
    for (String line : text.split("\n")) {
      int colon = line.indexOf(": ");
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon);
      String value = line.substring(colon + 2).strip();
      switch (key) {
        case "body" -> body.add(value);
        case "boilerplate" -> boilerplate.add(value);
        default -> fields.put(key, value);
      }
    }
    return new Expected(fields, body, boilerplate);
  }

  static FixtureServer serveAll(FixtureServer s) {
    for (String p : PAGES) {
      s.page(expected(p).get("url"), "pages/" + p + ".html");
    }
    return s;
  }

  private Fixtures() {}
}
