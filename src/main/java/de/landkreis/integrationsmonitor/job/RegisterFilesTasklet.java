package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.returns.Inbox;
import de.landkreis.integrationsmonitor.returns.InboxFile;
import de.landkreis.integrationsmonitor.store.ReceivedFiles;
import de.landkreis.integrationsmonitor.store.RunSummaries;
import java.nio.file.Path;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Registers the inbox's new files in order of receipt, after taking over what a crashed run left unsettled
 * (those keep their earlier place in the order).
 */
class RegisterFilesTasklet implements Tasklet {

    private final ReceivedFiles files;
    private final AbandonedExecutions abandoned;
    private final RunSummaries summaries;
    private final long runId;
    private final Path inbox;

    RegisterFilesTasklet(ReceivedFiles files, AbandonedExecutions abandoned, RunSummaries summaries, long runId,
                         Path inbox) {
        this.files = files;
        this.abandoned = abandoned;
        this.summaries = summaries;
        this.runId = runId;
        this.inbox = inbox;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        var jobExecution = contribution.getStepExecution().getJobExecution();
        abandoned.markFailed(jobExecution);
        int total = files.takeOverUnsettled(runId);
        int known = 0;
        for (InboxFile file : Inbox.list(inbox)) {
            switch (files.seen(file.relativePath(), file.size(), file.modifiedAt())) {
                case SETTLED -> known++;
                case NEW -> {
                    files.register(runId, file.relativePath(), file.size(), file.modifiedAt());
                    total++;
                }
                // Taken over from a crashed run above: this run reads it, it is not "already known".
                case PENDING -> { }
            }
        }
        summaries.recordKnownFiles(runId, known);
        jobExecution.getExecutionContext().putInt(RunContext.TOTAL_FILES, total);
        return RepeatStatus.FINISHED;
    }
}
