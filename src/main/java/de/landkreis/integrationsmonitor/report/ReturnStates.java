package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.store.SectionStates.ReceivedVersion;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each municipality sent for a year, from its versions in order of receipt: the Rücklauf status (RETURNS.md §6)
 * and the date of its latest received version; the reminder list reads what was accepted section by section.
 */
final class ReturnStates {

    private ReturnStates() {
    }

    /** What a municipality sent for the year. */
    static final class State {

        /** per section name: whether its latest received version was accepted */
        private final Map<String, Boolean> latestAccepted = new HashMap<>();
        /** per section name: the id of its latest received version */
        private final Map<String, Long> latestIds = new HashMap<>();
        /** section names with a current version */
        private final Set<String> current = new HashSet<>();
        /** start of the run that imported the latest received version */
        private Instant receivedAt;

        ReturnStatus status() {
            if (latestAccepted.containsValue(Boolean.FALSE)) {
                return ReturnStatus.FEHLERHAFT;
            }
            return switch (current.size()) {
                case 0 -> ReturnStatus.FEHLT;
                case 1 -> ReturnStatus.UNVOLLSTAENDIG;
                default -> ReturnStatus.VOLLSTAENDIG;
            };
        }

        Optional<Instant> receivedAt() {
            return Optional.ofNullable(receivedAt);
        }

        /** Per section name whether its latest received version was accepted; absent = never received. */
        Map<String, Boolean> latestAccepted() {
            return Map.copyOf(latestAccepted);
        }

        Set<Long> latestVersionIds() {
            return Set.copyOf(latestIds.values());
        }
    }

    /** By AGS; a municipality that sent nothing for the year is absent. Versions without a year count nowhere. */
    static Map<String, State> of(List<ReceivedVersion> inOrderOfReceipt) {
        Map<String, State> states = new HashMap<>();
        // The last version seen per section is its latest received one (RETURNS.md §1).
        for (ReceivedVersion version : inOrderOfReceipt) {
            State state = states.computeIfAbsent(version.ags(), ags -> new State());
            state.latestAccepted.put(version.section(), version.accepted());
            state.latestIds.put(version.section(), version.id());
            if (version.current()) {
                state.current.add(version.section());
            }
            state.receivedAt = version.receivedAt();
        }
        return states;
    }
}
