package org.attache.model;

/** The PLOVER event types of the gold format (see ../shared/eval/README.md). */
public enum EventType {
  AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST,
  SANCTION, MOBILIZE, COERCE, ASSAULT
}
