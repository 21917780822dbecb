package de.landkreis.integrationsmonitor.run;

import de.landkreis.integrationsmonitor.job.ImportRun;
import de.landkreis.integrationsmonitor.job.ImportRunResult;
import de.landkreis.integrationsmonitor.letters.ReminderLetters;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.stereotype.Component;

/**
 * Every run, whoever starts it (command line, schedule, web page), goes through the run lock; so do the reminder
 * letters.
 */
@Component
public class GuardedRuns {

    private final RunLock lock;
    private final ImportRun importRun;
    private final ReminderLetters reminders;

    GuardedRuns(RunLock lock, ImportRun importRun, ReminderLetters reminders) {
        this.lock = lock;
        this.importRun = importRun;
        this.reminders = reminders;
    }

    /**
     * @param year the Berichtsjahr of the report, null = the latest with accepted returns
     */
    public RunStart run(Path input, Path reports, Integer year) {
        Optional<RunLock.Held> held = lock.tryAcquire();
        if (held.isEmpty()) {
            return new RunStart.AlreadyRunning();
        }
        try (RunLock.Held ignored = held.get()) {
            return new RunStart.Finished(importRun.run(input, reports, year));
        }
    }

    /**
     * Writes the reminder letters of a year under the run lock: they read the state a run leaves, never a half one.
     *
     * @param createdBy the analyst who asked on a page, null for the command line
     * @return the reminders written; empty when another run holds the lock
     */
    public Optional<ReminderLetters.Written> writeReminders(Path reports, int year, String createdBy)
            throws IOException {
        Optional<RunLock.Held> held = lock.tryAcquire();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        try (RunLock.Held ignored = held.get()) {
            return Optional.of(reminders.write(reports, year, createdBy));
        }
    }

    /**
     * Takes the run lock now, in the caller's thread, and runs on the executor, which releases the lock when the run
     * ends. So whoever asks learns at once whether the run started.
     *
     * @param year the Berichtsjahr of the report, null = the latest with accepted returns
     * @return the running run; empty when another run holds the lock
     */
    public Optional<CompletableFuture<ImportRunResult>> startInBackground(Executor executor, Path input, Path reports,
            Integer year) {
        Optional<RunLock.Held> held = lock.tryAcquire();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        RunLock.Held lockHeld = held.get();
        try {
            return Optional.of(CompletableFuture.supplyAsync(() -> {
                try (lockHeld) {
                    return importRun.run(input, reports, year);
                }
            }, executor));
        } catch (RejectedExecutionException e) {
            lockHeld.close();
            throw e;
        }
    }
}
