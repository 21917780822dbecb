package de.landkreis.integrationsmonitor.job;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Marks the executions a crashed process left as STARTED as failed. Only the run that holds the run lock calls
 * this, so no execution it marks can still be alive.
 */
@Component
class AbandonedExecutions {

    private final JobExplorer explorer;
    private final JobRepository repository;
    private final Clock clock;

    AbandonedExecutions(JobExplorer explorer, JobRepository repository, Clock clock) {
        this.explorer = explorer;
        this.repository = repository;
        this.clock = clock;
    }

    void markFailed(JobExecution current) {
        LocalDateTime now = LocalDateTime.now(clock);
        for (JobExecution execution : explorer.findRunningJobExecutions(current.getJobInstance().getJobName())) {
            if (execution.getId().equals(current.getId())) {
                continue;
            }
            for (StepExecution step : execution.getStepExecutions()) {
                if (step.getStatus().isRunning()) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setExitStatus(ExitStatus.FAILED.addExitDescription("Prozess abgebrochen"));
                    step.setEndTime(now);
                    repository.update(step);
                }
            }
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription("Prozess abgebrochen; vom nächsten Lauf beendet"));
            execution.setEndTime(now);
            repository.update(execution);
        }
    }
}
