package org.attache.model;

/**
 * A stretch of an article's stored text: 0-based, half-open character offsets {@code [start, end)}
 * into {@link Article#text()} (UTF-16 code units, as {@link String#substring(int, int)} counts).
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") must have 0 <= start <= end");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers in {@code text}; fails if the span runs past it. */
  public String of(String text) {
    if (end > text.length()) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") runs past a text of " + text.length() + " chars");
    }
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
