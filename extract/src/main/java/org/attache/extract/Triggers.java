package org.attache.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.model.EventType;
import org.attache.model.Token;

/** The words that announce an event of each PLOVER type, looked up by lemma and part of speech. */
final class Triggers {
  /** What a trigger word means. */
  record Def(EventType type, String mode, boolean directed, String pos) {}

  /** A trigger found at a token. */
  record Hit(int token, Def def, String rule) {}

  private static final Map<String, List<Def>> LEMMAS = Map.ofEntries(
      Map.entry("visit", List.of(new Def(EventType.CONSULT, "visit", true, ""))),
      Map.entry("arrive", List.of(new Def(EventType.CONSULT, "visit", true, "V"))),
      Map.entry("trip", List.of(new Def(EventType.CONSULT, "visit", true, "N"))),
      Map.entry("meet", List.of(new Def(EventType.CONSULT, "meet", false, "V"))),
      Map.entry("meeting", List.of(new Def(EventType.CONSULT, "meet", false, "N"))),
      Map.entry("talk", List.of(new Def(EventType.CONSULT, "meet", false, "N"))),
      Map.entry("talks", List.of(new Def(EventType.CONSULT, "meet", false, "N"))),
      Map.entry("negotiation", List.of(new Def(EventType.CONSULT, "meet", false, "N"))),
      Map.entry("receive", List.of(new Def(EventType.CONSULT, "meet", false, "V"))),
      Map.entry("summit", List.of(new Def(EventType.CONSULT, "meet", false, "N"))),
      Map.entry("sign", List.of(new Def(EventType.AGREE, "sign", false, "V"))),
      Map.entry("signing", List.of(new Def(EventType.AGREE, "sign", false, "N"))),
      Map.entry("ink", List.of(new Def(EventType.AGREE, "sign", false, "V"))),
      Map.entry("conclude", List.of(new Def(EventType.AGREE, "sign", false, "V"))),
      Map.entry("agree", List.of(new Def(EventType.AGREE, "verbal", false, "V"))),
      Map.entry("commit", List.of(new Def(EventType.AGREE, "verbal", false, "V"))),
      Map.entry("pledge", List.of(new Def(EventType.AGREE, "verbal", false, "V"))),
      Map.entry("forum", List.of(new Def(EventType.COOPERATE, "economic", false, "N"))),
      Map.entry("commission", List.of(new Def(EventType.COOPERATE, "economic", false, "N"))),
      Map.entry("exercise", List.of(new Def(EventType.COOPERATE, "military", false, "N"))),
      Map.entry("drill", List.of(new Def(EventType.COOPERATE, "military", false, "N"))),
      Map.entry("supply", List.of(new Def(EventType.COOPERATE, "economic", true, "V"))),
      Map.entry("supplying", List.of(new Def(EventType.COOPERATE, "economic", true, ""))),
      Map.entry("deliver", List.of(new Def(EventType.COOPERATE, "economic", true, "V"))),
      Map.entry("ship", List.of(new Def(EventType.COOPERATE, "economic", true, "V"))),
      Map.entry("export", List.of(new Def(EventType.COOPERATE, "economic", true, "V"))),
      Map.entry("establish", List.of(new Def(EventType.COOPERATE, "diplomatic", false, "V"))),
      Map.entry("aid", List.of(new Def(EventType.AID, "humanitarian", true, "N"))),
      Map.entry("donate", List.of(new Def(EventType.AID, "humanitarian", true, "V"))),
      Map.entry("donation", List.of(new Def(EventType.AID, "humanitarian", true, "N"))),
      Map.entry("invite", List.of(new Def(EventType.REQUEST, "invite", true, "V"))),
      Map.entry("invitation", List.of(new Def(EventType.REQUEST, "invite", true, "N"))),
      Map.entry("praise", List.of(new Def(EventType.SUPPORT, "praise", true, ""))),
      Map.entry("thank", List.of(new Def(EventType.SUPPORT, "praise", true, "V"))),
      Map.entry("gratitude", List.of(new Def(EventType.SUPPORT, "praise", true, "N"))),
      Map.entry("commend", List.of(new Def(EventType.SUPPORT, "praise", true, "V"))),
      Map.entry("congratulate", List.of(new Def(EventType.SUPPORT, "praise", true, "V"))),
      Map.entry("accuse", List.of(new Def(EventType.ACCUSE, "accuse", true, "V"))),
      Map.entry("condemn", List.of(new Def(EventType.ACCUSE, "criticize", true, "V"))),
      Map.entry("criticize", List.of(new Def(EventType.ACCUSE, "criticize", true, "V"))),
      Map.entry("criticise", List.of(new Def(EventType.ACCUSE, "criticize", true, "V"))),
      Map.entry("denounce", List.of(new Def(EventType.ACCUSE, "criticize", true, "V"))),
      Map.entry("blame", List.of(new Def(EventType.ACCUSE, "accuse", true, "V"))),
      Map.entry("reject", List.of(new Def(EventType.REJECT, "reject", true, "V"))),
      Map.entry("refuse", List.of(new Def(EventType.REJECT, "reject", true, "V"))),
      Map.entry("veto", List.of(new Def(EventType.REJECT, "veto", true, ""))),
      Map.entry("rebuff", List.of(new Def(EventType.REJECT, "reject", true, "V"))),
      Map.entry("kill", List.of(new Def(EventType.ASSAULT, "attack", true, "V"))),
      Map.entry("assassinate", List.of(new Def(EventType.ASSAULT, "assassinate", true, "V"))),
      Map.entry("massacre", List.of(new Def(EventType.ASSAULT, "attack", true, ""))),
      Map.entry("airstrike", List.of(new Def(EventType.ASSAULT, "attack", true, "N"))),
      Map.entry("riot", List.of(new Def(EventType.PROTEST, "riot", true, "V"))),
      Map.entry("demonstration", List.of(new Def(EventType.PROTEST, "demonstrate", true, "N"))),
      Map.entry("ultimatum", List.of(new Def(EventType.THREATEN, "ultimatum", true, "N"))),
      Map.entry("ask", List.of(new Def(EventType.REQUEST, "demand", true, "V"))),
      Map.entry("request", List.of(new Def(EventType.REQUEST, "demand", true, ""))),
      Map.entry("outlaw", List.of(new Def(EventType.COERCE, "ban", true, "V"))),
      Map.entry("withdrawal", List.of(new Def(EventType.RETREAT, "withdraw", true, "N"))),
      Map.entry("surrender", List.of(new Def(EventType.RETREAT, "surrender", true, "V"))),
      Map.entry("threaten", List.of(new Def(EventType.THREATEN, "warn", true, "V"))),
      Map.entry("warn", List.of(new Def(EventType.THREATEN, "warn", true, "V"))),
      Map.entry("warning", List.of(new Def(EventType.THREATEN, "warn", true, "N"))),
      Map.entry("protest", List.of(new Def(EventType.PROTEST, "protest", true, "V"))),
      Map.entry("sanction", List.of(new Def(EventType.SANCTION, "economic", true, ""))),
      Map.entry("embargo", List.of(new Def(EventType.SANCTION, "economic", true, ""))),
      Map.entry("blacklist", List.of(new Def(EventType.SANCTION, "targeted", true, "V"))),
      Map.entry("expel", List.of(new Def(EventType.COERCE, "expel", true, "V"))),
      Map.entry("seize", List.of(new Def(EventType.COERCE, "seize", true, "V"))),
      Map.entry("attack", List.of(new Def(EventType.ASSAULT, "attack", true, ""))),
      Map.entry("withdraw", List.of(new Def(EventType.RETREAT, "withdraw", true, "V"))),
      Map.entry("telephone", List.of(new Def(EventType.CONSULT, "call", false, "V"))),
      Map.entry("phone", List.of(new Def(EventType.CONSULT, "call", false, "V"))),
      Map.entry("demand", List.of(new Def(EventType.REQUEST, "demand", true, "V"))),
      Map.entry("urge", List.of(new Def(EventType.REQUEST, "demand", true, "V"))),
      Map.entry("appeal", List.of(new Def(EventType.REQUEST, "aid", true, "V"))),
      Map.entry("demonstrate", List.of(new Def(EventType.PROTEST, "demonstrate", true, "V"))),
      Map.entry("rally", List.of(new Def(EventType.PROTEST, "demonstrate", true, "N"))),
      Map.entry("kidnap", List.of(new Def(EventType.ASSAULT, "abduct", true, "V"))),
      Map.entry("bomb", List.of(new Def(EventType.ASSAULT, "attack", true, "V"))),
      Map.entry("shell", List.of(new Def(EventType.ASSAULT, "attack", true, "V"))),
      Map.entry("invade", List.of(new Def(EventType.ASSAULT, "attack", true, "V"))),
      Map.entry("confiscate", List.of(new Def(EventType.COERCE, "seize", true, "V"))),
      Map.entry("arrest", List.of(new Def(EventType.COERCE, "arrest", true, "V"))),
      Map.entry("detain", List.of(new Def(EventType.COERCE, "arrest", true, "V"))),
      Map.entry("deport", List.of(new Def(EventType.COERCE, "expel", true, "V"))),
      Map.entry("deploy", List.of(new Def(EventType.MOBILIZE, "troops", true, "V"))),
      Map.entry("mobilize", List.of(new Def(EventType.MOBILIZE, "troops", true, "V"))),
      Map.entry("mobilise", List.of(new Def(EventType.MOBILIZE, "troops", true, "V"))),
      Map.entry("share", List.of(new Def(EventType.COOPERATE, "intelligence", false, "V"))),
      Map.entry("extradite", List.of(new Def(EventType.COOPERATE, "legal", true, "V"))),
      Map.entry("suspend", List.of(new Def(EventType.SANCTION, "suspend", true, "V"))),
      Map.entry("concede", List.of(new Def(EventType.CONCEDE, "concede", true, "V"))),
      Map.entry("apologize", List.of(new Def(EventType.CONCEDE, "apologize", true, "V"))),
      Map.entry("apologise", List.of(new Def(EventType.CONCEDE, "apologize", true, "V"))),
      Map.entry("deal", List.of(new Def(EventType.AGREE, "verbal", false, "N"))),
      Map.entry("appoint", List.of(new Def(EventType.COOPERATE, "diplomatic", true, "V"))),
      Map.entry("welcome", List.of(new Def(EventType.CONSULT, "visit", true, "V"))),
      Map.entry("endorse", List.of(new Def(EventType.SUPPORT, "endorse", true, "V"))));

