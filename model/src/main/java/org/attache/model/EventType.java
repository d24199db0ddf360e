package org.attache.model;

import java.util.Set;

/** The PLOVER event types of the gold format (see ../shared/eval/README.md). */
public enum EventType {
  AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST,
  SANCTION, MOBILIZE, COERCE, ASSAULT;

  private static final Set<EventType> INTENT_WHEN_PLANNED = Set.of(CONSULT, COOPERATE, AID, SUPPORT);

  /**
   * The type PLOVER's own rules give an event of this type, where the gold format departs from them: signing a
   * document (AGREE {@code sign}) is SUPPORT (CAMEO 057); an invitation (REQUEST {@code invite}) is AGREE (CAMEO
   * 036); a planned visit, meeting, cooperation, aid or support is AGREE, an expression of intent (CAMEO 03x).
   */
  public EventType inPlover(String mode, Status status) {
    if (this == AGREE && mode.equals("sign")) {
      return SUPPORT;
    }
    if (this == REQUEST && mode.equals("invite")) {
      return AGREE;
    }
    return status == Status.PLANNED && INTENT_WHEN_PLANNED.contains(this) ? AGREE : this;
  }
}
