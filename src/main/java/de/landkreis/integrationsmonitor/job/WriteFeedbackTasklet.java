package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.forms.FeedbackWriter;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/** Writes one Rückfrage workbook per municipality with errors or warnings in this run, for the analysts' e-mails. */
class WriteFeedbackTasklet implements Tasklet {

    private final FeedbackWriter feedback;

    WriteFeedbackTasklet(FeedbackWriter feedback) {
        this.feedback = feedback;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        var jobExecution = chunk.getStepContext().getStepExecution().getJobExecution();
        var parameters = jobExecution.getJobParameters();
        List<Path> written = feedback.writeFor(Path.of(parameters.getString(RunContext.REPORTS_DIR)),
                RunLifecycleListener.runId(jobExecution), parameters.getLocalDateTime(RunContext.STARTED));
        if (!written.isEmpty()) {
            jobExecution.getExecutionContext().putString(RunContext.FEEDBACK, written.get(0).getParent().toString());
        }
        return RepeatStatus.FINISHED;
    }
}
