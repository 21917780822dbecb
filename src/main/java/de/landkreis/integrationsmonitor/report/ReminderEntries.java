package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.store.ContactEmails;
import de.landkreis.integrationsmonitor.store.SectionStates;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * What the reminder list needs beyond the district figures: per municipality the state of each section's latest
 * version, the rule codes of its errors and the contact e-mail of its last return. The only reader of contact data
 * in this package: the reminder list is internal.
 */
@Component
class ReminderEntries {

    static final List<String> SECTIONS = List.of("STRUKTUREN", "PERSONAL");

    private final SectionStates states;
    private final ContactEmails contacts;

    ReminderEntries(SectionStates states, ContactEmails contacts) {
        this.states = states;
        this.contacts = contacts;
    }

    /**
     * @param latestAccepted per section name: whether its latest received version was accepted (absent = never
     *                       received)
     * @param errorRules     the FEHLER rule codes of the latest versions and of versions without a readable year
     * @param unknownYear    whether a version without a readable Berichtsjahr arrived (it counts for no year, but
     *                       its findings belong to the municipality, RETURNS.md §5)
     * @param email          the contact e-mail of the last return that gave one, or null
     */
    record Entry(Map<String, Boolean> latestAccepted, Set<String> errorRules, boolean unknownYear, String email) {
    }

    Map<String, Entry> of(int year) {
        Map<String, ReturnStates.State> received = ReturnStates.of(states.ofYear(year));
        Set<Long> latestIds = new HashSet<>();
        received.values().forEach(state -> latestIds.addAll(state.latestVersionIds()));

        Map<String, Set<String>> errors = new HashMap<>();
        Set<String> unknownYear = new HashSet<>();
        for (SectionStates.VersionError version : states.errorsOfYearAndWithoutYear(year)) {
            boolean noYear = version.year() == null;
            if (noYear) {
                unknownYear.add(version.ags());
            }
            if (version.ruleCode() != null && (noYear || latestIds.contains(version.versionId()))) {
                errors.computeIfAbsent(version.ags(), a -> new TreeSet<>()).add(version.ruleCode());
            }
        }
        // Personal data: read here only, for the analysts' reminder list, never for the committee report.
        Map<String, String> emails = contacts.latestOf(year);

        Set<String> all = new HashSet<>(received.keySet());
        all.addAll(unknownYear);
        Map<String, Entry> entries = new HashMap<>();
        for (String ags : all) {
            ReturnStates.State state = received.get(ags);
            entries.put(ags, new Entry(state == null ? Map.of() : state.latestAccepted(),
                    errors.getOrDefault(ags, Set.of()), unknownYear.contains(ags), emails.get(ags)));
        }
        return entries;
    }
}
