package org.attache.model;

import java.util.Locale;

/** Whether an event happened, is announced, or is only reported as possible. */
public enum Status {
  OCCURRED, PLANNED, POSSIBLE;

  /** The lower-case name the gold format and the CLI use. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a label such as {@code planned}; fails naming the value. */
  public static Status parse(String label) {
    for (Status s : values()) {
      if (s.label().equalsIgnoreCase(label.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException("status '" + label + "' is not one of occurred, planned, possible");
  }
}
