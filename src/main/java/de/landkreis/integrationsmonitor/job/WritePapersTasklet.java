package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.report.CommitteePapers;
import java.nio.file.Path;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Converts the report and the Mitteilungsvorlage draft the step before wrote into PDFs for the council information
 * system, and publishes their console lines. Without a report there is nothing to convert.
 */
class WritePapersTasklet implements Tasklet {

    private final CommitteePapers papers;
    private final ApplicationEventPublisher events;
    private final Path reports;
    private final Integer year;

    /** @param year the Berichtsjahr of the report the step before wrote, null when there was nothing to report */
    WritePapersTasklet(CommitteePapers papers, ApplicationEventPublisher events, Path reports, Integer year) {
        this.papers = papers;
        this.events = events;
        this.reports = reports;
        this.year = year;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        if (year == null) {
            return RepeatStatus.FINISHED;
        }
        RunNotice.publish(events, papers.writePdfs(reports, year).notices());
        return RepeatStatus.FINISHED;
    }
}
