package de.landkreis.integrationsmonitor.returns;

import de.landkreis.integrationsmonitor.reference.Answer;

/**
 * One answered core topic of a Strukturen section. An empty Ansprechperson or Netzwerk beside a filled answer
 * means {@code NEIN}; {@code offers} and {@code needForAction} are null when unknown (RETURNS.md §2).
 */
public record StructureAnswer(String topicCode, Answer contactPerson, Answer network, Integer offers,
                              Boolean needForAction, String remark, int sourceRow) {
}
