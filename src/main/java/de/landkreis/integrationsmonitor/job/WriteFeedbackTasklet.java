package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.forms.FeedbackWriter;
import de.landkreis.integrationsmonitor.store.ImportRuns;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/** Writes one Rückfrage workbook per municipality with errors or warnings in this run, for the analysts' e-mails. */
class WriteFeedbackTasklet implements Tasklet {

    private final FeedbackWriter feedback;
    private final ImportRuns runs;
    private final long runId;
    private final Path reportsDir;
    private final LocalDateTime started;

    WriteFeedbackTasklet(FeedbackWriter feedback, ImportRuns runs, long runId, Path reportsDir,
                         LocalDateTime started) {
        this.feedback = feedback;
        this.runs = runs;
        this.runId = runId;
        this.reportsDir = reportsDir;
        this.started = started;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        List<Path> written = feedback.writeFor(reportsDir, runId, started);
        if (!written.isEmpty()) {
            runs.feedbackWritten(runId, written.get(0).getParent());
        }
        return RepeatStatus.FINISHED;
    }
}
