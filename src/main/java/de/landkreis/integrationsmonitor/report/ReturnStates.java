package de.landkreis.integrationsmonitor.report;

import de.landkreis.integrationsmonitor.store.DbTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads, per municipality of one year, what the Rücklauf status and the warnings count are made of: the latest
 * received version of each section, and the warnings belonging to the current versions.
 */
final class ReturnStates {

    private final JdbcClient jdbc;

    ReturnStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a municipality sent for the year, filled while reading its versions in order of receipt. */
    static final class State {

        /** per section name: whether its latest received version was accepted */
        private final Map<String, Boolean> latestAccepted = new HashMap<>();
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
    }

    /** By AGS; a municipality that sent nothing for the year is absent. Versions without a year count nowhere. */
    Map<String, State> of(int year) {
        Map<String, State> states = new HashMap<>();
        // In order of receipt, so the last row seen per section is its latest received version (RETURNS.md §1).
        jdbc.sql("""
                        select v.ags, v.section_name, v.accepted, v.is_current, r.started_at
                          from section_version v
                          join received_file f on f.id = v.file_id
                          join import_run r on r.id = f.registered_run_id
                         where v.report_year = :year
                         order by v.receipt_no, v.id""")
                .param("year", year)
                .query(rs -> {
                    State state = states.computeIfAbsent(rs.getString("ags"), ags -> new State());
                    String section = rs.getString("section_name");
                    state.latestAccepted.put(section, rs.getBoolean("accepted"));
                    if (rs.getBoolean("is_current")) {
                        state.current.add(section);
                    }
                    state.receivedAt = DbTime.fromDb(rs.getObject("started_at", LocalDateTime.class));
                });
        return states;
    }

    /** Distinct WARNUNG findings per AGS that belong to its current versions; a shared finding counts once. */
    Map<String, Integer> warnings(int year) {
        Map<String, Integer> warnings = new HashMap<>();
        jdbc.sql("""
                        select v.ags, count(distinct x.id) as warnings
                          from finding x
                          join finding_version fv on fv.finding_id = x.id
                          join section_version v on v.id = fv.version_id
                         where v.is_current and v.report_year = :year and x.severity = 'WARNUNG'
                         group by v.ags""")
                .param("year", year)
                .query(rs -> {
                    warnings.put(rs.getString("ags"), rs.getInt("warnings"));
                });
        return warnings;
    }
}
