package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.report.CommitteePapers;
import de.landkreis.integrationsmonitor.report.CommitteeReportWriter;
import de.landkreis.integrationsmonitor.report.DistrictFigures;
import de.landkreis.integrationsmonitor.report.ReminderListWriter;
import de.landkreis.integrationsmonitor.report.ReportYear;
import de.landkreis.integrationsmonitor.store.ImportRuns;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Writes the committee report, the reminder list and the Mitteilungsvorlage draft for the run's year: the
 * {@code --year} asked for, else the latest Berichtsjahr with accepted returns. The year's figures are computed once
 * and shown alike in all three. Without any accepted return there is nothing to report.
 */
class WriteReportsTasklet implements Tasklet {

    private final DistrictFigures figures;
    private final CommitteeReportWriter report;
    private final ReminderListWriter reminders;
    private final CommitteePapers papers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ImportRuns runs;
    private final long runId;
    private final Path reports;
    private final Long asked;

    /** @param asked the year of {@code --year}, or null */
    WriteReportsTasklet(DistrictFigures figures, CommitteeReportWriter report, ReminderListWriter reminders,
                        CommitteePapers papers, ApplicationEventPublisher events, Clock clock, ImportRuns runs,
                        long runId, Path reports, Long asked) {
        this.figures = figures;
        this.report = report;
        this.reminders = reminders;
        this.papers = papers;
        this.events = events;
        this.clock = clock;
        this.runs = runs;
        this.runId = runId;
        this.reports = reports;
        this.asked = asked;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        Optional<Integer> year = asked != null ? Optional.of(asked.intValue()) : figures.latestYearWithAcceptedReturns();
        if (year.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        Instant dataAsOf = clock.instant();
        ReportYear shown = figures.reportYear(year.get());
        Path written = report.write(reports, shown, dataAsOf);
        Path reminderList = reminders.write(reports, shown.current(), dataAsOf);
        RunNotice.publish(events, papers.writeDraft(reports, shown, dataAsOf).notices());
        // Last, so the run's row is locked only until the step commits: the other flow records its files in it too.
        runs.reportsWritten(runId, written, reminderList);
        // What the papers step starts from: not a result, an input of the next step.
        contribution.getStepExecution().getJobExecution().getExecutionContext()
                .putInt(RunContext.REPORT_YEAR, year.get());
        return RepeatStatus.FINISHED;
    }
}
