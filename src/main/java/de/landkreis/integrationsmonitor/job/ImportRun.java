package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.store.RunSummaries;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.stereotype.Component;

/** Starts one import run, a new job instance each time, and waits for it. */
@Component
public class ImportRun {

    private final JobLauncher launcher;
    private final Job importJob;
    private final RunSummaries summaries;
    private final Clock clock;

    ImportRun(JobLauncher launcher, Job importJob, RunSummaries summaries, Clock clock) {
        this.launcher = launcher;
        this.importJob = importJob;
        this.summaries = summaries;
        this.clock = clock;
    }

    /**
     * @param year the Berichtsjahr of the report, null = the latest with accepted returns
     */
    public ImportRunResult run(Path input, Path reports, Integer year) {
        JobParametersBuilder parameters = new JobParametersBuilder()
                .addString(RunContext.INPUT_DIR, input.toString())
                .addString(RunContext.REPORTS_DIR, reports.toString())
                .addLocalDateTime(RunContext.STARTED, LocalDateTime.now(clock))
                // Every run is a new job instance, even two started within the same clock tick.
                .addString(RunContext.INSTANCE, UUID.randomUUID().toString());
        if (year != null) {
            parameters.addLong(RunContext.YEAR, year.longValue());
        }
        JobExecution execution;
        try {
            execution = launcher.run(importJob, parameters.toJobParameters());
        } catch (Exception e) {
            throw new IllegalStateException("Lauf konnte nicht gestartet werden", e);
        }
        boolean completed = execution.getStatus() == BatchStatus.COMPLETED;
        var context = execution.getExecutionContext();
        return new ImportRunResult(execution.getId(), completed,
                context.containsKey(RunContext.RUN_ID) ? summaries.of(context.getLong(RunContext.RUN_ID)) : null,
                context.getString(RunContext.LOG_CSV, null), context.getString(RunContext.LOG_XLSX, null),
                context.getString(RunContext.REPORT, null), context.getString(RunContext.REMINDERS, null),
                context.getString(RunContext.FEEDBACK, null));
    }
}
