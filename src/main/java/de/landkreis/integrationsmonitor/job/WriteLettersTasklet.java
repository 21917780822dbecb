package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.letters.FeedbackLetters;
import de.landkreis.integrationsmonitor.store.ImportRuns;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/** Writes an e-mail draft for every Rückfrage workbook the run wrote, found through the run's record. */
class WriteLettersTasklet implements Tasklet {

    private final FeedbackLetters letters;
    private final ImportRuns runs;
    private final long runId;
    private final Path reportsDir;
    private final LocalDateTime started;

    WriteLettersTasklet(FeedbackLetters letters, ImportRuns runs, long runId, Path reportsDir, LocalDateTime started) {
        this.letters = letters;
        this.runs = runs;
        this.runId = runId;
        this.reportsDir = reportsDir;
        this.started = started;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        String feedbackFolder = runs.written(runId).feedback();
        if (feedbackFolder == null) {
            return RepeatStatus.FINISHED;
        }
        List<Path> written = letters.writeFor(runId, Path.of(feedbackFolder), reportsDir, started);
        if (!written.isEmpty()) {
            runs.lettersWritten(runId, written.get(0).getParent());
        }
        return RepeatStatus.FINISHED;
    }
}
