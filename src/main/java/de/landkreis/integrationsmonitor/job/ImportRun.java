package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.store.ImportRuns;
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
    private final ImportRuns runs;
    private final Clock clock;

    ImportRun(JobLauncher launcher, Job importJob, RunSummaries summaries, ImportRuns runs, Clock clock) {
        this.runs = runs;
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
        if (!context.containsKey(RunContext.RUN_ID)) {
            return new ImportRunResult(execution.getId(), completed, null, null, null, null, null, null, null);
        }
        // The run's results come from its record, the one place every page and command reads them.
        long runId = context.getLong(RunContext.RUN_ID);
        ImportRuns.Written written = runs.written(runId);
        return new ImportRunResult(execution.getId(), completed, summaries.of(runId), written.logCsv(),
                written.logWorkbook(), written.report(), written.reminders(), written.feedback(),
                written.letters());
    }
}
