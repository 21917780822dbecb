package de.landkreis.integrationsmonitor.run;

import de.landkreis.integrationsmonitor.job.ImportRun;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Every run, whoever starts it (command line, schedule, web page), goes through the run lock. */
@Component
public class GuardedRuns {

    private final RunLock lock;
    private final ImportRun importRun;

    GuardedRuns(RunLock lock, ImportRun importRun) {
        this.lock = lock;
        this.importRun = importRun;
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
}
