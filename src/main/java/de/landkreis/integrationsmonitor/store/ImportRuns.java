package de.landkreis.integrationsmonitor.store;

import java.nio.file.Path;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * What only the project knows of a run: its number, its time stamp by the application's clock, and what it wrote.
 * Its status and end are Spring Batch's job execution's, which {@link RunHistory} joins.
 */
@Repository
public class ImportRuns {

    private final JdbcClient jdbc;

    public ImportRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long start(long jobExecutionId, Instant startedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into import_run (job_execution_id, started_at) values (:job, :start)")
                .param("job", jobExecutionId).param("start", DbTime.toDb(startedAt)).update(key, "id");
        return key.getKey().longValue();
    }

    public void logWritten(long runId, Path csv, Path xlsx) {
        jdbc.sql("update import_run set log_csv = :csv, log_xlsx = :xlsx where id = :id")
                .param("csv", csv.toString()).param("xlsx", xlsx.toString()).param("id", runId).update();
    }

    public void reportsWritten(long runId, Path report, Path reminders) {
        jdbc.sql("update import_run set report_file = :report, reminders_file = :reminders where id = :id")
                .param("report", report.toString()).param("reminders", reminders.toString()).param("id", runId)
                .update();
    }

    public void feedbackWritten(long runId, Path folder) {
        jdbc.sql("update import_run set feedback_folder = :folder where id = :id")
                .param("folder", folder.toString()).param("id", runId).update();
    }

    /**
     * What a run wrote, each null where it wrote nothing of the kind.
     *
     * @param feedback the folder of its Rückfragen
     */
    public record Written(String logCsv, String logWorkbook, String report, String reminders, String feedback) {
    }

    public Written written(long runId) {
        return jdbc.sql("select log_csv, log_xlsx, report_file, reminders_file, feedback_folder from import_run "
                        + "where id = :id")
                .param("id", runId)
                .query((rs, row) -> new Written(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .single();
    }
}
