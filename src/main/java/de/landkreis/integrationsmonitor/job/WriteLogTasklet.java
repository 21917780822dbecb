package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.report.ValidationLogFiles;
import de.landkreis.integrationsmonitor.report.ValidationLogWriter;
import de.landkreis.integrationsmonitor.store.ImportRuns;
import de.landkreis.integrationsmonitor.store.RunFindings;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.batch.core.step.tasklet.Tasklet;

/** Writes the run's validation log (CSV and workbook) and remembers where. */
class WriteLogTasklet implements Tasklet {

    private final RunFindings findings;
    private final ValidationLogWriter writer;
    private final ImportRuns runs;

    WriteLogTasklet(RunFindings findings, ValidationLogWriter writer, ImportRuns runs) {
        this.findings = findings;
        this.writer = writer;
        this.runs = runs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        var jobExecution = chunk.getStepContext().getStepExecution().getJobExecution();
        long runId = RunLifecycleListener.runId(jobExecution);
        var parameters = jobExecution.getJobParameters();
        ValidationLogFiles log = writer.write(Path.of(parameters.getString(RunContext.REPORTS_DIR)),
                parameters.getLocalDateTime(RunContext.STARTED, LocalDateTime.now()), findings.ofRun(runId));
        runs.logWritten(runId, log.csv(), log.workbook());
        jobExecution.getExecutionContext().putString(RunContext.LOG_CSV, log.csv().toString());
        jobExecution.getExecutionContext().putString(RunContext.LOG_XLSX, log.workbook().toString());
        return RepeatStatus.FINISHED;
    }
}
