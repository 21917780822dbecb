package de.landkreis.integrationsmonitor.web;

import de.landkreis.integrationsmonitor.job.FileProgress;
import de.landkreis.integrationsmonitor.job.ImportRunResult;
import de.landkreis.integrationsmonitor.run.GuardedRuns;
import de.landkreis.integrationsmonitor.run.RunOptions;
import de.landkreis.integrationsmonitor.run.ServerMode;
import de.landkreis.integrationsmonitor.store.RunHistory;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Starts runs from the web pages on the application's task executor, always through {@link GuardedRuns}, and
 * remembers the progress of the run working in this process for the live display.
 */
@Component
@ServerMode
class BackgroundRuns {

    private static final Logger log = LoggerFactory.getLogger(BackgroundRuns.class);

    /**
     * What the Übersicht shows about the run that is working now.
     *
     * @param runId    the run's number, null while it prepares
     * @param progress the last file it reported, null before the first
     */
    record Working(Long runId, FileProgress progress) {
    }

    private final GuardedRuns runs;
    private final RunOptions options;
    private final TaskExecutor executor;
    private final RunHistory history;
    private volatile CompletableFuture<ImportRunResult> current;
    private volatile FileProgress lastProgress;

    BackgroundRuns(GuardedRuns runs, RunOptions options,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, RunHistory history) {
        this.runs = runs;
        this.options = options;
        this.executor = executor;
        this.history = history;
    }

    /**
     * @param year the Berichtsjahr of the report, as {@code --year}; null for the latest with accepted returns
     * @return false when another run (of this or another process) is working
     */
    boolean start(Integer year) {
        Optional<CompletableFuture<ImportRunResult>> started =
                runs.startInBackground(executor, options.input(), options.reports(), year);
        started.ifPresent(future -> {
            lastProgress = null;
            current = future.whenComplete((result, failure) -> {
                if (failure != null) {
                    log.error("Lauf aus der Weboberfläche fehlgeschlagen", failure);
                }
            });
        });
        return started.isPresent();
    }

    @EventListener
    void on(FileProgress progress) {
        lastProgress = progress;
    }

    /**
     * The run working now: one started here, or one whose record is still open (the schedule, the command line,
     * another process). A run killed without a trace stays open until the next run marks it failed.
     */
    Optional<Working> working() {
        CompletableFuture<ImportRunResult> future = current;
        Long runId = history.latestOpen().orElse(null);
        boolean startedHere = future != null && !future.isDone();
        if (!startedHere && runId == null) {
            return Optional.empty();
        }
        FileProgress progress = lastProgress;
        return Optional.of(new Working(runId,
                progress != null && runId != null && progress.runId() == runId ? progress : null));
    }
}
