package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.report.CommitteePapers;
import de.landkreis.integrationsmonitor.report.PaperNotice;
import java.nio.file.Path;
import java.time.Instant;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Writes the committee papers beside the report just written — the Mitteilungsvorlage draft and the PDFs — with the
 * report's year and Datenstand, and publishes their console lines. Without a report there is nothing to write.
 */
class WritePapersTasklet implements Tasklet {

    private final CommitteePapers papers;
    private final ApplicationEventPublisher events;

    WritePapersTasklet(CommitteePapers papers, ApplicationEventPublisher events) {
        this.papers = papers;
        this.events = events;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        var context = chunk.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
        var parameters = chunk.getStepContext().getStepExecution().getJobParameters();
        if (!context.containsKey(RunContext.REPORT)) {
            return RepeatStatus.FINISHED;
        }
        CommitteePapers.Written written = papers.write(Path.of(parameters.getString(RunContext.REPORTS_DIR)),
                context.getInt(RunContext.REPORT_YEAR), Instant.parse(context.getString(RunContext.DATA_AS_OF)),
                Path.of(context.getString(RunContext.REPORT)));
        for (PaperNotice notice : written.notices()) {
            events.publishEvent(new RunNotice(notice.messageKey(), notice.arguments()));
        }
        return RepeatStatus.FINISHED;
    }
}
