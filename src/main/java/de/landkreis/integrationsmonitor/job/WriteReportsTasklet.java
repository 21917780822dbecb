package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.report.CommitteeReportWriter;
import de.landkreis.integrationsmonitor.report.ReminderListWriter;
import de.landkreis.integrationsmonitor.store.ImportRuns;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * Writes the committee report and the reminder list for the run's year: the {@code --year} asked for, else the
 * latest Berichtsjahr with accepted returns. Without any accepted return there is nothing to report.
 */
class WriteReportsTasklet implements Tasklet {

    private final CommitteeReportWriter report;
    private final ReminderListWriter reminders;
    private final Clock clock;
    private final ImportRuns runs;
    private final long runId;
    private final Path reports;
    private final Long asked;

    /** @param asked the year of {@code --year}, or null */
    WriteReportsTasklet(CommitteeReportWriter report, ReminderListWriter reminders, Clock clock, ImportRuns runs,
                        long runId, Path reports, Long asked) {
        this.report = report;
        this.reminders = reminders;
        this.clock = clock;
        this.runs = runs;
        this.runId = runId;
        this.reports = reports;
        this.asked = asked;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) throws Exception {
        Optional<Integer> year = asked != null ? Optional.of(asked.intValue()) : report.latestYearWithAcceptedReturns();
        if (year.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        Instant dataAsOf = clock.instant();
        Path written = report.write(reports, year.get(), dataAsOf);
        Path reminderList = reminders.write(reports, year.get(), dataAsOf);
        runs.reportsWritten(runId, written, reminderList);
        // What the papers step starts from: not a result, an input of the next step.
        var jobExecution = contribution.getStepExecution().getJobExecution();
        jobExecution.getExecutionContext().putInt(RunContext.REPORT_YEAR, year.get());
        jobExecution.getExecutionContext().putString(RunContext.DATA_AS_OF, dataAsOf.toString());
        return RepeatStatus.FINISHED;
    }
}
