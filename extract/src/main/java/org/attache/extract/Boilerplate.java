package org.attache.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.attache.model.Sentence;

/** Recognises page furniture that is not article prose: bylines, captions, widgets, tickers. */
final class Boilerplate {
  private static final List<Pattern> LINES = List.of(
      Pattern.compile("(?i)^\\s*(you might also like|related( articles| stories| posts)?|read more|see also|comments?|"
          + "leave a (reply|comment)|share( this)?|top of page|bottom of page|add a rating|no ratings yet|"
          + "rated \\d.*stars.*|advertisement|subscribe.*|sign up.*|follow us.*|cookie.*|we use cookies.*|"
          + "accept( all)?( cookies)?|epaper.*|source:.*|post published in.*|photo:.*|image source.*|writer:.*)\\s*$"),
      Pattern.compile("(?i)\\b(cookies?|privacy policy|terms of use|all rights reserved|newsletter)\\b"),
      Pattern.compile("\\b[A-Z]{3}/[A-Z]{3}\\b"),
      Pattern.compile("(?i)\\((picture|photo|image)[^)]*\\)"),
      Pattern.compile("(?i)^\\s*(by|writer:?)\\s+[A-Z][a-z]+( [A-Z][a-z]+)*,?\\s*$"),
      Pattern.compile("(?i)\\b\\d+ (min|minute)s? read\\b"));

  private Boilerplate() {}

  /** Whether a sentence is page furniture rather than prose of the article. */
  static boolean isBoilerplate(Sentence s, String text) {
    String t = s.span().of(text);
    if (s.tokens().size() < 3 && !t.contains(" ")) {
      return true;
    }
    for (Pattern p : LINES) {
      if (p.matcher(t).find()) {
        return true;
      }
    }
    return false;
  }
}
