package org.attache.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.model.AnnotatedText;
import org.attache.model.Sentence;
import org.attache.model.Span;
import org.attache.model.Token;
import org.jspecify.annotations.Nullable;

/**
 * The quotations of one article and who speaks them, so that "we signed MOUs" inside a minister's quote
 * is read as the minister's country signing. A quotation runs from an opening mark to its closing mark,
 * or to the end of the paragraph when the closing mark is missing; its speaker is the person named with a
 * verb of saying next to it ("…,” said Oppah Muchinguri-Kashiri"; "Pantus said: “…").
 */
final class Quotes {
  private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "tells", "noted", "notes", "added",
      "adds", "stressed", "stresses", "emphasised", "emphasized", "remarked", "stated", "states", "explained",
      "declared", "underlined", "underscored", "observed", "continued", "urged", "quoted", "according");

  /** One quotation and its speaker (null when nobody can be named). */
  record Quote(Span span, PeopleFinder.@Nullable Found speaker) {}

  private final List<Quote> quotes = new ArrayList<>();

  Quotes(AnnotatedText doc, List<PeopleFinder.Found> people) {
    String text = doc.text();
    for (Span q : spans(text)) {
      quotes.add(new Quote(q, speaker(doc, people, q)));
    }
  }

  /** The quotation that holds {@code offset}, or null. */
  @Nullable Quote at(int offset) {
    for (Quote q : quotes) {
      if (q.span().start() <= offset && offset < q.span().end()) {
        return q;
      }
    }
    return null;
  }

  /** The quoted stretches of {@code text}: curly pairs, straight pairs, an unclosed mark up to the paragraph's end. */
  static List<Span> spans(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '“' || c == '"') {
        char close = c == '“' ? '”' : '"';
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != close && text.charAt(end) != '\n'
            && !(c == '“' && text.charAt(end) == '“')) {
          end++;
        }
        boolean closed = end < text.length() && text.charAt(end) == close;
        out.add(new Span(i, Math.min(text.length(), closed ? end + 1 : end)));
        i = closed ? end + 1 : end;
      } else {
        i++;
      }
    }
    return out;
  }

  private static PeopleFinder.@Nullable Found speaker(AnnotatedText doc, List<PeopleFinder.Found> people, Span q) {
    // Sentences touching the quotation, then the one after it, then the one before it.
    List<Sentence> near = new ArrayList<>();
    Sentence before = null;
    Sentence after = null;
    for (Sentence s : doc.sentences()) {
      if (s.span().end() > q.start() && s.span().start() < q.end()) {
        near.add(s);
      } else if (s.span().end() <= q.start()) {
        before = s;
      } else if (after == null) {
        after = s;
      }
    }
    if (after != null) {
      near.add(after);
    }
    if (before != null) {
      near.add(before);
    }
    for (Sentence s : near) {
      if (!says(s)) {
        continue;
      }
      PeopleFinder.Found best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (PeopleFinder.Found p : people) {
        for (int k = 0; k < p.mentions.size(); k++) {
          Span m = p.mentions.get(k);
          boolean outside = m.end() <= q.start() || m.start() >= q.end();
          if (p.sentences.get(k) == s.index() && outside) {
            int distance = Math.min(Math.abs(m.start() - q.end()), Math.abs(q.start() - m.end()));
            if (distance < bestDistance) {
              best = p;
              bestDistance = distance;
            }
          }
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  private static boolean says(Sentence s) {
    for (Token t : s.tokens()) {
      if (SAYING.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
