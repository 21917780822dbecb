package de.landkreis.integrationsmonitor.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The last runs, from the project's tables and Spring Batch's job repository. */
@Repository
public class RunHistory {

    private static final String SELECT = """
            select r.id, r.started_at, r.finished_at, coalesce(b.status, r.status) as status, r.files_known,
                   r.log_csv, r.log_xlsx, r.report_file, r.reminders_file, r.feedback_folder,
                   (select count(*) from received_file f where f.registered_run_id = r.id) as files_read,
                   (select count(*) from received_file f where f.registered_run_id = r.id and f.outcome = 'ACCEPTED')
                       as accepted,
                   (select count(*) from received_file f
                     where f.registered_run_id = r.id and f.outcome = 'PARTLY_ACCEPTED') as partly,
                   (select count(*) from received_file f where f.registered_run_id = r.id and f.outcome = 'REJECTED')
                       as rejected,
                   (select count(*) from finding x where x.run_id = r.id and x.severity = 'FEHLER') as errors,
                   (select count(*) from finding x where x.run_id = r.id and x.severity = 'WARNUNG') as warnings,
                   (select count(*) from finding x where x.run_id = r.id and x.severity = 'HINWEIS') as notices
            from import_run r left join batch_job_execution b on b.job_execution_id = r.job_execution_id
            """;

    private final JdbcClient jdbc;

    public RunHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest runs, newest first. */
    public List<RunRecord> latest(int count) {
        // list(), not stream(): an unclosed stream keeps its connection from the pool for good.
        return jdbc.sql(SELECT + " order by r.id desc limit :count").param("count", count).query(RunHistory::map).list();
    }

    /** The latest run while it is still working (not finished, STARTED); asked every few seconds by the web page. */
    public Optional<Long> latestOpen() {
        return jdbc.sql("""
                        select r.id from import_run r
                        left join batch_job_execution b on b.job_execution_id = r.job_execution_id
                        where r.id = (select max(id) from import_run) and r.finished_at is null
                          and coalesce(b.status, r.status) = 'STARTED'""")
                .query(Long.class).optional();
    }

    /** When each run started, by run number: the date a page shows beside a file the run registered. */
    public Map<Long, Instant> startTimes() {
        Map<Long, Instant> started = new HashMap<>();
        jdbc.sql("select id, started_at from import_run").query(rs -> {
            started.put(rs.getLong("id"), DbTime.fromDb(rs.getTimestamp("started_at").toLocalDateTime()));
        });
        return started;
    }

    public Optional<RunRecord> byId(long runId) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", runId).query(RunHistory::map).optional();
    }

    private static RunRecord map(ResultSet rs, int row) throws SQLException {
        var finished = rs.getTimestamp("finished_at");
        return new RunRecord(rs.getLong("id"), DbTime.fromDb(rs.getTimestamp("started_at").toLocalDateTime()),
                finished == null ? null : DbTime.fromDb(finished.toLocalDateTime()), rs.getString("status"),
                rs.getInt("files_read"), rs.getInt("accepted"), rs.getInt("partly"), rs.getInt("rejected"),
                rs.getInt("files_known"), rs.getInt("errors"), rs.getInt("warnings"), rs.getInt("notices"),
                rs.getString("log_csv"), rs.getString("log_xlsx"), rs.getString("report_file"),
                rs.getString("reminders_file"), rs.getString("feedback_folder"));
    }
}
