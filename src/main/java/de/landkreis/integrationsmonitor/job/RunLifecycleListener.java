package de.landkreis.integrationsmonitor.job;

import de.landkreis.integrationsmonitor.store.ImportRuns;
import java.time.Clock;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Keeps the project's run record in step with the job execution. */
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

    @Override
    public void afterJob(JobExecution execution) {
        if (execution.getExecutionContext().containsKey(RunContext.RUN_ID)) {
            runs.finish(execution.getExecutionContext().getLong(RunContext.RUN_ID),
                    execution.getStatus().name(), clock.instant());
        }
    }

    static long runId(JobExecution execution) {
        return execution.getExecutionContext().getLong(RunContext.RUN_ID);
    }
}
