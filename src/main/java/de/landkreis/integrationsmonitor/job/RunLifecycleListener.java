package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.store.ImportRuns;
import java.time.Clock;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Gives each job execution its run number, the one people see. */
@Component
class RunLifecycleListener implements JobExecutionListener {

    private final ImportRuns runs;
    private final Clock clock;

    RunLifecycleListener(ImportRuns runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        long runId = runs.start(execution.getId(), clock.instant());
        execution.getExecutionContext().putLong(RunContext.RUN_ID, runId);
    }

    static long runId(JobExecution execution) {
        return execution.getExecutionContext().getLong(RunContext.RUN_ID);
    }
}