  /** Nouns that, after "sign", "ink" or "conclude", name a signed document. */
  static final Set<String> DOCUMENTS = Set.of("agreement", "memorandum", "mou", "mous", "treaty", "protocol", "roadmap",
      "road", "contract", "deal", "accord", "declaration", "document", "plan", "programme", "program", "pact", "charter");

  private Triggers() {}

  /**
   * Every lower-case word and lemma {@link #find} looks for: a sentence none of whose words is one of these, or has
   * one as its lemma, holds no trigger.
   */
  static Set<String> cueWords() {
    return CUE_WORDS;
  }

  private static final Set<String> CUE_WORDS = cues();

  private static Set<String> cues() {
    Set<String> words = new java.util.HashSet<>(LEMMAS.keySet());
    words.addAll(List.of("call", "conference", "send", "post", "purchase", "buy", "import", "strike", "grateful",
        "thankful", "ban", "share"));
    return Set.copyOf(words);
  }

  /** The triggers among a sentence's tokens, in order. */
  static List<Hit> find(List<Token> tokens) {
    List<Hit> hits = new java.util.ArrayList<>();
    for (Token t : tokens) {
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      String word = t.word().toLowerCase(Locale.ROOT);
      if (word.equals("call") && t.index() > 0 && tokens.get(t.index() - 1).word().equalsIgnoreCase("courtesy")) {
        hits.add(new Hit(t.index(), new Def(EventType.CONSULT, "visit", true, "N"), "courtesy call"));
        continue;
      }
      if (word.equals("conference") && t.index() > 1 && tokens.get(t.index() - 1).word().equalsIgnoreCase("press")
          && tokens.get(t.index() - 2).word().equalsIgnoreCase("joint")) {
        hits.add(new Hit(t.index(), new Def(EventType.CONSULT, "meet", false, "N"), "joint press conference"));
        continue;
      }
      if ((lemma.equals("send") || lemma.equals("post")) && t.pos().startsWith("VB")
          && hasNear(tokens, t.index() + 2, Set.of("attaché", "attache", "ambassador", "envoy", "consul", "diplomat", "diplomats"))) {
        hits.add(new Hit(t.index(), new Def(EventType.COOPERATE, "diplomatic", true, "V"), "send an envoy"));
        continue;
      }
      if ((lemma.equals("purchase") || lemma.equals("buy") || lemma.equals("import")) && t.index() + 1 < tokens.size()
          && hasNear(tokens.subList(t.index(), Math.min(tokens.size(), t.index() + 8)), 0, Set.of("from"))) {
        hits.add(new Hit(t.index(), new Def(EventType.AGREE, "verbal", false, ""), "purchase from"));
        continue; // "a plan to purchase tractors from the Belarus government": a deal between buyer and seller
      }
      if (word.equals("strike") && t.index() > 0
          && Set.of("hunger", "general", "national").contains(tokens.get(t.index() - 1).word().toLowerCase(Locale.ROOT))) {
        hits.add(new Hit(t.index(), new Def(EventType.PROTEST, "strike", true, "N"), "hunger or general strike"));
        continue;
      }
      if ((word.equals("grateful") || word.equals("thankful")) && t.pos().startsWith("JJ")) {
        hits.add(new Hit(t.index(), new Def(EventType.SUPPORT, "praise", true, "J"), "grateful"));
        continue;
      }
      if (word.equals("ban") && hasNear(tokens, t.index(), Set.of("airspace", "flights", "airline", "airlines", "entry", "travel", "export", "imports"))) {
        hits.add(new Hit(t.index(), new Def(EventType.SANCTION, "ban", true, ""), "ban"));
        continue;
      }
      if (lemma.equals("share") && !hasNear(tokens, t.index() + 2, Set.of("intelligence", "information", "data", "technology", "technologies"))) {
        continue; // "ready to share their experience" is no exchange of intelligence
      }
      Def def = fitting(LEMMAS.get(lemma), t.pos());
      if (def == null) {
        def = fitting(LEMMAS.get(word), t.pos()); // "supplying" tagged as a noun
      }
      if (def != null) {
        hits.add(new Hit(t.index(), def, "lemma '" + lemma + "'"));
      }
    }
    return hits;
  }

  private static @org.jspecify.annotations.Nullable Def fitting(@org.jspecify.annotations.Nullable List<Def> defs, String pos) {
    if (defs != null) {
      for (Def d : defs) {
        if (posFits(d.pos(), pos)) {
          return d;
        }
      }
    }
    return null;
  }

  private static boolean posFits(String want, String pos) {
    return want.isEmpty() || (want.equals("V") ? pos.startsWith("VB") : want.equals("N") ? pos.startsWith("NN") : pos.startsWith("JJ"));
  }

  static boolean hasNear(List<Token> tokens, int i, Set<String> words) {
    for (int k = Math.max(0, i - 4); k < Math.min(tokens.size(), i + 5); k++) {
      if (words.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
