package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.returns.Section;
import de.landkreis.integrationsmonitor.validation.FileOutcome;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every section version one municipality sent over the years, with its file and its findings. No contact data. */
@Repository
public class MunicipalityVersions {

    private final JdbcClient jdbc;

    public MunicipalityVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One received section version.
     *
     * @param year    null when the Berichtsjahr could not be read
     * @param current whether it is the current version of its section and year
     * @param runId   the run that registered its file: its findings are in that run's Prüfprotokoll
     * @param runStarted when that run started: the date the file counts as received
     * @param outcome what became of the whole file, null while a run reads it
     */
    public record Version(long id, Integer year, Section section, boolean accepted, boolean current, String file,
                          long runId, Instant runStarted, FileOutcome outcome, int errors, int warnings, int notices) {
    }

    /** In order of receipt. */
    public List<Version> of(String ags) {
        return jdbc.sql("""
                        select v.id, v.report_year, v.section_name, v.accepted, v.is_current, f.relative_path,
                               f.registered_run_id, r.started_at, f.outcome,
                               count(distinct case when x.severity = 'FEHLER' then x.id end) as errors,
                               count(distinct case when x.severity = 'WARNUNG' then x.id end) as warnings,
                               count(distinct case when x.severity = 'HINWEIS' then x.id end) as notices
                          from section_version v
                          join received_file f on f.id = v.file_id
                          join import_run r on r.id = f.registered_run_id
                          left join finding_version fv on fv.version_id = v.id
                          left join finding x on x.id = fv.finding_id
                         where v.ags = :ags
                         group by v.id, v.report_year, v.section_name, v.accepted, v.is_current, f.relative_path,
                               f.registered_run_id, r.started_at, f.outcome, v.receipt_no
                         order by v.receipt_no, v.id""")
                .param("ags", ags)
                .query((rs, row) -> {
                    String outcome = rs.getString("outcome");
                    return new Version(rs.getLong("id"), rs.getObject("report_year", Integer.class),
                            Section.valueOf(rs.getString("section_name")), rs.getBoolean("accepted"),
                            rs.getBoolean("is_current"), rs.getString("relative_path"),
                            rs.getLong("registered_run_id"),
                            DbTime.fromDb(rs.getObject("started_at", LocalDateTime.class)), outcome == null ? null : FileOutcome.valueOf(outcome),
                            rs.getInt("errors"), rs.getInt("warnings"), rs.getInt("notices"));
                })
                .list();
    }
}
