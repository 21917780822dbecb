package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.validation.FileOutcome;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files one run registered, with their outcome and the count of their findings per severity. */
@Repository
public class RunFiles {

    private final JdbcClient jdbc;

    public RunFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A file of the run.
     *
     * @param outcome null while the run reads it, or when the run ended before it
     */
    public record RunFile(long id, String relativePath, long receiptNo, FileOutcome outcome, int errors,
                          int warnings, int notices) {
    }

    /** In order of receipt. */
    public List<RunFile> of(long runId) {
        return jdbc.sql("""
                        select f.id, f.relative_path, f.receipt_no, f.outcome,
                               sum(case when x.severity = 'FEHLER' then 1 else 0 end) as errors,
                               sum(case when x.severity = 'WARNUNG' then 1 else 0 end) as warnings,
                               sum(case when x.severity = 'HINWEIS' then 1 else 0 end) as notices
                          from received_file f left join finding x on x.file_id = f.id
                         where f.registered_run_id = :run
                         group by f.id, f.relative_path, f.receipt_no, f.outcome
                         order by f.receipt_no""")
                .param("run", runId)
                .query((rs, row) -> {
                    String outcome = rs.getString("outcome");
                    return new RunFile(rs.getLong("id"), rs.getString("relative_path"), rs.getLong("receipt_no"),
                            outcome == null ? null : FileOutcome.valueOf(outcome), rs.getInt("errors"),
                            rs.getInt("warnings"), rs.getInt("notices"));
                })
                .list();
    }
}
