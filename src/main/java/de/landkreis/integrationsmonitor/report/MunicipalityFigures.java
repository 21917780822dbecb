package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.reference.Municipality;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one municipality for one Berichtsjahr (RETURNS.md §6), from current versions only.
 *
 * @param receivedAt        import time of its latest received version of the year, empty when nothing arrived
 * @param warnings          distinct WARNUNG findings belonging to its current versions
 * @param structuresCurrent it has a current Strukturen version
 * @param staffCurrent      it has a current Personal version of its own
 * @param coverage          per core topic code valid in the year, in the order of the guidelines
 * @param needForAction     per core topic code valid in the year, in the order of the guidelines
 * @param offers            the number of offers per core topic code where it is known
 * @param staffing          its share of every position serving it; empty when its staffing is unknown
 */
public record MunicipalityFigures(Municipality municipality, ReturnStatus status, Optional<Instant> receivedAt,
                                  int warnings, boolean structuresCurrent, boolean staffCurrent,
                                  Map<String, Coverage> coverage, Map<String, NeedForAction> needForAction,
                                  Map<String, Integer> offers, Optional<Staffing> staffing) {

    public Coverage coverage(String topicCode) {
        return coverage.getOrDefault(topicCode, Coverage.UNKNOWN);
    }

    public NeedForAction needForAction(String topicCode) {
        return needForAction.getOrDefault(topicCode, NeedForAction.UNKNOWN);
    }

    /** The number of offers, empty where it is unknown. */
    public Optional<Integer> offers(String topicCode) {
        return Optional.ofNullable(offers.get(topicCode));
    }

    /** Topics valid in the year it covers, of those whose answer is known (the report's Kernthemen row). */
    public long topicsCovered() {
        return coverage.values().stream().filter(c -> c == Coverage.COVERED).count();
    }

    public long topicsKnown() {
        return coverage.values().stream().filter(Coverage::isKnown).count();
    }

    /** Topics valid in the year where it answered Handlungsbedarf {@code ja}, of those it answered. */
    public long needForActionYes() {
        return needForAction.values().stream().filter(n -> n == NeedForAction.JA).count();
    }

    public long needForActionKnown() {
        return needForAction.values().stream().filter(n -> n != NeedForAction.UNKNOWN).count();
    }
}
