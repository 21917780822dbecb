package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.report.CommitteePapers;
import de.landkreis.integrationsmonitor.report.CommitteeReportWriter;
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
    private final Path reports;
    private final Integer year;
    private final String dataAsOf;

    /**
     * @param year     the Berichtsjahr of the report the step before wrote, null when there was nothing to report
     * @param dataAsOf its Datenstand (ISO instant)
     */
    WritePapersTasklet(CommitteePapers papers, ApplicationEventPublisher events, Path reports, Integer year,
                       String dataAsOf) {
        this.papers = papers;
        this.events = events;
        this.reports = reports;
        this.year = year;
        this.dataAsOf = dataAsOf;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        if (year == null) {
            return RepeatStatus.FINISHED;
        }
        CommitteePapers.Written written = papers.write(reports, year, Instant.parse(dataAsOf),
                CommitteeReportWriter.reportFile(reports, year));
        for (PaperNotice notice : written.notices()) {
            events.publishEvent(new RunNotice(notice.messageKey(), notice.arguments()));
        }
        return RepeatStatus.FINISHED;
    }
}
