package de.landkreis.integrationsmonitor.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The last runs: number, time stamp and counts from the project's tables, status and end from Spring Batch's job
 * repository, whose times are the JVM's local time (it does not use the application's clock).
 */
@Repository
public class RunHistory {

    private static final String SELECT = """
            select r.id, r.started_at, b.start_time, b.end_time, coalesce(b.status, 'UNKNOWN') as status, r.files_known,
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
                        where r.id = (select max(id) from import_run) and b.end_time is null
                          and b.status in ('STARTING', 'STARTED')""")
                .query(Long.class).optional();
    }

    public Optional<RunRecord> byId(long runId) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", runId).query(RunHistory::map).optional();
    }

    private static RunRecord map(ResultSet rs, int row) throws SQLException {
        Instant jobStart = batchTime(rs, "start_time");
        Instant jobEnd = batchTime(rs, "end_time");
        return new RunRecord(rs.getLong("id"), DbTime.fromDb(rs.getTimestamp("started_at").toLocalDateTime()),
                jobEnd, jobStart == null || jobEnd == null ? null : Duration.between(jobStart, jobEnd),
                rs.getString("status"),
                rs.getInt("files_read"), rs.getInt("accepted"), rs.getInt("partly"), rs.getInt("rejected"),
                rs.getInt("files_known"), rs.getInt("errors"), rs.getInt("warnings"), rs.getInt("notices"),
                rs.getString("log_csv"), rs.getString("log_xlsx"), rs.getString("report_file"),
                rs.getString("reminders_file"), rs.getString("feedback_folder"));
    }

    private static Instant batchTime(ResultSet rs, String column) throws SQLException {
        LocalDateTime time = rs.getObject(column, LocalDateTime.class);
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
