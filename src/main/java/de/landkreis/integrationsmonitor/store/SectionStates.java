package de.landkreis.integrationsmonitor.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What arrived for a Berichtsjahr, section by section, in order of receipt: what the Rücklauf status, the warnings
 * count and the reminder list are computed from (RETURNS.md §6). No contact data.
 */
@Repository
public class SectionStates {

    private final JdbcClient jdbc;

    public SectionStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One received section version.
     *
     * @param section    STRUKTUREN or PERSONAL
     * @param current    whether it is the current version of its section
     * @param receivedAt when the run that registered its file started
     */
    public record ReceivedVersion(long id, String ags, String section, boolean accepted, boolean current,
                                  Instant receivedAt) {
    }

    /** A FEHLER rule of a version of the year or of one whose Berichtsjahr could not be read (year null). */
    public record VersionError(long versionId, String ags, Integer year, String ruleCode) {
    }

    /** Every version of the year in order of receipt: the last one per section is its latest received version. */
    public List<ReceivedVersion> ofYear(int year) {
        return jdbc.sql("""
                        select v.id, v.ags, v.section_name, v.accepted, v.is_current, r.started_at
                          from section_version v
                          join received_file f on f.id = v.file_id
                          join import_run r on r.id = f.registered_run_id
                         where v.report_year = :year
                         order by v.receipt_no, v.id""")
                .param("year", year)
                .query((rs, row) -> new ReceivedVersion(rs.getLong("id"), rs.getString("ags"),
                        rs.getString("section_name"), rs.getBoolean("accepted"), rs.getBoolean("is_current"),
                        DbTime.fromDb(rs.getObject("started_at", LocalDateTime.class))))
                .list();
    }

    /** Distinct WARNUNG findings per AGS that belong to its current versions; a shared finding counts once. */
    public Map<String, Integer> warningsOfCurrentVersions(int year) {
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

    /**
     * Every version of the year and every one without a readable Berichtsjahr, with the rule code of each of its
     * FEHLER findings (one row per rule; a version without any has one row with a null rule).
     */
    public List<VersionError> errorsOfYearAndWithoutYear(int year) {
        return jdbc.sql("""
                        select v.id, v.ags, v.report_year, x.rule_code
                          from section_version v
                          left join finding_version fv on fv.version_id = v.id
                          left join finding x on x.id = fv.finding_id and x.severity = 'FEHLER'
                         where v.report_year = :year or v.report_year is null""")
                .param("year", year)
                .query((rs, row) -> new VersionError(rs.getLong("id"), rs.getString("ags"),
                        rs.getObject("report_year", Integer.class), rs.getString("rule_code")))
                .list();
    }

    /** The Berichtsjahre with at least one current version, ascending. */
    public List<Integer> yearsWithCurrentVersions() {
        return jdbc.sql("select distinct report_year from section_version where is_current and report_year is not null "
                + "order by report_year").query(Integer.class).list();
    }

    /** The latest Berichtsjahr with an accepted version. */
    public Optional<Integer> latestYearWithAcceptedReturns() {
        return jdbc.sql("select report_year from section_version where accepted and report_year is not null "
                + "order by report_year desc").query(Integer.class).list().stream().findFirst();
    }
}
