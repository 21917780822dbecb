package de.landkreis.integrationsmonitor.store;

import de.landkreis.integrationsmonitor.validation.FileOutcome;
import de.landkreis.integrationsmonitor.validation.Severity;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts files and findings of a run. */
@Repository
public class RunSummaries {

    private final JdbcClient jdbc;

    public RunSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void recordKnownFiles(long runId, int known) {
        jdbc.sql("update import_run set files_known = :known where id = :id")
                .param("known", known).param("id", runId).update();
    }

    public RunSummary of(long runId) {
        Map<FileOutcome, Integer> outcomes = new EnumMap<>(FileOutcome.class);
        jdbc.sql("select outcome, count(*) from received_file where registered_run_id = :run and outcome is not null"
                        + " group by outcome")
                .param("run", runId)
                .query(rs -> {
                    outcomes.put(FileOutcome.valueOf(rs.getString(1)), rs.getInt(2));
                });
        Map<Severity, Integer> findings = new EnumMap<>(Severity.class);
        jdbc.sql("select severity, count(*) from finding where run_id = :run group by severity")
                .param("run", runId)
                .query(rs -> {
                    findings.put(Severity.valueOf(rs.getString(1)), rs.getInt(2));
                });
        int known = jdbc.sql("select files_known from import_run where id = :id").param("id", runId)
                .query(Integer.class).single();
        int read = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        return new RunSummary(read, outcomes.getOrDefault(FileOutcome.ACCEPTED, 0),
                outcomes.getOrDefault(FileOutcome.PARTLY_ACCEPTED, 0), outcomes.getOrDefault(FileOutcome.REJECTED, 0),
                outcomes.getOrDefault(FileOutcome.DUPLICATE, 0), outcomes.getOrDefault(FileOutcome.IGNORED, 0),
                known, findings);
    }
}
