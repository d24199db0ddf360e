package org.attache.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.model.Sector;
import org.attache.model.Token;

/** The sectors a sentence speaks of, from its words. */
final class Sectors {
  private static final Map<Sector, Set<String>> WORDS = Map.ofEntries(
      Map.entry(Sector.MILITARY, Set.of("military", "defence", "defense", "army", "armed", "weapon", "weapons", "arms",
          "troops", "soldier", "soldiers", "missile", "missiles", "milex", "military-technical", "attaché", "attache")),
      Map.entry(Sector.SECURITY, Set.of("security", "terrorism", "police", "border", "crime")),
      Map.entry(Sector.ECONOMY, Set.of("economic", "economy", "investment", "investments", "business", "finance",
          "financial", "bank", "banks", "economics", "loan", "credit")),
      Map.entry(Sector.TRADE, Set.of("trade", "export", "exports", "import", "imports", "market", "shipment", "shipments",
          "tariff", "tariffs", "commercial", "trading")),
      Map.entry(Sector.AGRICULTURE, Set.of("agricultural", "agriculture", "farm", "farming", "farmers", "tractor",
          "tractors", "harvester", "harvesters", "crop", "crops", "cotton", "food", "fertilizer", "fertiliser", "potash",
          "agro-industrial", "mechanisation", "mechanization", "grain", "wheat")),
      Map.entry(Sector.INDUSTRY, Set.of("industrial", "industry", "manufacturing", "plant", "factory", "machinery",
          "assembly", "production", "engineering", "machine-building", "manufacturer")),
      Map.entry(Sector.ENERGY, Set.of("energy", "oil", "gas", "power", "electricity", "nuclear", "fuel")),
      Map.entry(Sector.EDUCATION, Set.of("education", "educational", "university", "universities", "student", "students",
          "academy", "training", "school", "scholarships")),
      Map.entry(Sector.HEALTH, Set.of("health", "medical", "medicine", "medicines", "hospital", "pharmaceutical",
          "pharmaceuticals", "healthcare")),
      Map.entry(Sector.SCIENCE, Set.of("science", "scientific", "research")),
      Map.entry(Sector.TECHNOLOGY, Set.of("technology", "technologies", "technological", "it", "digital", "ai",
          "innovation", "high-tech")),
      Map.entry(Sector.CULTURE, Set.of("culture", "cultural", "art", "sport", "sports", "tourism", "humanitarian")),
      Map.entry(Sector.DIPLOMACY, Set.of("diplomatic", "diplomacy", "embassy", "political", "interparliamentary")),
      Map.entry(Sector.LEGAL, Set.of("legal", "law", "court", "justice", "extradition")));

  private Sectors() {}

  /** The sectors named by the words of {@code tokens}, in the enum's order. */
  static List<Sector> of(List<Token> tokens) {
    EnumSet<Sector> found = EnumSet.noneOf(Sector.class);
    for (Token t : tokens) {
      String w = t.word().toLowerCase(Locale.ROOT);
      for (var e : WORDS.entrySet()) {
        if (e.getValue().contains(w) && !(w.equals("it") && !t.word().equals("IT"))) {
          found.add(e.getKey());
        }
      }
    }
    return new ArrayList<>(found);
  }
}
