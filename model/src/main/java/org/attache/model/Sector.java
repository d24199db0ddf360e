package org.attache.model;

import java.util.Locale;

/** The sectors an event can concern, as the gold format lists them. */
public enum Sector {
  MILITARY, SECURITY, ECONOMY, TRADE, AGRICULTURE, INDUSTRY, ENERGY, EDUCATION, HEALTH, SCIENCE, TECHNOLOGY,
  CULTURE, DIPLOMACY, LEGAL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Sector parse(String label) {
    try {
      return valueOf(label.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("sector '" + label + "' is not one of military, security, economy, trade,"
          + " agriculture, industry, energy, education, health, science, technology, culture, diplomacy, legal", e);
    }
  }
}
