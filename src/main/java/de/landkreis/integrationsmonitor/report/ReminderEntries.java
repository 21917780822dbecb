package de.landkreis.integrationsmonitor.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the reminder list needs beyond the district figures: per municipality the state of each section's latest
 * version, the rule codes of its errors and the contact e-mail of its last return. The only reader of the contact
 * table among the reports: the reminder list is internal.
 */
final class ReminderEntries {

    private final JdbcClient jdbc;

    ReminderEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        Map<String, Map<String, Long>> latest = new HashMap<>();
        Map<String, Map<String, Boolean>> accepted = new HashMap<>();
        jdbc.sql("select id, ags, section_name, accepted from section_version where report_year = :year "
                        + "order by receipt_no, id")
                .param("year", year)
                .query(rs -> {
                    String ags = rs.getString("ags");
                    latest.computeIfAbsent(ags, a -> new HashMap<>()).put(rs.getString("section_name"), rs.getLong("id"));
                    accepted.computeIfAbsent(ags, a -> new HashMap<>())
                            .put(rs.getString("section_name"), rs.getBoolean("accepted"));
                });
        Set<Long> latestIds = new HashSet<>();
        latest.values().forEach(bySection -> latestIds.addAll(bySection.values()));

        Map<String, Set<String>> errors = new HashMap<>();
        Set<String> unknownYear = new HashSet<>();
        jdbc.sql("""
                        select v.id, v.ags, v.report_year, x.rule_code
                          from section_version v
                          left join finding_version fv on fv.version_id = v.id
                          left join finding x on x.id = fv.finding_id and x.severity = 'FEHLER'
                         where v.report_year = :year or v.report_year is null""")
                .param("year", year)
                .query(rs -> {
                    String ags = rs.getString("ags");
                    boolean noYear = rs.getObject("report_year") == null;
                    if (noYear) {
                        unknownYear.add(ags);
                    }
                    String rule = rs.getString("rule_code");
                    if (rule != null && (noYear || latestIds.contains(rs.getLong("id")))) {
                        errors.computeIfAbsent(ags, a -> new TreeSet<>()).add(rule);
                    }
                });

        Map<String, String> emails = new HashMap<>();
        // Personal data: read here only, for the analysts' reminder list, never for the committee report.
        jdbc.sql("""
                        select v.ags, c.email from contact c join section_version v on v.id = c.version_id
                         where (v.report_year = :year or v.report_year is null) and c.email is not null
                         order by v.receipt_no, v.id""")
                .param("year", year)
                .query(rs -> {
                    emails.put(rs.getString("ags"), rs.getString("email"));
                });

        Set<String> all = new HashSet<>(accepted.keySet());
        all.addAll(unknownYear);
        Map<String, Entry> entries = new HashMap<>();
        for (String ags : all) {
            entries.put(ags, new Entry(accepted.getOrDefault(ags, Map.of()), errors.getOrDefault(ags, Set.of()),
                    unknownYear.contains(ags), emails.get(ags)));
        }
        return entries;
    }

    static final List<String> SECTIONS = List.of("STRUKTUREN", "PERSONAL");
}
