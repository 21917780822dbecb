package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.report.ValidationLogFiles;
import de.landkreis.integrationsmonitor.report.ValidationLogWriter;
import de.landkreis.integrationsmonitor.store.ImportRuns;
import de.landkreis.integrationsmonitor.store.RunFindings;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/** Writes the run's validation log (CSV and workbook) and remembers where. */
class WriteLogTasklet implements Tasklet {

    private final RunFindings findings;
    private final ValidationLogWriter writer;
    private final ImportRuns runs;
    private final long runId;
    private final Path reportsDir;
    private final LocalDateTime started;

    /** @param started when the run started: the log's name and heading */
    WriteLogTasklet(RunFindings findings, ValidationLogWriter writer, ImportRuns runs, long runId, Path reportsDir,
                    LocalDateTime started) {
        this.findings = findings;
        this.writer = writer;
        this.runs = runs;
        this.runId = runId;
        this.reportsDir = reportsDir;
        this.started = started;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        ValidationLogFiles log = writer.write(reportsDir, started, findings.ofRun(runId));
        runs.logWritten(runId, log.csv(), log.workbook());
        return RepeatStatus.FINISHED;
    }
}
